package io.github.dynamoconnection.stream;

import java.time.Instant;
import java.util.Map;

/**
 * One item change read from a table's stream, with plain Java values (as the rest of the
 * connection's API gives them).
 * @param eventId the record's unique id
 * @param type what happened to the item
 * @param keys the item's primary key
 * @param newImage the item after the change, {@code null} for a removal or when the stream's view
 * type leaves it out
 * @param oldImage the item before the change, {@code null} for an insertion or when the stream's
 * view type leaves it out
 * @param shardId the shard the record came from
 * @param sequenceNumber its sequence number in that shard (with the shard id, a checkpoint for
 * {@link StreamPosition#after(String, String)})
 * @param approximateCreationTime when the change was made, to the second
 * @param byTimeToLive whether DynamoDB's time-to-live process removed the item
 */
public record ChangeRecord(String eventId, ChangeType type, Map<String, Object> keys, Map<String, Object> newImage,
		Map<String, Object> oldImage, String shardId, String sequenceNumber, Instant approximateCreationTime,
		boolean byTimeToLive) {

	/** What a change did to the item. */
	public enum ChangeType {

		/** A new item was written. */
		INSERT,

		/** An existing item changed. */
		MODIFY,

		/** An item was deleted. */
		REMOVE

	}

}
