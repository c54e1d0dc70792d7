package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every stream of the engine's tables by ARN, in creation order, including disabled streams (and
 * those of deleted tables) until their retention period ends. Enables and disables a table's
 * stream. Thread-safe.
 */
final class StreamRegistry {

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
		.withZone(ZoneOffset.UTC);

	private final Map<String, TableStream> streams = new LinkedHashMap<>();

	private final Clock clock;

	private final Duration retention;

	private final String region;

	StreamRegistry(Clock clock, Duration retention, String region) {
		this.clock = clock;
		this.retention = retention;
		this.region = region;
	}

	/** Starts a new stream for the table (call under its write lock), with a label unlike its previous stream's. */
	synchronized TableStream enable(Table table, String viewType) {
		Instant now = clock.instant();
		if (table.latestStream != null && !now.isAfter(table.latestStream.created)) {
			now = table.latestStream.created.plusMillis(1);
		}
		TableStream stream = new TableStream(table.arn, table.name, table.keys, viewType, now, LABEL.format(now),
				retention, region, clock);
		streams.put(stream.arn, stream);
		table.latestStream = stream;
		return stream;
	}

	/** Drops a stream that never became visible (its table was not created). */
	synchronized void forget(TableStream stream) {
		if (stream != null) {
			streams.remove(stream.arn);
		}
	}

	/** Ends the table's stream, if enabled (call under its write lock). */
	void disable(Table table) {
		if (table.latestStream != null) {
			table.latestStream.disable(clock.instant());
		}
	}

	/** The stream with this ARN, or ResourceNotFoundException. */
	synchronized TableStream byArn(String arn) {
		dropExpired();
		TableStream stream = streams.get(arn);
		if (stream == null) {
			throw new EngineException("ResourceNotFoundException", "Requested resource not found: Stream: " + arn + " not found");
		}
		return stream;
	}

	/** The live streams, optionally of one table, in creation order. */
	synchronized List<TableStream> list(String tableName) {
		dropExpired();
		List<TableStream> result = new ArrayList<>();
		for (TableStream stream : streams.values()) {
			if (tableName == null || stream.tableName.equals(tableName)) {
				result.add(stream);
			}
		}
		return result;
	}

	/** Every stream, live or not yet expired (snapshots). */
	synchronized List<TableStream> all() {
		dropExpired();
		return new ArrayList<>(streams.values());
	}

	private void dropExpired() {
		Instant now = clock.instant();
		Iterator<TableStream> iterator = streams.values().iterator();
		while (iterator.hasNext()) {
			if (iterator.next().isExpired(now)) {
				iterator.remove();
			}
		}
	}

	/** Every stream with its records, as JSON (the persistence snapshot's {@code ImportStreamState} request). */
	synchronized ObjectNode exportState() {
		dropExpired();
		ObjectNode state = JsonNodeFactory.instance.objectNode();
		ArrayNode array = state.putArray("Streams");
		for (TableStream stream : streams.values()) {
			array.add(stream.toJson());
		}
		return state;
	}

	/**
	 * Restores streams from (chunks of) an exported state: {@code Reset} first drops every stream;
	 * a chunk for a stream already restored appends its records. Then each table's latest stream is
	 * its current one again (the records the snapshot's own PutItems made are dropped with them).
	 */
	synchronized void importState(JsonNode state, List<Table> tables) {
		if (state.path("Reset").asBoolean(false)) {
			streams.clear();
		}
		for (JsonNode node : state.path("Streams")) {
			TableStream existing = streams.get(node.path("arn").asString());
			if (existing != null && existing.restored) {
				existing.appendRestored(node);
			}
			else {
				TableStream stream = TableStream.fromJson(node, retention, region, clock);
				streams.put(stream.arn, stream);
			}
		}
		for (Table table : tables) {
			table.latestStream = null;
			for (TableStream stream : streams.values()) {
				if (stream.arn.startsWith(table.arn + "/stream/")) {
					table.latestStream = stream;
				}
			}
		}
	}

}
