package io.github.dynamoconnection.embedded.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.expression.ProjectionExpression;
import io.github.dynamoconnection.embedded.json.AttributeValueJson;
import io.github.dynamoconnection.embedded.storage.ItemCodec;
import io.github.dynamoconnection.embedded.value.Sizes;
import io.github.dynamoconnection.embedded.value.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** BatchGetItem (up to 100 keys) and BatchWriteItem (up to 25 puts and deletes). */
final class BatchOperations {

	static final int MAX_GETS = 100;

	static final int MAX_WRITES = 25;

	/** DynamoDB answers at most 16 MB per BatchGetItem and returns the rest as UnprocessedKeys. */
	static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

	private final Catalog catalog;

	BatchOperations(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode batchGetItem(ObjectNode request) {
		ObjectNode requestItems = requestItems(request, "BatchGetItem");
		String capacityMode = Requests.enumValue(request, "ReturnConsumedCapacity", ItemOperations.CONSUMED_CAPACITY);
		List<TableGets> gets = new ArrayList<>();
		int total = 0;
		for (Map.Entry<String, JsonNode> entry : requestItems.properties()) {
			Requests.checkTableName(entry.getKey(), "TableName");
			JsonNode spec = entry.getValue();
			ArrayNode keys = Requests.array(spec, "Keys");
			if (keys == null || keys.isEmpty()) {
				throw Requests.constraint(null, "requestItems." + entry.getKey() + ".member.keys", "Member must have length greater than or equal to 1");
			}
			total += keys.size();
			if (total > MAX_GETS) {
				throw EngineException.validation("Too many items requested for the BatchGetItem call");
			}
			gets.add(TableGets.read(catalog.table(entry.getKey()), (ObjectNode) spec));
		}
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ObjectNode responses = response.putObject("Responses");
		ObjectNode unprocessed = JsonNodeFactory.instance.objectNode();
		ArrayNode capacities = JsonNodeFactory.instance.arrayNode();
		long responseBytes = 0;
		for (TableGets get : gets) {
			Table table = get.table;
			ArrayNode items = responses.putArray(table.name);
			Capacity capacity = new Capacity(table.name, false);
			for (int i = 0; i < get.keys.size(); i++) {
				if (responseBytes >= MAX_RESPONSE_BYTES) {
					unprocessed.set(table.name, get.remaining(i));
					break;
				}
				ItemKey key = get.keys.get(i);
				byte[] encoded;
				table.lock.readLock().lock();
				try {
					ItemOperations.checkLive(table);
					encoded = table.items.get(key.hash(), key.range());
				}
				finally {
					table.lock.readLock().unlock();
				}
				if (encoded == null) {
					capacity.addTable(Capacity.readUnits(0, get.consistent));
					continue;
				}
				Map<String, Value> item = ItemCodec.decode(encoded);
				int size = Sizes.itemSize(item);
				responseBytes += size;
				capacity.addTable(Capacity.readUnits(size, get.consistent));
				items.add(AttributeValueJson.writeItem((get.projection != null) ? get.projection.project(item) : item));
			}
			ObjectNode node = capacity.toJson(capacityMode);
			if (node != null) {
				capacities.add(node);
			}
		}
		response.set("UnprocessedKeys", unprocessed);
		if (!capacities.isEmpty()) {
			response.set("ConsumedCapacity", capacities);
		}
		return response;
	}

	/** BatchWriteItem of a validated request tree: each write is converted when the checks reach it. */
	ObjectNode batchWriteItem(ObjectNode request) {
		ObjectNode requestItems = requestItems(request, "BatchWriteItem");
		List<TableWrites> tables = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : requestItems.properties()) {
			List<PendingWrite> writes = new ArrayList<>();
			if (entry.getValue().isArray()) {
				for (JsonNode writeNode : entry.getValue()) {
					writes.add(table -> write(table, writeNode));
				}
			}
			tables.add(new TableWrites(entry.getKey(), writes));
		}
		return batchWriteItem(tables,
				Requests.enumValue(request, "ReturnConsumedCapacity", ItemOperations.CONSUMED_CAPACITY),
				Requests.enumValue(request, "ReturnItemCollectionMetrics", List.of("SIZE", "NONE")));
	}

	/**
	 * BatchWriteItem of the writes as read (from a tree or from the request's bytes): checks every
	 * table and write in request order, as DynamoDB reports its errors, then writes them all.
	 */
	ObjectNode batchWriteItem(List<TableWrites> tables, String capacityMode, String metricsMode) {
		int total = 0;
		Map<Table, List<Write>> writes = new LinkedHashMap<>();
		for (TableWrites tableWrites : tables) {
			Requests.checkTableName(tableWrites.tableName(), "TableName");
			int size = tableWrites.writes().size();
			total += size;
			if (size == 0 || total > MAX_WRITES) {
				throw tooManyWrites();
			}
			Table table = catalog.table(tableWrites.tableName());
			List<Write> resolved = new ArrayList<>();
			Set<ItemKey> seen = new HashSet<>();
			for (PendingWrite pending : tableWrites.writes()) {
				Write write = pending.against(table);
				if (!seen.add(write.key)) {
					throw EngineException.validation("Provided list of item keys contains duplicates");
				}
				resolved.add(write);
			}
			writes.put(table, resolved);
		}
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.putObject("UnprocessedItems");
		ArrayNode capacities = JsonNodeFactory.instance.arrayNode();
		ObjectNode metrics = JsonNodeFactory.instance.objectNode();
		for (Map.Entry<Table, List<Write>> entry : writes.entrySet()) {
			Table table = entry.getKey();
			Capacity capacity = new Capacity(table.name, true);
			ArrayNode tableMetrics = null;
			for (Write write : entry.getValue()) {
				table.lock.writeLock().lock();
				try {
					ItemOperations.checkLive(table);
					Map<String, Value> old = table.get(write.key);
					if (write.item != null || old != null) {
						table.write(write.key, old, write.item, capacity);
					}
					else {
						capacity.addTable(1);
					}
				}
				finally {
					table.lock.writeLock().unlock();
				}
				if ("SIZE".equals(metricsMode) && !table.localIndexes().isEmpty()) {
					if (tableMetrics == null) {
						tableMetrics = metrics.putArray(table.name);
					}
					tableMetrics.add(ItemCollections.metrics(table, write.key));
				}
			}
			ObjectNode node = capacity.toJson(capacityMode);
			if (node != null) {
				capacities.add(node);
			}
		}
		if (!capacities.isEmpty()) {
			response.set("ConsumedCapacity", capacities);
		}
		if ("SIZE".equals(metricsMode)) {
			response.set("ItemCollectionMetrics", metrics);
		}
		return response;
	}

	private static Write write(Table table, JsonNode node) {
		ObjectNode put = Requests.object(node, "PutRequest");
		ObjectNode delete = Requests.object(node, "DeleteRequest");
		if ((put == null) == (delete == null)) {
			throw EngineException.validation("A WriteRequest must contain exactly one of PutRequest or DeleteRequest");
		}
		if (put != null) {
			return PendingWrite.put(AttributeValueJson.readItem(Requests.requiredObject(put, "Item"))).against(table);
		}
		return PendingWrite.delete(AttributeValueJson.readItem(Requests.requiredObject(delete, "Key"))).against(table);
	}

	private static ObjectNode requestItems(ObjectNode request, String operation) {
		ObjectNode requestItems = Requests.object(request, "RequestItems");
		if (requestItems == null || requestItems.isEmpty()) {
			throw EngineException.validation("The requestItems parameter is required for " + operation);
		}
		return requestItems;
	}

	private static EngineException tooManyWrites() {
		return EngineException.validation("1 validation error detected: Value at 'requestItems' failed to satisfy constraint: "
				+ "Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]");
	}

	/** The validated keys and options for one table of a BatchGetItem. */
	private record TableGets(Table table, ObjectNode spec, List<ItemKey> keys, ProjectionExpression projection,
			boolean consistent) {

		static TableGets read(Table table, ObjectNode spec) {
			RequestExpressions expressions = new RequestExpressions(spec);
			ProjectionExpression projection = expressions.projection();
			expressions.finish();
			List<ItemKey> keys = new ArrayList<>();
			Set<ItemKey> seen = new HashSet<>();
			for (JsonNode keyNode : spec.get("Keys")) {
				ItemKey key = ItemValidation.key(table, AttributeValueJson.readItem(keyNode));
				if (!seen.add(key)) {
					throw EngineException.validation("Provided list of item keys contains duplicates");
				}
				keys.add(key);
			}
			return new TableGets(table, spec, keys, projection, Requests.bool(spec, "ConsistentRead"));
		}

		/** This table's request with only the keys from {@code first} on, for UnprocessedKeys. */
		ObjectNode remaining(int first) {
			ObjectNode rest = spec.deepCopy();
			ArrayNode keysLeft = rest.putArray("Keys");
			ArrayNode all = (ArrayNode) spec.get("Keys");
			for (int i = first; i < all.size(); i++) {
				keysLeft.add(all.get(i).deepCopy());
			}
			return rest;
		}

	}

	/** One table's writes of a BatchWriteItem in request order; none when its list is empty or no list. */
	record TableWrites(String tableName, List<PendingWrite> writes) {
	}

	/** One write of a BatchWriteItem as read, converted and validated against its table in request order. */
	@FunctionalInterface
	interface PendingWrite {

		Write against(Table table);

		/** A PutRequest of an item already read. */
		static PendingWrite put(Map<String, Value> item) {
			return table -> new Write(ItemValidation.item(table, item), item);
		}

		/** A DeleteRequest of a key already read. */
		static PendingWrite delete(Map<String, Value> key) {
			return table -> new Write(ItemValidation.key(table, key), null);
		}

	}

	/** One put (item non-null) or delete of a BatchWriteItem, validated against its table. */
	record Write(ItemKey key, Map<String, Value> item) {
	}

}
