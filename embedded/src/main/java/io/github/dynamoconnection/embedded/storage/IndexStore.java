package io.github.dynamoconnection.embedded.storage;

import java.util.Collections;
import java.util.Iterator;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;

import io.github.dynamoconnection.embedded.value.Value;

/**
 * One secondary index's entries: partitions by index partition key in hash order, each ordered by
 * {@link IndexEntryKey}. Entries share the table's encoded item arrays (projection is applied on
 * read), so an index costs only its tree nodes. Not thread-safe: the table's lock guards it.
 */
public final class IndexStore {

	/** An index partition that holds no entry: empty, but ordered like every stored one. */
	private static final NavigableMap<IndexEntryKey, byte[]> EMPTY_PARTITION = Collections
		.unmodifiableNavigableMap(newPartition());

	private final TreeMap<PartitionKey, TreeMap<IndexEntryKey, byte[]>> partitions = new TreeMap<>();

	private long itemCount;

	private long sizeBytes;

	/** Adds or replaces an entry. */
	public void put(Value hash, IndexEntryKey key, byte[] item, int size) {
		byte[] previous = partitions.computeIfAbsent(PartitionKey.of(hash), k -> newPartition()).put(key, item);
		if (previous == null) {
			itemCount++;
		}
		sizeBytes += size;
	}

	/** Removes an entry. */
	public void remove(Value hash, IndexEntryKey key, int size) {
		PartitionKey partitionKey = PartitionKey.of(hash);
		TreeMap<IndexEntryKey, byte[]> partition = partitions.get(partitionKey);
		if (partition != null && partition.remove(key) != null) {
			itemCount--;
			sizeBytes -= size;
			if (partition.isEmpty()) {
				partitions.remove(partitionKey);
			}
		}
	}

	/** The entries of one index partition, in {@link IndexEntryKey#ORDER} even when empty. */
	public NavigableMap<IndexEntryKey, byte[]> partition(Value hash) {
		TreeMap<IndexEntryKey, byte[]> partition = partitions.get(PartitionKey.of(hash));
		return (partition != null) ? partition : EMPTY_PARTITION;
	}

	/** Every partition map, stored or empty, orders by this one comparator. */
	private static TreeMap<IndexEntryKey, byte[]> newPartition() {
		return new TreeMap<>(IndexEntryKey.ORDER);
	}

	/** Number of entries. */
	public long itemCount() {
		return itemCount;
	}

	/** Size of the indexed items in bytes. */
	public long sizeBytes() {
		return sizeBytes;
	}

	/** Iterates entries in scan order, after the given position (or from {@code from}), before partition {@code to}. */
	public Iterator<byte[]> scan(PartitionKey from, Value afterHash, IndexEntryKey afterKey, PartitionKey to) {
		NavigableMap<PartitionKey, TreeMap<IndexEntryKey, byte[]>> range;
		Iterator<byte[]> first = Collections.emptyIterator();
		if (afterHash != null) {
			PartitionKey start = PartitionKey.of(afterHash);
			TreeMap<IndexEntryKey, byte[]> partition = partitions.get(start);
			if (partition != null && afterKey != null) {
				first = partition.tailMap(afterKey, false).values().iterator();
			}
			range = partitions.tailMap(start, false);
		}
		else {
			range = (from != null) ? partitions.tailMap(from, true) : partitions;
		}
		if (to != null) {
			range = range.headMap(to, false);
		}
		Iterator<TreeMap<IndexEntryKey, byte[]>> rest = range.values().iterator();
		Iterator<byte[]> start = first;
		return new Iterator<>() {

			private Iterator<byte[]> current = start;

			@Override
			public boolean hasNext() {
				while (!current.hasNext()) {
					if (!rest.hasNext()) {
						return false;
					}
					current = rest.next().values().iterator();
				}
				return true;
			}

			@Override
			public byte[] next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return current.next();
			}

		};
	}

}
