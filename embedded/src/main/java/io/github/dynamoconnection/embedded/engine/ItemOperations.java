package io.github.dynamoconnection.embedded.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.expression.ConditionExpression;
import io.github.dynamoconnection.embedded.expression.ProjectionExpression;
import io.github.dynamoconnection.embedded.expression.UpdateExpression;
import io.github.dynamoconnection.embedded.json.AttributeValueJson;
import io.github.dynamoconnection.embedded.json.JsonTrees;
import io.github.dynamoconnection.embedded.json.StreamingAttributeValues;
import io.github.dynamoconnection.embedded.storage.ItemCodec;
import io.github.dynamoconnection.embedded.value.Sizes;
import io.github.dynamoconnection.embedded.value.Value;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The single-item operations: PutItem, GetItem, UpdateItem, DeleteItem. */
final class ItemOperations {

	static final List<String> CONSUMED_CAPACITY = List.of("INDEXES", "TOTAL", "NONE");

	static final List<String> RETURN_VALUES = List.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW");

	static final List<String> ON_CONDITION_FAILURE = List.of("ALL_OLD", "NONE");

	private static final List<String> METRICS = List.of("SIZE", "NONE");

	private final Catalog catalog;

	ItemOperations(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode getItem(ObjectNode request) {
		String tableName = Requests.tableName(request, "TableName");
		Map<String, Value> keyMap = AttributeValueJson.readItem(Requests.requiredObject(request, "Key"));
		boolean consistent = Requests.bool(request, "ConsistentRead");
		String capacityMode = Requests.enumValue(request, "ReturnConsumedCapacity", CONSUMED_CAPACITY);
		RequestExpressions expressions = new RequestExpressions(request);
		ProjectionExpression projection = expressions.projection();
		expressions.finish();
		return getItem(tableName, keyMap, consistent, capacityMode, projection).toJson();
	}

	/** GetItem once its request is read: what the tree and the streaming path share. */
	ItemRead getItem(String tableName, Map<String, Value> keyMap, boolean consistent, String capacityMode,
			ProjectionExpression projection) {
		Table table = catalog.table(tableName);
		ItemKey key = ItemValidation.key(table, keyMap);
		byte[] encoded;
		table.lock.readLock().lock();
		try {
			checkLive(table);
			encoded = table.items.get(key.hash(), key.range());
		}
		finally {
			table.lock.readLock().unlock();
		}
		Map<String, Value> item = (encoded != null) ? ItemCodec.decode(encoded) : null;
		ObjectNode capacityNode = null;
		if (capacityMode != null && !"NONE".equals(capacityMode)) {
			Capacity capacity = new Capacity(table.name, false);
			capacity.addTable(Capacity.readUnits((item != null) ? Sizes.itemSize(item) : 0, consistent));
			capacityNode = capacity.toJson(capacityMode);
		}
		return new ItemRead((item != null && projection != null) ? projection.project(item) : item, capacityNode);
	}

	ObjectNode putItem(ObjectNode request) {
		String tableName = Requests.tableName(request, "TableName");
		Map<String, Value> item = AttributeValueJson.readItem(Requests.requiredObject(request, "Item"));
		String returnValues = returnValues(request, List.of("NONE", "ALL_OLD"), "Return values set to invalid value");
		WriteOptions options = WriteOptions.read(request);
		ConditionExpression condition = options.expressions.condition();
		options.expressions.finish();
		return putItem(tableName, item, returnValues, condition, options);
	}

	/** PutItem once its request is read: what the tree and the streaming path share. */
	ObjectNode putItem(String tableName, Map<String, Value> item, String returnValues, ConditionExpression condition,
			WriteOptions options) {
		Table table = catalog.table(tableName);
		ItemKey key = ItemValidation.item(table, item);
		Capacity capacity = new Capacity(table.name, true);
		Map<String, Value> old;
		table.lock.writeLock().lock();
		try {
			checkLive(table);
			old = table.get(key);
			checkCondition(condition, old, options);
			table.write(key, old, item, capacity);
		}
		finally {
			table.lock.writeLock().unlock();
		}
		return writeResponse(table, key, "ALL_OLD".equals(returnValues) ? old : null, capacity, options);
	}

	ObjectNode deleteItem(ObjectNode request) {
		String tableName = Requests.tableName(request, "TableName");
		Map<String, Value> keyMap = AttributeValueJson.readItem(Requests.requiredObject(request, "Key"));
		String returnValues = returnValues(request, List.of("NONE", "ALL_OLD"), "Return values set to invalid value");
		WriteOptions options = WriteOptions.read(request);
		ConditionExpression condition = options.expressions.condition();
		options.expressions.finish();
		Table table = catalog.table(tableName);
		ItemKey key = ItemValidation.key(table, keyMap);
		Capacity capacity = new Capacity(table.name, true);
		Map<String, Value> old;
		table.lock.writeLock().lock();
		try {
			checkLive(table);
			old = table.get(key);
			checkCondition(condition, old, options);
			if (old != null) {
				table.write(key, old, null, capacity);
			}
			else {
				capacity.addTable(1);
			}
		}
		finally {
			table.lock.writeLock().unlock();
		}
		return writeResponse(table, key, "ALL_OLD".equals(returnValues) ? old : null, capacity, options);
	}

	ObjectNode updateItem(ObjectNode request) {
		String tableName = Requests.tableName(request, "TableName");
		Map<String, Value> keyMap = AttributeValueJson.readItem(Requests.requiredObject(request, "Key"));
		String returnValues = returnValues(request, RETURN_VALUES, null);
		WriteOptions options = WriteOptions.read(request);
		UpdateExpression update = options.expressions.update();
		ConditionExpression condition = options.expressions.condition();
		options.expressions.finish();
		Table table = catalog.table(tableName);
		ItemKey key = ItemValidation.key(table, keyMap);
		checkKeyNotUpdated(table, update);
		Capacity capacity = new Capacity(table.name, true);
		Map<String, Value> old;
		Map<String, Value> updated;
		table.lock.writeLock().lock();
		try {
			checkLive(table);
			old = table.get(key);
			checkCondition(condition, old, options);
			updated = applyUpdate(table, keyMap, old, update);
			if (updated != null) {
				table.write(key, old, updated, capacity);
			}
			else {
				capacity.addTable(1);
			}
		}
		finally {
			table.lock.writeLock().unlock();
		}
		return writeResponse(table, key, returned(returnValues, old, updated, update), capacity, options);
	}

	/**
	 * The item after an update: the old item (or the bare key) changed by the update, validated; {@code null}
	 * when the item does not exist and the update only removes (REMOVE, DELETE, legacy DELETE), which
	 * DynamoDB answers without creating an item. An update with no action at all still creates the bare key.
	 */
	static Map<String, Value> applyUpdate(Table table, Map<String, Value> key, Map<String, Value> old, UpdateExpression update) {
		Map<String, Value> base = (old != null) ? old : new LinkedHashMap<>(key);
		Map<String, Value> updated = (update != null) ? update.apply(base) : base;
		if (old == null && update != null && !update.topLevelAttributes().isEmpty() && updated.size() == key.size()) {
			return null;
		}
		ItemValidation.updated(table, updated);
		return updated;
	}

	/** Refuses an update that touches a key attribute. */
	static void checkKeyNotUpdated(Table table, UpdateExpression update) {
		if (update == null) {
			return;
		}
		for (String attribute : update.topLevelAttributes()) {
			if (table.keys.isKeyAttribute(attribute)) {
				throw EngineException.validation("One or more parameter values were invalid: Cannot update attribute "
						+ attribute + ". This attribute is part of the key");
			}
		}
	}

	/** What UpdateItem returns for a ReturnValues setting (null for nothing). */
	static Map<String, Value> returned(String returnValues, Map<String, Value> old, Map<String, Value> updated,
			UpdateExpression update) {
		if (returnValues == null) {
			return null;
		}
		return switch (returnValues) {
			case "ALL_OLD" -> old;
			case "ALL_NEW" -> updated;
			case "UPDATED_OLD" -> (old == null || update == null) ? null : update.updatedPaths().project(old);
			case "UPDATED_NEW" -> (update == null || updated == null) ? null : update.updatedPaths().project(updated);
			default -> null;
		};
	}

	/** Throws ConditionalCheckFailedException (with the old item when asked) if the condition fails. */
	static void checkCondition(ConditionExpression condition, Map<String, Value> old, WriteOptions options) {
		if (condition == null || condition.test((old != null) ? old : Map.of())) {
			return;
		}
		ObjectNode extra = null;
		if ("ALL_OLD".equals(options.onConditionFailure) && old != null) {
			extra = JsonNodeFactory.instance.objectNode();
			extra.set("Item", AttributeValueJson.writeItem(old));
		}
		throw new EngineException("ConditionalCheckFailedException", "The conditional request failed", 400, extra);
	}

	static void checkLive(Table table) {
		if (table.deleted) {
			throw EngineException.resourceNotFound();
		}
	}

	private static String returnValues(ObjectNode request, List<String> allowed, String message) {
		String value = Requests.enumValue(request, "ReturnValues", RETURN_VALUES);
		if (value != null && !allowed.contains(value)) {
			throw EngineException.validation(message);
		}
		return value;
	}

	private static ObjectNode writeResponse(Table table, ItemKey key, Map<String, Value> attributes, Capacity capacity,
			WriteOptions options) {
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		if (attributes != null && !attributes.isEmpty()) {
			response.set("Attributes", AttributeValueJson.writeItem(attributes));
		}
		putCapacity(response, capacity, options.capacityMode);
		if ("SIZE".equals(options.metricsMode) && !table.localIndexes().isEmpty()) {
			response.set("ItemCollectionMetrics", ItemCollections.metrics(table, key));
		}
		return response;
	}

	static void putCapacity(ObjectNode response, Capacity capacity, String mode) {
		ObjectNode node = capacity.toJson(mode);
		if (node != null) {
			response.set("ConsumedCapacity", node);
		}
	}

	/**
	 * What GetItem read: the item (projected), {@code null} when there is none, and the
	 * ConsumedCapacity to answer, {@code null} when not asked for.
	 */
	record ItemRead(Map<String, Value> item, ObjectNode capacity) {

		/** The answer as the tree path gives it. */
		ObjectNode toJson() {
			ObjectNode response = JsonNodeFactory.instance.objectNode();
			if (item != null) {
				response.set("Item", AttributeValueJson.writeItem(item));
			}
			if (capacity != null) {
				response.set("ConsumedCapacity", capacity);
			}
			return response;
		}

		/** Writes the answer as {@link #toJson()}'s tree would be written. */
		void write(JsonGenerator generator) {
			generator.writeStartObject();
			if (item != null) {
				generator.writeName("Item");
				StreamingAttributeValues.writeMap(generator, item);
			}
			if (capacity != null) {
				generator.writeName("ConsumedCapacity");
				JsonTrees.write(generator, capacity);
			}
			generator.writeEndObject();
		}

	}

	/** The options every write shares. */
	static final class WriteOptions {

		final RequestExpressions expressions;

		final String capacityMode;

		final String metricsMode;

		final String onConditionFailure;

		/** Options of a write without expressions (the streaming path's). */
		WriteOptions(String capacityMode, String metricsMode) {
			this(null, capacityMode, metricsMode, null);
		}

		private WriteOptions(RequestExpressions expressions, String capacityMode, String metricsMode,
				String onConditionFailure) {
			this.expressions = expressions;
			this.capacityMode = capacityMode;
			this.metricsMode = metricsMode;
			this.onConditionFailure = onConditionFailure;
		}

		static WriteOptions read(ObjectNode request) {
			return new WriteOptions(new RequestExpressions(request),
					Requests.enumValue(request, "ReturnConsumedCapacity", CONSUMED_CAPACITY),
					Requests.enumValue(request, "ReturnItemCollectionMetrics", METRICS),
					Requests.enumValue(request, "ReturnValuesOnConditionCheckFailure", ON_CONDITION_FAILURE));
		}

	}

}
