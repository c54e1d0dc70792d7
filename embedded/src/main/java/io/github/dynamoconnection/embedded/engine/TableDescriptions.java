package io.github.dynamoconnection.embedded.engine;

import java.time.Instant;
import java.util.Map;

import io.github.dynamoconnection.embedded.storage.KeySchema;
import io.github.dynamoconnection.embedded.value.ValueType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Renders a table as DynamoDB's {@code TableDescription}. Call under the table's read lock. */
final class TableDescriptions {

	private TableDescriptions() {
	}

	static ObjectNode describe(Table table, String status, Instant now) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		ArrayNode definitions = node.putArray("AttributeDefinitions");
		for (Map.Entry<String, ValueType> entry : table.attributeDefinitions.entrySet()) {
			definitions.addObject().put("AttributeName", entry.getKey()).put("AttributeType", entry.getValue().name());
		}
		node.put("TableName", table.name);
		keySchema(node, table.keys);
		node.put("TableStatus", status);
		node.put("CreationDateTime", epochSeconds(table.creationTime));
		sizeAndIdentity(node, table);
		if (!table.localIndexes().isEmpty()) {
			ArrayNode lsis = node.putArray("LocalSecondaryIndexes");
			for (SecondaryIndex index : table.localIndexes()) {
				index(lsis.addObject(), table, index);
			}
		}
		if (!table.globalIndexes().isEmpty()) {
			ArrayNode gsis = node.putArray("GlobalSecondaryIndexes");
			for (SecondaryIndex index : table.globalIndexes()) {
				ObjectNode gsi = gsis.addObject();
				index(gsi, table, index);
				String indexStatus = index.status(now);
				gsi.put("IndexStatus", indexStatus);
				if ("CREATING".equals(indexStatus)) {
					gsi.put("Backfilling", true);
				}
				throughput(gsi, index.throughput, table.creationTime);
			}
		}
		if (table.streamSpecification != null) {
			node.set("StreamSpecification", table.streamSpecification.deepCopy());
		}
		if (table.latestStream != null) {
			node.put("LatestStreamLabel", table.latestStream.label);
			node.put("LatestStreamArn", table.latestStream.arn);
		}
		if (table.restoreSummary != null) {
			node.set("RestoreSummary", table.restoreSummary.deepCopy());
		}
		node.put("DeletionProtectionEnabled", false);
		return node;
	}

	/**
	 * The description DeleteTable answers with: as in the DeleteTable API reference's example, only the
	 * table's name, status DELETING, throughput, size, item count and ARN (plus its id, billing summary
	 * and deletion protection); no key schema, attribute definitions, indexes or creation time.
	 */
	static ObjectNode deleting(Table table) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("TableName", table.name);
		node.put("TableStatus", "DELETING");
		sizeAndIdentity(node, table);
		node.put("DeletionProtectionEnabled", false);
		return node;
	}

	/** The members both descriptions share: throughput, size, item count, ARN, id and billing summary. */
	private static void sizeAndIdentity(ObjectNode node, Table table) {
		throughput(node, table.throughput, table.creationTime);
		node.put("TableSizeBytes", table.items.sizeBytes());
		node.put("ItemCount", table.items.itemCount());
		node.put("TableArn", table.arn);
		node.put("TableId", table.tableId);
		billing(node, table);
	}

	private static void billing(ObjectNode node, Table table) {
		ObjectNode billing = node.putObject("BillingModeSummary");
		billing.put("BillingMode", table.billingMode);
		if ("PAY_PER_REQUEST".equals(table.billingMode)) {
			billing.put("LastUpdateToPayPerRequestDateTime", epochSeconds(table.billingModeLastUpdate));
		}
	}

	private static void index(ObjectNode node, Table table, SecondaryIndex index) {
		node.put("IndexName", index.name);
		keySchema(node, index.keys);
		ObjectNode projection = node.putObject("Projection");
		projection.put("ProjectionType", index.projection.type());
		if (!index.projection.nonKeyAttributes().isEmpty()) {
			ArrayNode names = projection.putArray("NonKeyAttributes");
			index.projection.nonKeyAttributes().forEach(names::add);
		}
		node.put("IndexSizeBytes", index.store.sizeBytes());
		node.put("ItemCount", index.store.itemCount());
		node.put("IndexArn", table.arn + "/index/" + index.name);
	}

	static void keySchema(ObjectNode node, KeySchema keys) {
		ArrayNode schema = node.putArray("KeySchema");
		for (String name : keys.hashNames()) {
			schema.addObject().put("AttributeName", name).put("KeyType", "HASH");
		}
		for (String name : keys.rangeNames()) {
			schema.addObject().put("AttributeName", name).put("KeyType", "RANGE");
		}
	}

	private static void throughput(ObjectNode node, Throughput throughput, Instant created) {
		ObjectNode provisioned = node.putObject("ProvisionedThroughput");
		if (throughput == null) {
			provisioned.put("NumberOfDecreasesToday", 0);
			provisioned.put("ReadCapacityUnits", 0);
			provisioned.put("WriteCapacityUnits", 0);
			return;
		}
		if (throughput.lastIncrease != null) {
			provisioned.put("LastIncreaseDateTime", epochSeconds(throughput.lastIncrease));
		}
		if (throughput.lastDecrease != null) {
			provisioned.put("LastDecreaseDateTime", epochSeconds(throughput.lastDecrease));
		}
		provisioned.put("NumberOfDecreasesToday", throughput.decreasesToday);
		provisioned.put("ReadCapacityUnits", throughput.readCapacityUnits);
		provisioned.put("WriteCapacityUnits", throughput.writeCapacityUnits);
	}

	/** Epoch seconds with millisecond fraction, as DynamoDB's JSON dates are. */
	static double epochSeconds(Instant instant) {
		return instant.toEpochMilli() / 1000.0;
	}

}
