package io.github.dynamoconnection.stream;

import java.util.Objects;

/**
 * Where a {@link TableStreamReader} starts: the oldest record still kept ({@link #trimHorizon()}),
 * only changes made from now on ({@link #latest()}), or just after a record already processed
 * ({@link #after(String, String)}, to resume from a checkpoint).
 */
public final class StreamPosition {

	private static final StreamPosition TRIM_HORIZON = new StreamPosition(null, null, false);

	private static final StreamPosition LATEST = new StreamPosition(null, null, true);

	private final String shardId;

	private final String sequenceNumber;

	private final boolean latest;

	private StreamPosition(String shardId, String sequenceNumber, boolean latest) {
		this.shardId = shardId;
		this.sequenceNumber = sequenceNumber;
		this.latest = latest;
	}

	/** From the oldest record the stream still keeps (24 hours on DynamoDB). */
	public static StreamPosition trimHorizon() {
		return TRIM_HORIZON;
	}

	/** Only records of changes made after the reader opens. */
	public static StreamPosition latest() {
		return LATEST;
	}

	/**
	 * Just after this record: other shards from their oldest record, this shard after it.
	 * @param shardId the record's shard ({@link ChangeRecord#shardId()})
	 * @param sequenceNumber the record's sequence number
	 */
	public static StreamPosition after(String shardId, String sequenceNumber) {
		if (shardId == null || shardId.isEmpty() || sequenceNumber == null || sequenceNumber.isEmpty()) {
			throw new IllegalArgumentException("StreamPosition.after needs a shard id and a sequence number");
		}
		return new StreamPosition(shardId, sequenceNumber, false);
	}

	boolean isLatest() {
		return latest;
	}

	/** The sequence number to resume after in this shard, or {@code null} to read it from its start. */
	String resumeAfter(String shard) {
		return Objects.equals(shard, shardId) ? sequenceNumber : null;
	}

	@Override
	public String toString() {
		return latest ? "LATEST" : (shardId == null) ? "TRIM_HORIZON" : "AFTER " + shardId + "/" + sequenceNumber;
	}

}
