package io.github.dynamoconnection.embedded.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.dynamoconnection.embedded.json.AttributeValueJson;
import io.github.dynamoconnection.embedded.storage.ItemCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An on-demand backup: the source table's description and TTL setting at the moment of the backup,
 * and a copy of its items. Immutable once published in the {@link BackupStore}.
 */
final class Backup {

	/** A backup made by CreateBackup. */
	static final String USER = "USER";

	/** A backup DynamoDB makes when a table with point-in-time recovery is deleted. */
	static final String SYSTEM = "SYSTEM";

	final String arn;

	final String name;

	/** {@link #USER} or {@link #SYSTEM}. */
	final String type;

	final Instant creationTime;

	/** When a system backup expires, else {@code null}. */
	final Instant expiryTime;

	/** The source table's {@code TableDescription} when the backup was taken. */
	final ObjectNode sourceTable;

	/** The source table's {@code TimeToLiveDescription} when the backup was taken. */
	final ObjectNode timeToLive;

	/** The encoded items. */
	final List<byte[]> items;

	Backup(String arn, String name, String type, Instant creationTime, Instant expiryTime, ObjectNode sourceTable,
			ObjectNode timeToLive, List<byte[]> items) {
		this.arn = arn;
		this.name = name;
		this.type = type;
		this.creationTime = creationTime;
		this.expiryTime = expiryTime;
		this.sourceTable = sourceTable;
		this.timeToLive = timeToLive;
		this.items = items;
	}

	/**
	 * Captures a table now: its description, TTL setting and items. Call under the table's lock.
	 * @param expiryTime when the backup expires ({@code null}: never)
	 */
	static Backup capture(Table table, BackupStore store, String name, String type, Instant now, Instant expiryTime) {
		ObjectNode timeToLive = JsonNodeFactory.instance.objectNode();
		timeToLive.put("TimeToLiveStatus", table.ttlEnabled ? "ENABLED" : "DISABLED");
		if (table.ttlEnabled) {
			timeToLive.put("AttributeName", table.ttlAttribute);
		}
		return new Backup(store.newArn(table.arn, name, now), name, type, now, expiryTime,
				TableDescriptions.describe(table, "ACTIVE", now), timeToLive, List.copyOf(table.encodedItems()));
	}

	/** Whether the backup still exists at {@code now} (a system backup lives until its expiry). */
	boolean existsAt(Instant now) {
		return expiryTime == null || now.isBefore(expiryTime);
	}

	String tableName() {
		return sourceTable.path("TableName").asString();
	}

	String tableArn() {
		return sourceTable.path("TableArn").asString();
	}

	private long sizeBytes() {
		return sourceTable.path("TableSizeBytes").asLong();
	}

	/** {@code BackupDetails}: what CreateBackup answers. */
	ObjectNode details(String status) {
		ObjectNode details = JsonNodeFactory.instance.objectNode();
		details.put("BackupArn", arn);
		details.put("BackupName", name);
		details.put("BackupSizeBytes", sizeBytes());
		details.put("BackupStatus", status);
		details.put("BackupType", type);
		details.put("BackupCreationDateTime", TableDescriptions.epochSeconds(creationTime));
		if (expiryTime != null) {
			details.put("BackupExpiryDateTime", TableDescriptions.epochSeconds(expiryTime));
		}
		return details;
	}

	/** {@code BackupDescription}: what DescribeBackup and DeleteBackup answer. */
	ObjectNode description(String status) {
		ObjectNode description = JsonNodeFactory.instance.objectNode();
		description.set("BackupDetails", details(status));
		ObjectNode source = description.putObject("SourceTableDetails");
		for (String member : List.of("TableName", "TableId", "TableArn", "TableSizeBytes", "KeySchema")) {
			source.set(member, sourceTable.get(member));
		}
		source.set("TableCreationDateTime", sourceTable.get("CreationDateTime"));
		source.set("ProvisionedThroughput", capacityUnits(sourceTable));
		source.set("ItemCount", sourceTable.get("ItemCount"));
		source.set("BillingMode", sourceTable.path("BillingModeSummary").get("BillingMode"));
		ObjectNode features = description.putObject("SourceTableFeatureDetails");
		indexFeatures(features, "LocalSecondaryIndexes", false);
		indexFeatures(features, "GlobalSecondaryIndexes", true);
		JsonNode stream = sourceTable.get("StreamSpecification");
		if (stream != null) {
			features.set("StreamDescription", stream.deepCopy());
		}
		features.set("TimeToLiveDescription", timeToLive.deepCopy());
		return description;
	}

	private void indexFeatures(ObjectNode features, String member, boolean withThroughput) {
		JsonNode indexes = sourceTable.get(member);
		if (indexes == null || indexes.isEmpty()) {
			return;
		}
		ArrayNode array = features.putArray(member);
		for (JsonNode index : indexes) {
			ObjectNode feature = array.addObject();
			feature.set("IndexName", index.get("IndexName"));
			feature.set("KeySchema", index.get("KeySchema"));
			feature.set("Projection", index.get("Projection"));
			if (withThroughput) {
				feature.set("ProvisionedThroughput", capacityUnits(index));
			}
		}
	}

	/** The read and write capacity units of a table or index description's {@code ProvisionedThroughput}. */
	private static ObjectNode capacityUnits(JsonNode description) {
		JsonNode provisioned = description.path("ProvisionedThroughput");
		ObjectNode throughput = JsonNodeFactory.instance.objectNode();
		throughput.set("ReadCapacityUnits", provisioned.get("ReadCapacityUnits"));
		throughput.set("WriteCapacityUnits", provisioned.get("WriteCapacityUnits"));
		return throughput;
	}

	/** A {@code BackupSummary} entry of ListBackups. */
	ObjectNode summary() {
		ObjectNode summary = details("AVAILABLE");
		summary.put("TableName", tableName());
		summary.set("TableId", sourceTable.get("TableId"));
		summary.put("TableArn", tableArn());
		return summary;
	}

	/** The whole backup as JSON, items included, for the persistence snapshot. */
	ObjectNode toJson() {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("BackupArn", arn);
		node.put("BackupName", name);
		node.put("BackupType", type);
		node.put("CreationMillis", creationTime.toEpochMilli());
		if (expiryTime != null) {
			node.put("ExpiryMillis", expiryTime.toEpochMilli());
		}
		node.set("SourceTable", sourceTable.deepCopy());
		node.set("TimeToLive", timeToLive.deepCopy());
		ArrayNode array = node.putArray("Items");
		for (byte[] item : items) {
			array.add(AttributeValueJson.writeItem(ItemCodec.decode(item)));
		}
		return node;
	}

	/** A backup read back from {@link #toJson()}. */
	static Backup fromJson(JsonNode node) {
		List<byte[]> items = new ArrayList<>();
		appendItems(items, node.path("Items"));
		Instant expiry = node.has("ExpiryMillis") ? Instant.ofEpochMilli(node.get("ExpiryMillis").asLong()) : null;
		return new Backup(Requests.string(node, "BackupArn"), Requests.string(node, "BackupName"),
				Requests.string(node, "BackupType"), Instant.ofEpochMilli(node.path("CreationMillis").asLong()), expiry,
				(ObjectNode) node.get("SourceTable"), (ObjectNode) node.get("TimeToLive"), items);
	}

	/** Appends items in the JSON of {@link #toJson()} to a list of encoded items. */
	static void appendItems(List<byte[]> items, JsonNode array) {
		for (JsonNode item : array) {
			items.add(ItemCodec.encode(AttributeValueJson.readItem(item)));
		}
	}

}
