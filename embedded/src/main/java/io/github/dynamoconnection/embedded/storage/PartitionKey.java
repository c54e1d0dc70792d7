package io.github.dynamoconnection.embedded.storage;

import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueOrder;

/**
 * A partition key value together with its spread hash. Partitions are ordered by the hash first
 * (as DynamoDB scans them: in hash order, not key order), then by the value, which makes scans
 * resumable and parallel scan segments contiguous ranges.
 */
public record PartitionKey(int hash, Value value) implements Comparable<PartitionKey> {

	/** The partition key for a value. */
	public static PartitionKey of(Value value) {
		return new PartitionKey(spread(value), value);
	}

	/** The lowest possible partition key with this hash (a search bound, never stored). */
	public static PartitionKey lowestWithHash(int hash) {
		return new PartitionKey(hash, null);
	}

	/** Which of {@code totalSegments} parallel scan segments this partition belongs to. */
	public int segment(int totalSegments) {
		return (int) (((hash & 0xFFFFFFFFL) * totalSegments) >>> 32);
	}

	/** The first hash of a segment. */
	public static int firstHashOfSegment(int segment, int totalSegments) {
		long start = ((long) segment << 32) / totalSegments;
		if ((start * totalSegments) >>> 32 < segment) {
			start++;
		}
		return (int) start;
	}

	@Override
	public int compareTo(PartitionKey other) {
		int byHash = Integer.compareUnsigned(hash, other.hash);
		if (byHash != 0) {
			return byHash;
		}
		if (value == null) {
			return (other.value == null) ? 0 : -1;
		}
		if (other.value == null) {
			return 1;
		}
		return ValueOrder.compare(value, other.value);
	}

	private static int spread(Value value) {
		int h;
		if (value instanceof Value.S s) {
			h = s.value().hashCode();
		}
		else if (value instanceof Value.N n) {
			h = n.value().hashCode();
		}
		else if (value instanceof Value.B b) {
			h = java.util.Arrays.hashCode(b.value());
		}
		else {
			throw new IllegalArgumentException("Not a key value: " + value.type());
		}
		h ^= h >>> 16;
		h *= 0x85EBCA6B;
		h ^= h >>> 13;
		h *= 0xC2B2AE35;
		h ^= h >>> 16;
		return h;
	}

}
