package io.github.dynamoconnection.embedded.persistence;

import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import io.github.dynamoconnection.embedded.contract.Engine;
import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.engine.CreateTableRequests;
import io.github.dynamoconnection.embedded.engine.InMemoryEngine;
import io.github.dynamoconnection.embedded.engine.InternalOperations;
import io.github.dynamoconnection.embedded.contract.Namespace;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the whole state of an engine as the operations that rebuild it, through the engine's own
 * API, namespace by namespace: every backup (with the engine's internal backup import), then per
 * table a CreateTable, the TTL setting, the tags, one PutItem per item (read with Scan, page by
 * page), the point-in-time recovery setting (its restorable window restarts at the snapshot),
 * Contributor Insights settings and resource policies (stamped with their revision time, so they
 * replay with the same revision id); last the streams with their records, which replace the records
 * those PutItems made. The caller keeps writes out while it runs.
 */
final class EngineSnapshot {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** JSON characters of backup items per log record, keeping records far below the log's frame limit. */
	private static final int BACKUP_CHARACTERS_PER_RECORD = 4 * 1024 * 1024;

	/** Stream records per log frame, well below the frame limit. */
	private static final long STREAM_CHUNK_BYTES = 4L * 1024 * 1024;

	private final Engine engine;

	private final long timestampMillis;

	private final Consumer<LogRecord> sink;

	/** The namespace being written, {@code null} for the default of an engine without namespaces. */
	private Namespace namespace;

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
		List<Namespace> namespaces = engine.namespaces();
		for (Namespace each : namespaces.isEmpty() ? Collections.<Namespace>singletonList(null) : namespaces) {
			namespace = each;
			writeNamespace();
		}
		namespace = null;
		emit(LogRecord.SNAPSHOT_END, NODES.objectNode());
	}

	private void writeNamespace() {
		writeBackups();
		String startTableName = null;
		do {
			ObjectNode listRequest = NODES.objectNode();
			if (startTableName != null) {
				listRequest.put("ExclusiveStartTableName", startTableName);
			}
			ObjectNode page = execute("ListTables", listRequest);
			for (JsonNode tableName : page.path("TableNames")) {
				writeTable(tableName.asString());
			}
			JsonNode last = page.get("LastEvaluatedTableName");
			startTableName = (last != null && last.isString()) ? last.asString() : null;
		}
		while (startTableName != null);
		writeStreams();
	}

	private void writeStreams() {
		ObjectNode state;
		try {
			state = execute(InMemoryEngine.EXPORT_STREAM_STATE, NODES.objectNode());
		}
		catch (EngineException ex) {
			return; // an engine without streams
		}
		boolean first = true;
		for (JsonNode stream : state.path("Streams")) {
			ObjectNode head = ((ObjectNode) stream).deepCopy();
			head.remove("records");
			ArrayNode chunk = head.putArray("records");
			long chunkBytes = 0;
			for (JsonNode record : stream.path("records")) {
				long bytes = record.toString().length();
				if (chunkBytes + bytes > STREAM_CHUNK_BYTES && !chunk.isEmpty()) {
					emitStreams(head, first);
					first = false;
					chunk.removeAll();
					chunkBytes = 0;
				}
				chunk.add(record);
				chunkBytes += bytes;
			}
			emitStreams(head, first);
			first = false;
		}
	}

	/** One stream's identity and a chunk of its records, small enough for a log frame. */
	private void emitStreams(ObjectNode stream, boolean reset) {
		ObjectNode request = NODES.objectNode();
		request.put("Reset", reset);
		request.putArray("Streams").add(stream.deepCopy());
		emit(InMemoryEngine.IMPORT_STREAM_STATE, request);
	}

	private void writeTable(String tableName) {
		JsonNode table = execute("DescribeTable", tableRequest(tableName)).path("Table");
		emit("CreateTable", CreateTableRequests.fromDescription(table));
		writeTimeToLive(tableName);
		writeTags(table.path("TableArn").asString());
		writeItems(tableName);
		writePointInTimeRecovery(tableName);
		writeContributorInsights(tableName);
		writeResourcePolicy(table.path("TableArn").asString());
		writeResourcePolicy(table.path("LatestStreamArn").asString());
	}

	private void writeBackups() {
		String startArn = null;
		do {
			ObjectNode listRequest = NODES.objectNode();
			listRequest.put("BackupType", "ALL");
			if (startArn != null) {
				listRequest.put("ExclusiveStartBackupArn", startArn);
			}
			ObjectNode page = execute("ListBackups", listRequest);
			for (JsonNode summary : page.path("BackupSummaries")) {
				writeBackup(summary.path("BackupArn").asString());
			}
			JsonNode last = page.get("LastEvaluatedBackupArn");
			startArn = (last != null && last.isString()) ? last.asString() : null;
		}
		while (startArn != null);
	}

	/** One backup: its definition with the first items, then the other items in bounded records. */
	private void writeBackup(String backupArn) {
		ObjectNode exportRequest = NODES.objectNode();
		exportRequest.put("BackupArn", backupArn);
		ObjectNode backup = (ObjectNode) execute(InternalOperations.EXPORT_BACKUP, exportRequest).get("Backup");
		JsonNode items = backup.remove("Items");
		ArrayNode chunk = backup.putArray("Items");
		ObjectNode request = NODES.objectNode();
		request.set("Backup", backup);
		long characters = 0;
		for (JsonNode item : items) {
			long itemCharacters = item.toString().length();
			if (!chunk.isEmpty() && characters + itemCharacters > BACKUP_CHARACTERS_PER_RECORD) {
				emit(InternalOperations.IMPORT_BACKUP, request);
				request = NODES.objectNode();
				request.put("BackupArn", backupArn);
				chunk = request.putArray("Items");
				characters = 0;
			}
			chunk.add(item);
			characters += itemCharacters;
		}
		emit(InternalOperations.IMPORT_BACKUP, request);
	}

	private void writePointInTimeRecovery(String tableName) {
		JsonNode description = execute("DescribeContinuousBackups", tableRequest(tableName))
			.path("ContinuousBackupsDescription").path("PointInTimeRecoveryDescription");
		if ("ENABLED".equals(description.path("PointInTimeRecoveryStatus").asString())) {
			ObjectNode request = tableRequest(tableName);
			request.putObject("PointInTimeRecoverySpecification")
				.put("PointInTimeRecoveryEnabled", true)
				.set("RecoveryPeriodInDays", description.get("RecoveryPeriodInDays"));
			emit("UpdateContinuousBackups", request);
		}
	}

	private void writeContributorInsights(String tableName) {
		String nextToken = null;
		do {
			ObjectNode listRequest = tableRequest(tableName);
			if (nextToken != null) {
				listRequest.put("NextToken", nextToken);
			}
			ObjectNode page = execute("ListContributorInsights", listRequest);
			for (JsonNode summary : page.path("ContributorInsightsSummaries")) {
				ObjectNode request = tableRequest(tableName);
				if (summary.has("IndexName")) {
					request.set("IndexName", summary.get("IndexName"));
				}
				boolean enabled = "ENABLED".equals(summary.path("ContributorInsightsStatus").asString());
				request.put("ContributorInsightsAction", enabled ? "ENABLE" : "DISABLE");
				request.set("ContributorInsightsMode", summary.get("ContributorInsightsMode"));
				emit("UpdateContributorInsights", request);
			}
			JsonNode next = page.get("NextToken");
			nextToken = (next != null && next.isString()) ? next.asString() : null;
		}
		while (nextToken != null);
	}

	private void writeResourcePolicy(String resourceArn) {
		if (resourceArn.isEmpty()) {
			return;
		}
		ObjectNode getRequest = NODES.objectNode();
		getRequest.put("ResourceArn", resourceArn);
		ObjectNode policy;
		try {
			policy = execute("GetResourcePolicy", getRequest);
		}
		catch (EngineException ex) {
			return;
		}
		ObjectNode request = NODES.objectNode();
		request.put("ResourceArn", resourceArn);
		request.set("Policy", policy.get("Policy"));
		sink.accept(new LogRecord(Long.parseLong(policy.path("RevisionId").asString()), "PutResourcePolicy", request, namespace));
	}

	private void writeTimeToLive(String tableName) {
		JsonNode description = execute("DescribeTimeToLive", tableRequest(tableName))
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
		JsonNode tags = execute("ListTagsOfResource", listRequest).path("Tags");
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
			ObjectNode page = execute("Scan", scanRequest);
			for (JsonNode item : page.path("Items")) {
				ObjectNode put = tableRequest(tableName);
				put.set("Item", item);
				emit("PutItem", put);
			}
			startKey = page.get("LastEvaluatedKey");
		}
		while (startKey != null && startKey.isObject() && !startKey.isEmpty());
	}

	private ObjectNode execute(String operation, ObjectNode request) {
		return engine.execute(namespace, operation, request);
	}

	private static ObjectNode tableRequest(String tableName) {
		ObjectNode request = NODES.objectNode();
		request.put("TableName", tableName);
		return request;
	}

	private void emit(String operation, ObjectNode request) {
		sink.accept(new LogRecord(timestampMillis, operation, request, namespace));
	}

}
