package io.github.dynamoconnection.embedded.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.storage.ItemCodec;
import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** UpdateTable: throughput, billing mode, stream specification, and GSI create (with backfill), update and delete. */
final class TableUpdates {

	private final Catalog catalog;

	TableUpdates(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode updateTable(ObjectNode request) {
		String name = Requests.tableName(request, "TableName");
		Table table = catalog.describedTable(name);
		String billingMode = Requests.enumValue(request, "BillingMode", List.of("PROVISIONED", "PAY_PER_REQUEST"));
		ObjectNode throughputNode = Requests.object(request, "ProvisionedThroughput");
		ArrayNode indexUpdates = Requests.array(request, "GlobalSecondaryIndexUpdates");
		ObjectNode stream = Requests.object(request, "StreamSpecification");
		if (billingMode == null && throughputNode == null && (indexUpdates == null || indexUpdates.isEmpty()) && stream == null
				&& !request.has("DeletionProtectionEnabled") && !request.has("TableClass")) {
			throw EngineException.validation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
		}
		Instant now = catalog.settings.clock().instant();
		table.lock.writeLock().lock();
		try {
			ItemOperations.checkLive(table);
			String mode = (billingMode != null) ? billingMode : table.billingMode;
			if (billingMode != null || throughputNode != null) {
				updateThroughput(table, request, mode, billingMode != null && !billingMode.equals(table.billingMode), now);
			}
			if (indexUpdates != null) {
				Map<String, ValueType> definitions = new LinkedHashMap<>(table.attributeDefinitions);
				if (request.has("AttributeDefinitions")) {
					for (Map.Entry<String, ValueType> entry : SchemaReader.attributeDefinitions(request).entrySet()) {
						ValueType existing = definitions.putIfAbsent(entry.getKey(), entry.getValue());
						if (existing != null && existing != entry.getValue()) {
							throw EngineException.validation(SchemaReader.INVALID + "Attribute " + entry.getKey()
									+ " is already defined with a different type");
						}
					}
				}
				int creates = 0;
				for (JsonNode update : indexUpdates) {
					creates += update.hasNonNull("Create") ? 1 : 0;
				}
				if (creates > 1) {
					throw new EngineException("LimitExceededException",
							"Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");
				}
				for (JsonNode update : indexUpdates) {
					applyIndexUpdate(table, update, definitions, now);
				}
				retainUsedDefinitions(table, definitions);
			}
			if (stream != null) {
				boolean enabled = Requests.bool(stream, "StreamEnabled");
				boolean current = table.streamSpecification != null && table.streamSpecification.path("StreamEnabled").asBoolean(false);
				if (enabled && current) {
					throw EngineException.validation("Table already has an enabled stream: " + table.arn);
				}
				if (enabled && Requests.optionalString(stream, "StreamViewType") == null) {
					throw EngineException.validation(SchemaReader.INVALID + "You must specify a StreamViewType when enabling a stream");
				}
				table.streamSpecification = enabled ? stream.deepCopy() : null;
			}
			ObjectNode response = JsonNodeFactory.instance.objectNode();
			response.set("TableDescription", TableDescriptions.describe(table, "ACTIVE"));
			return response;
		}
		finally {
			table.lock.writeLock().unlock();
		}
	}

	private static void updateThroughput(Table table, ObjectNode request, String mode, boolean modeChanged, Instant now) {
		if ("PAY_PER_REQUEST".equals(mode)) {
			SchemaReader.throughput(request, mode, null);
			table.throughput = null;
			for (SecondaryIndex index : table.globalIndexes()) {
				index.throughput = null;
			}
		}
		else {
			Throughput requested = SchemaReader.throughput(request, mode, null);
			if (table.throughput == null) {
				table.throughput = requested;
				table.throughput.lastIncrease = null;
				for (SecondaryIndex index : table.globalIndexes()) {
					index.throughput = new Throughput(requested.readCapacityUnits, requested.writeCapacityUnits);
				}
			}
			else {
				if (!modeChanged && requested.readCapacityUnits == table.throughput.readCapacityUnits
						&& requested.writeCapacityUnits == table.throughput.writeCapacityUnits) {
					throw EngineException.validation("The provisioned throughput for the table will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the table: "
							+ requested.readCapacityUnits + ". Requested ReadCapacityUnits: " + requested.readCapacityUnits
							+ ". Current WriteCapacityUnits provisioned for the table: " + requested.writeCapacityUnits
							+ ". Requested WriteCapacityUnits: " + requested.writeCapacityUnits
							+ ". Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.");
				}
				table.throughput.update(requested.readCapacityUnits, requested.writeCapacityUnits, now);
			}
		}
		if (modeChanged) {
			table.billingMode = mode;
			table.billingModeLastUpdate = now;
		}
	}

	private static void applyIndexUpdate(Table table, JsonNode update, Map<String, ValueType> definitions, Instant now) {
		ObjectNode create = Requests.object(update, "Create");
		ObjectNode change = Requests.object(update, "Update");
		ObjectNode delete = Requests.object(update, "Delete");
		if (create != null) {
			SecondaryIndex index = SchemaReader.index(create, true, definitions, table.keys, table.billingMode);
			if (table.indexes.containsKey(index.name)) {
				throw EngineException.validation(SchemaReader.INVALID + "Attempting to create an index which already exists");
			}
			List<SecondaryIndex> after = new ArrayList<>(table.indexes.values());
			after.add(index);
			SchemaReader.checkProjectedAttributeTotal(after);
			table.attributeDefinitions.clear();
			table.attributeDefinitions.putAll(definitions);
			backfill(table, index);
			table.addIndex(index);
		}
		else if (change != null) {
			String name = Requests.string(change, "IndexName");
			SecondaryIndex index = globalIndex(table, name);
			Throughput requested = SchemaReader.throughput(change, "PROVISIONED", name);
			if (index.throughput == null) {
				throw EngineException.validation(SchemaReader.INVALID
						+ "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
			}
			index.throughput.update(requested.readCapacityUnits, requested.writeCapacityUnits, now);
		}
		else if (delete != null) {
			String name = Requests.string(delete, "IndexName");
			globalIndex(table, name);
			table.removeIndex(name);
		}
		else {
			throw EngineException.validation(SchemaReader.INVALID + "One of Create, Update or Delete must be specified in a GlobalSecondaryIndexUpdate");
		}
	}

	private static SecondaryIndex globalIndex(Table table, String name) {
		SecondaryIndex index = table.index(name);
		if (index == null || !index.global) {
			throw new EngineException("ResourceNotFoundException", "Requested resource not found: Index: " + name + " not found for table: " + table.name);
		}
		return index;
	}

	/** Adds every existing item that carries the new index's keys (with the right types) to it. */
	private static void backfill(Table table, SecondaryIndex index) {
		Iterator<byte[]> items = table.items.scan(null, null, null, null);
		while (items.hasNext()) {
			byte[] encoded = items.next();
			Map<String, Value> item = ItemCodec.decode(encoded);
			if (ItemValidation.fitsIndex(index, item)) {
				index.apply(null, item, encoded, table.keys);
			}
		}
	}

	/** Drops attribute definitions that no key or index uses any more, as DynamoDB does. */
	private static void retainUsedDefinitions(Table table, Map<String, ValueType> definitions) {
		table.attributeDefinitions.clear();
		for (Map.Entry<String, ValueType> entry : definitions.entrySet()) {
			String name = entry.getKey();
			boolean used = table.keys.isKeyAttribute(name);
			for (SecondaryIndex index : table.indexes.values()) {
				used |= index.keys.isKeyAttribute(name);
			}
			if (used) {
				table.attributeDefinitions.put(name, entry.getValue());
			}
		}
	}

}
