package io.github.dynamoconnection.stream;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.convert.AttributeValues;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads one DynamoDB stream in order across its shards: a shard is read only once its parent is
 * read to its end, each shard in sequence order, so the changes of one item come out in the order
 * they were made. {@link #poll()} returns what is there now (possibly nothing) and never blocks;
 * call it again to get later changes. Not thread-safe: one reader per consumer thread.
 * <pre>{@code
 * TableStreamReader reader = connection.streamRecords("Thread", StreamPosition.trimHorizon(), streamsClient);
 * for (ChangeRecord change : reader.poll()) {
 *     feed.add(change.type() + " " + change.keys());
 * }
 * }</pre>
 */
public final class TableStreamReader {

	private static final int PAGE = 1000;

	private final DynamoDbStreamsClient streams;

	private final String streamArn;

	private final StreamPosition start;

	/** Open shards being read, by id, with their next iterator. */
	private final Map<String, String> iterators = new LinkedHashMap<>();

	/** Shards read to their end. */
	private final Set<String> finished = new HashSet<>();

	/** Shards of the stream in the order they were described (parents first within a description). */
	private final Map<String, Shard> known = new LinkedHashMap<>();

	/**
	 * A reader of the stream a table description names ({@code LatestStreamArn}), starting at {@code start}.
	 * @throws InvalidArgumentException when the table has no stream
	 */
	public static TableStreamReader ofTable(TableDescription table, StreamPosition start, DynamoDbStreamsClient streams) {
		String streamArn = table.latestStreamArn();
		if (streamArn == null) {
			throw new InvalidArgumentException("DescribeTable", List.of(table.tableName()), "Table " + table.tableName()
					+ " has no stream: enable one with a StreamSpecification");
		}
		return new TableStreamReader(streams, streamArn, start);
	}

	/**
	 * A reader of this stream.
	 * @param streams the DynamoDB Streams client
	 * @param streamArn the stream (a table's {@code LatestStreamArn})
	 * @param start where to start
	 */
	public TableStreamReader(DynamoDbStreamsClient streams, String streamArn, StreamPosition start) {
		if (streams == null || streamArn == null || start == null) {
			throw new IllegalArgumentException("TableStreamReader needs a streams client, a stream ARN and a position");
		}
		this.streams = streams;
		this.streamArn = streamArn;
		this.start = start;
		discoverShards();
	}

	/** The stream this reader reads. */
	public String streamArn() {
		return streamArn;
	}

	/**
	 * The records available now, in order per shard and parents before children; empty when
	 * nothing changed since the last poll.
	 */
	public List<ChangeRecord> poll() {
		discoverShards();
		List<ChangeRecord> records = new ArrayList<>();
		boolean progressed = true;
		while (progressed) {
			progressed = false;
			for (String shardId : new ArrayList<>(iterators.keySet())) {
				progressed |= readShard(shardId, records);
			}
			progressed |= openReadyShards();
		}
		return records;
	}

	/** Reads one shard until it has nothing more now; returns whether it finished. */
	private boolean readShard(String shardId, List<ChangeRecord> out) {
		String iterator = iterators.get(shardId);
		while (iterator != null) {
			String current = iterator;
			GetRecordsResponse page = streams.getRecords(request -> request.shardIterator(current).limit(PAGE));
			for (Record record : page.records()) {
				out.add(toChange(shardId, record));
			}
			iterator = page.nextShardIterator();
			if (page.records().isEmpty()) {
				break;
			}
		}
		if (iterator == null) {
			iterators.remove(shardId);
			finished.add(shardId);
			return true;
		}
		iterators.put(shardId, iterator);
		return false;
	}

	private void discoverShards() {
		String startShard = null;
		do {
			String from = startShard;
			StreamDescription description = streams.describeStream(request -> request.streamArn(streamArn)
				.exclusiveStartShardId(from)).streamDescription();
			description.shards().forEach(shard -> known.putIfAbsent(shard.shardId(), shard));
			startShard = description.lastEvaluatedShardId();
		}
		while (startShard != null);
		openReadyShards();
	}

	/** Opens every known shard whose parent is read (or unknown: trimmed away); returns whether any opened. */
	private boolean openReadyShards() {
		boolean opened = false;
		for (Shard shard : known.values()) {
			String id = shard.shardId();
			if (iterators.containsKey(id) || finished.contains(id)) {
				continue;
			}
			String parent = shard.parentShardId();
			if (parent != null && known.containsKey(parent) && !finished.contains(parent)) {
				continue;
			}
			iterators.put(id, firstIterator(shard));
			opened = true;
		}
		return opened;
	}

	private String firstIterator(Shard shard) {
		String after = start.resumeAfter(shard.shardId());
		ShardIteratorType type = (after != null) ? ShardIteratorType.AFTER_SEQUENCE_NUMBER
				: start.isLatest() ? ShardIteratorType.LATEST : ShardIteratorType.TRIM_HORIZON;
		return streams.getShardIterator(request -> request.streamArn(streamArn)
			.shardId(shard.shardId())
			.shardIteratorType(type)
			.sequenceNumber(after)).shardIterator();
	}

	private static ChangeRecord toChange(String shardId, Record record) {
		var change = record.dynamodb();
		boolean byService = record.userIdentity() != null && "Service".equals(record.userIdentity().type())
				&& "dynamodb.amazonaws.com".equals(record.userIdentity().principalId());
		return new ChangeRecord(record.eventID(), ChangeRecord.ChangeType.valueOf(record.eventNameAsString()),
				image(change.keys()), change.hasNewImage() ? image(change.newImage()) : null,
				change.hasOldImage() ? image(change.oldImage()) : null, shardId, change.sequenceNumber(),
				change.approximateCreationDateTime(), byService);
	}

	private static Map<String, Object> image(Map<String, AttributeValue> item) {
		return Collections.unmodifiableMap(AttributeValues.toJavaItem(item));
	}

}
