package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.dynamoconnection.embedded.json.AttributeValueJson;
import io.github.dynamoconnection.embedded.storage.KeySchema;
import io.github.dynamoconnection.embedded.value.Sizes;
import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One DynamoDB stream of a table: from the moment it is enabled until it is disabled (or the table
 * deleted), one record per item change, in the order the changes happened (appended under the
 * table's write lock, so per-item and per-table order are the same). The stream has one shard;
 * record {@code i} of the shard has the sequence number {@code base + i}. Shard id, sequence
 * numbers and event ids follow from the stream's creation time and the order of the changes, so
 * that replaying the persistence log rebuilds the same records. Records older than the retention
 * period are trimmed; a disabled stream stays readable until its last record is trimmed.
 * Thread-safe.
 */
final class TableStream {

	/** Width of every sequence number, so that they compare as strings too. */
	private static final int SEQUENCE_DIGITS = 21;

	final String arn;

	final String label;

	final String tableName;

	final KeySchema keys;

	final String viewType;

	final Instant created;

	final String shardId;

	private final long base;

	private final Duration retention;

	private final String region;

	private final Clock clock;

	/** Records from {@link #firstIndex} on. */
	private final List<ObjectNode> records = new ArrayList<>();

	private final List<Instant> times = new ArrayList<>();

	private long firstIndex;

	private Instant disabledAt;

	/** Whether this stream was rebuilt from a persistence snapshot (so that later chunks add to it). */
	boolean restored;

	TableStream(String tableArn, String tableName, KeySchema keys, String viewType, Instant created, String label,
			Duration retention, String region, Clock clock) {
		this(tableArn + "/stream/" + label, label, tableName, keys, viewType, created,
				String.format("shardId-%020d-%08x", created.toEpochMilli(), (tableArn + "/stream/" + label).hashCode()),
				retention, region, clock);
	}

	private TableStream(String arn, String label, String tableName, KeySchema keys, String viewType, Instant created,
			String shardId, Duration retention, String region, Clock clock) {
		this.arn = arn;
		this.label = label;
		this.tableName = tableName;
		this.keys = keys;
		this.viewType = viewType;
		this.created = created;
		this.shardId = shardId;
		this.retention = retention;
		this.region = region;
		this.clock = clock;
		this.base = created.toEpochMilli() * 1000;
	}

	/** The whole stream (identity, key schema, records with their times) as JSON, for a persistence snapshot. */
	synchronized ObjectNode toJson() {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("arn", arn);
		node.put("label", label);
		node.put("tableName", tableName);
		node.put("hashName", keys.hashName());
		node.put("hashType", keys.hashType().name());
		if (keys.hasRange()) {
			node.put("rangeName", keys.rangeName());
			node.put("rangeType", keys.rangeType().name());
		}
		node.put("viewType", viewType);
		node.put("created", created.toEpochMilli());
		node.put("shardId", shardId);
		node.put("firstIndex", firstIndex);
		if (disabledAt != null) {
			node.put("disabledAt", disabledAt.toEpochMilli());
		}
		ArrayNode array = node.putArray("records");
		for (int i = 0; i < records.size(); i++) {
			array.addObject().put("time", times.get(i).toEpochMilli()).set("record", records.get(i));
		}
		return node;
	}

	/** A stream written by {@link #toJson()}. */
	static TableStream fromJson(JsonNode node, Duration retention, String region, Clock clock) {
		String rangeName = node.path("rangeName").asString(null);
		KeySchema keys = new KeySchema(node.path("hashName").asString(), ValueType.valueOf(node.path("hashType").asString()),
				rangeName, (rangeName != null) ? ValueType.valueOf(node.path("rangeType").asString()) : null);
		TableStream stream = new TableStream(node.path("arn").asString(), node.path("label").asString(),
				node.path("tableName").asString(), keys, node.path("viewType").asString(),
				Instant.ofEpochMilli(node.path("created").asLong()), node.path("shardId").asString(), retention, region,
				clock);
		stream.firstIndex = node.path("firstIndex").asLong();
		if (node.hasNonNull("disabledAt")) {
			stream.disabledAt = Instant.ofEpochMilli(node.path("disabledAt").asLong());
		}
		stream.restored = true;
		stream.appendRestored(node);
		return stream;
	}

	/** Appends the records of a {@link #toJson()} chunk. */
	synchronized void appendRestored(JsonNode node) {
		for (JsonNode entry : node.path("records")) {
			times.add(Instant.ofEpochMilli(entry.path("time").asLong()));
			records.add((ObjectNode) entry.path("record"));
		}
	}

	/** The sequence number of the record at this index. */
	String sequenceNumber(long index) {
		return "1" + String.format("%0" + (SEQUENCE_DIGITS - 1) + "d", base + index);
	}

	/** The index of the record with this sequence number ({@code null} when it is not one of this shard's). */
	Long indexOf(String sequenceNumber) {
		if (sequenceNumber.length() != SEQUENCE_DIGITS || sequenceNumber.charAt(0) != '1'
				|| !sequenceNumber.chars().allMatch(Character::isDigit)) {
			return null;
		}
		long index = Long.parseLong(sequenceNumber.substring(1)) - base;
		return (index < 0) ? null : index;
	}

	/**
	 * Appends the record of one item change; nothing when the change changes no data.
	 * @param oldItem the item before, or {@code null}
	 * @param newItem the item after, or {@code null}
	 * @param byService whether DynamoDB made the change itself (a TTL deletion)
	 */
	synchronized void append(Map<String, Value> oldItem, Map<String, Value> newItem, boolean byService) {
		if (disabledAt != null || (oldItem == null ? newItem == null : oldItem.equals(newItem))) {
			return;
		}
		Instant now = clock.instant();
		trim(now);
		long index = firstIndex + records.size();
		ObjectNode record = JsonNodeFactory.instance.objectNode();
		record.put("eventID", eventId(index));
		record.put("eventName", (oldItem == null) ? "INSERT" : (newItem == null) ? "REMOVE" : "MODIFY");
		record.put("eventVersion", "1.1");
		record.put("eventSource", "aws:dynamodb");
		record.put("awsRegion", region);
		ObjectNode change = record.putObject("dynamodb");
		change.put("ApproximateCreationDateTime", now.getEpochSecond());
		Map<String, Value> keyed = (newItem != null) ? newItem : oldItem;
		Map<String, Value> key = new LinkedHashMap<>();
		key.put(keys.hashName(), keys.hashOf(keyed));
		if (keys.hasRange()) {
			key.put(keys.rangeName(), keys.rangeOf(keyed));
		}
		change.set("Keys", AttributeValueJson.writeItem(key));
		int size = Sizes.itemSize(key);
		if (newItem != null && (viewType.equals("NEW_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES"))) {
			change.set("NewImage", AttributeValueJson.writeItem(newItem));
			size += Sizes.itemSize(newItem);
		}
		if (oldItem != null && (viewType.equals("OLD_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES"))) {
			change.set("OldImage", AttributeValueJson.writeItem(oldItem));
			size += Sizes.itemSize(oldItem);
		}
		change.put("SequenceNumber", sequenceNumber(index));
		change.put("SizeBytes", size);
		change.put("StreamViewType", viewType);
		if (byService) {
			ObjectNode identity = record.putObject("userIdentity");
			identity.put("PrincipalId", "dynamodb.amazonaws.com");
			identity.put("Type", "Service");
		}
		records.add(record);
		times.add(now);
	}

	/**
	 * The record's event id: derived from the stream and the sequence number, so that an operation
	 * log replayed after a restart gives every record its id again.
	 */
	private String eventId(long index) {
		byte[] name = (arn + "#" + sequenceNumber(index)).getBytes(StandardCharsets.UTF_8);
		return UUID.nameUUIDFromBytes(name).toString().replace("-", "");
	}

	/** Closes the stream: no more records; it stays readable until retention ends. */
	synchronized void disable(Instant now) {
		if (disabledAt == null) {
			disabledAt = now;
		}
	}

	/**
	 * DynamoDB's {@code StreamStatus} at {@code now}: ENABLING then ENABLED, DISABLING then DISABLED,
	 * each change taking the engine's transient status delay (zero: at once).
	 */
	synchronized String status(Instant now, Duration transition) {
		if (disabledAt == null) {
			return now.isBefore(created.plus(transition)) ? "ENABLING" : "ENABLED";
		}
		return now.isBefore(disabledAt.plus(transition)) ? "DISABLING" : "DISABLED";
	}

	synchronized boolean isEnabled() {
		return disabledAt == null;
	}

	/** Whether the stream has ended and its retention period passed, so that it is gone. */
	synchronized boolean isExpired(Instant now) {
		return disabledAt != null && !disabledAt.plus(retention).isAfter(now);
	}

	/** Index of the oldest record still readable. */
	synchronized long trimHorizon() {
		trim(clock.instant());
		return firstIndex;
	}

	/** Index the next record will get. */
	synchronized long end() {
		trim(clock.instant());
		return firstIndex + records.size();
	}

	/** The shard's ending sequence number when the stream is closed, else {@code null}. */
	synchronized String endingSequenceNumber() {
		if (disabledAt == null) {
			return null;
		}
		long last = firstIndex + records.size() - 1;
		return sequenceNumber(Math.max(0, last));
	}

	/**
	 * Up to {@code limit} records from index {@code from} on.
	 * @throws EngineException TrimmedDataAccessException when {@code from} was trimmed
	 */
	synchronized List<ObjectNode> read(long from, int limit) {
		trim(clock.instant());
		if (from < firstIndex) {
			throw trimmed();
		}
		int start = (int) Math.min(records.size(), from - firstIndex);
		int stop = Math.min(records.size(), start + limit);
		return new ArrayList<>(records.subList(start, stop));
	}

	static EngineException trimmed() {
		return new EngineException("TrimmedDataAccessException",
				"The operation attempted to read past the oldest stream record in a shard.");
	}

	private void trim(Instant now) {
		Instant oldest = now.minus(retention);
		int drop = 0;
		while (drop < times.size() && times.get(drop).isBefore(oldest)) {
			drop++;
		}
		if (drop > 0) {
			records.subList(0, drop).clear();
			times.subList(0, drop).clear();
			firstIndex += drop;
		}
	}

}
