package io.github.dynamoconnection.embedded.persistence;

import java.util.function.Consumer;

import io.github.dynamoconnection.embedded.contract.Engine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the whole state of an engine as the operations that rebuild it, through the engine's own
 * API: per table a CreateTable, the TTL setting, the tags, then one PutItem per item (read with
 * Scan, page by page). The caller keeps writes out while it runs.
 */
final class EngineSnapshot {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Engine engine;

	private final long timestampMillis;

	private final Consumer<LogRecord> sink;

	private EngineSnapshot(Engine engine, long timestampMillis, Consumer<LogRecord> sink) {
		this.engine = engine;
		this.timestampMillis = timestampMillis;
		this.sink = sink;
	}

	/**
	 * Writes the records rebuilding this engine's state, ended by a {@link LogRecord#SNAPSHOT_END}
	 * marker.
	 * @param engine the engine to read
	 * @param timestampMillis the time stamped on every record
	 * @param sink receives the records
	 */
	static void write(Engine engine, long timestampMillis, Consumer<LogRecord> sink) {
		new EngineSnapshot(engine, timestampMillis, sink).writeAll();
	}

	private void writeAll() {
		String startTableName = null;
		do {
			ObjectNode listRequest = NODES.objectNode();
			if (startTableName != null) {
				listRequest.put("ExclusiveStartTableName", startTableName);
			}
			ObjectNode page = engine.execute("ListTables", listRequest);
			for (JsonNode tableName : page.path("TableNames")) {
				writeTable(tableName.asString());
			}
			JsonNode last = page.get("LastEvaluatedTableName");
			startTableName = (last != null && last.isString()) ? last.asString() : null;
		}
		while (startTableName != null);
		emit(LogRecord.SNAPSHOT_END, NODES.objectNode());
	}

	private void writeTable(String tableName) {
		JsonNode table = engine.execute("DescribeTable", tableRequest(tableName)).path("Table");
		emit("CreateTable", CreateTableRequests.fromDescription(table));
		writeTimeToLive(tableName);
		writeTags(table.path("TableArn").asString());
		writeItems(tableName);
	}

	private void writeTimeToLive(String tableName) {
		JsonNode description = engine.execute("DescribeTimeToLive", tableRequest(tableName))
			.path("TimeToLiveDescription");
		String status = description.path("TimeToLiveStatus").asString();
		if ("ENABLED".equals(status) || "ENABLING".equals(status)) {
			ObjectNode request = tableRequest(tableName);
			ObjectNode specification = request.putObject("TimeToLiveSpecification");
			specification.put("Enabled", true);
			specification.set("AttributeName", description.get("AttributeName"));
			emit("UpdateTimeToLive", request);
		}
	}

	private void writeTags(String tableArn) {
		if (tableArn.isEmpty()) {
			return;
		}
		ObjectNode listRequest = NODES.objectNode();
		listRequest.put("ResourceArn", tableArn);
		JsonNode tags = engine.execute("ListTagsOfResource", listRequest).path("Tags");
		if (tags.isArray() && !tags.isEmpty()) {
			ObjectNode request = NODES.objectNode();
			request.put("ResourceArn", tableArn);
			request.set("Tags", tags);
			emit("TagResource", request);
		}
	}

	private void writeItems(String tableName) {
		JsonNode startKey = null;
		do {
			ObjectNode scanRequest = tableRequest(tableName);
			scanRequest.put("ConsistentRead", true);
			if (startKey != null) {
				scanRequest.set("ExclusiveStartKey", startKey);
			}
			ObjectNode page = engine.execute("Scan", scanRequest);
			for (JsonNode item : page.path("Items")) {
				ObjectNode put = tableRequest(tableName);
				put.set("Item", item);
				emit("PutItem", put);
			}
			startKey = page.get("LastEvaluatedKey");
		}
		while (startKey != null && startKey.isObject() && !startKey.isEmpty());
	}

	private static ObjectNode tableRequest(String tableName) {
		ObjectNode request = NODES.objectNode();
		request.put("TableName", tableName);
		return request;
	}

	private void emit(String operation, ObjectNode request) {
		sink.accept(new LogRecord(timestampMillis, operation, request));
	}

}
