package io.github.dynamoconnection.embedded.storage;

import java.util.Comparator;

import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueOrder;

/**
 * The position of an item inside one partition of a secondary index: the index sort key (absent
 * for a hash-only index), then the table's primary key to tell items apart. {@code bound} -1 or +1
 * makes a search bound sorting before or after every item with the same index sort key.
 */
public record IndexEntryKey(Value range, PartitionKey tableHash, Value tableRange, int bound)
		implements Comparable<IndexEntryKey> {

	/** The one ordering of index partitions (the natural ordering, spelled out for the partition maps). */
	public static final Comparator<IndexEntryKey> ORDER = IndexEntryKey::compareTo;

	/** The key of a stored entry. */
	public static IndexEntryKey of(Value range, Value tableHash, Value tableRange) {
		return new IndexEntryKey(range, PartitionKey.of(tableHash), tableRange, 0);
	}

	/** A search bound before ({@code -1}) or after ({@code +1}) all entries with this index sort key. */
	public static IndexEntryKey bound(Value range, int bound) {
		return new IndexEntryKey(range, null, null, bound);
	}

	@Override
	public int compareTo(IndexEntryKey other) {
		if (range != null && other.range != null) {
			int byRange = ValueOrder.compare(range, other.range);
			if (byRange != 0) {
				return byRange;
			}
		}
		if (bound != 0 || other.bound != 0) {
			return Integer.compare(bound, other.bound);
		}
		int byHash = tableHash.compareTo(other.tableHash);
		if (byHash != 0 || tableRange == null || other.tableRange == null) {
			return byHash;
		}
		return ValueOrder.compare(tableRange, other.tableRange);
	}

}
