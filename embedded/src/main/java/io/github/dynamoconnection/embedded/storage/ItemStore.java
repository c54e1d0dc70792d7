package io.github.dynamoconnection.embedded.storage;

import java.util.Collections;
import java.util.Iterator;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;

import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueOrder;

/**
 * A table's items by primary key: partitions in hash order, each ordered by sort key with
 * DynamoDB's ordering. Items are held encoded ({@link ItemCodec}). Not thread-safe: the table's
 * lock guards it. Lookups are O(log n); iteration from any position costs only what it reads.
 */
public final class ItemStore {

	/**
	 * The partition of a sort key that holds no item: empty, but ordered like every stored partition,
	 * so that sub-range views of it take any sort key value (an empty map with natural ordering would
	 * throw a ClassCastException, as {@link Value} is not {@link Comparable}).
	 */
	private static final NavigableMap<Value, byte[]> EMPTY_PARTITION = Collections
		.unmodifiableNavigableMap(newPartition());

	private final boolean hasRange;

	/** Partition key to the encoded item (hash-only table) or to a sorted map of sort key to item. */
	private final TreeMap<PartitionKey, Object> partitions = new TreeMap<>();

	private long itemCount;

	private long sizeBytes;

	/** An empty store for a table with ({@code true}) or without a sort key. */
	public ItemStore(boolean hasRange) {
		this.hasRange = hasRange;
	}

	/** The encoded item with this key, or {@code null}. */
	public byte[] get(Value hash, Value range) {
		Object partition = partitions.get(PartitionKey.of(hash));
		if (partition == null) {
			return null;
		}
		if (!hasRange) {
			return (byte[]) partition;
		}
		return sorted(partition).get(range);
	}

	/**
	 * Stores an item, returning the previous one with the same key (or {@code null}).
	 * @param sizeDelta change of the table size in bytes that this write causes
	 */
	public byte[] put(Value hash, Value range, byte[] item, long sizeDelta) {
		PartitionKey key = PartitionKey.of(hash);
		byte[] previous;
		if (!hasRange) {
			previous = (byte[]) partitions.put(key, item);
		}
		else {
			@SuppressWarnings("unchecked")
			TreeMap<Value, byte[]> partition = (TreeMap<Value, byte[]>) partitions.computeIfAbsent(key, k -> newPartition());
			previous = partition.put(range, item);
		}
		if (previous == null) {
			itemCount++;
		}
		sizeBytes += sizeDelta;
		return previous;
	}

	/** Removes an item, returning it (or {@code null} when absent). */
	public byte[] remove(Value hash, Value range, long sizeDelta) {
		PartitionKey key = PartitionKey.of(hash);
		byte[] previous;
		if (!hasRange) {
			previous = (byte[]) partitions.remove(key);
		}
		else {
			Object partition = partitions.get(key);
			if (partition == null) {
				return null;
			}
			NavigableMap<Value, byte[]> sorted = sorted(partition);
			previous = sorted.remove(range);
			if (sorted.isEmpty()) {
				partitions.remove(key);
			}
		}
		if (previous != null) {
			itemCount--;
			sizeBytes += sizeDelta;
		}
		return previous;
	}

	/**
	 * The items of one partition by sort key, in {@link ValueOrder#KEY_ORDER} even when empty. For a
	 * hash-only table it is always empty: use {@link #hashOnlyItem}.
	 */
	public NavigableMap<Value, byte[]> partition(Value hash) {
		Object partition = partitions.get(PartitionKey.of(hash));
		if (partition == null || !hasRange) {
			return EMPTY_PARTITION;
		}
		return sorted(partition);
	}

	/** The single item of a hash-only table's partition, or {@code null}. */
	public byte[] hashOnlyItem(Value hash) {
		Object partition = partitions.get(PartitionKey.of(hash));
		return (partition instanceof byte[] item) ? item : null;
	}

	/** Number of items. */
	public long itemCount() {
		return itemCount;
	}

	/** Total item size in bytes by DynamoDB's rules. */
	public long sizeBytes() {
		return sizeBytes;
	}

	/**
	 * Iterates items in scan order, starting after the given key (or at {@code from} when
	 * {@code afterHash} is null) and stopping before partition {@code to} (null: the end).
	 */
	public Iterator<byte[]> scan(PartitionKey from, Value afterHash, Value afterRange, PartitionKey to) {
		NavigableMap<PartitionKey, Object> range;
		Iterator<byte[]> first = Collections.emptyIterator();
		if (afterHash != null) {
			PartitionKey start = PartitionKey.of(afterHash);
			Object partition = partitions.get(start);
			if (hasRange && partition != null && afterRange != null) {
				first = sorted(partition).tailMap(afterRange, false).values().iterator();
			}
			range = partitions.tailMap(start, false);
		}
		else {
			range = (from != null) ? partitions.tailMap(from, true) : partitions;
		}
		if (to != null) {
			range = range.headMap(to, false);
		}
		return new ScanIterator(first, range.values().iterator());
	}

	/** Every partition map, stored or empty, orders by this one comparator. */
	private static TreeMap<Value, byte[]> newPartition() {
		return new TreeMap<>(ValueOrder.KEY_ORDER);
	}

	@SuppressWarnings("unchecked")
	private static NavigableMap<Value, byte[]> sorted(Object partition) {
		return (NavigableMap<Value, byte[]>) partition;
	}

	/** Walks partitions and, inside each, its items. */
	private static final class ScanIterator implements Iterator<byte[]> {

		private Iterator<byte[]> current;

		private final Iterator<Object> partitions;

		private byte[] single;

		ScanIterator(Iterator<byte[]> first, Iterator<Object> partitions) {
			this.current = first;
			this.partitions = partitions;
		}

		@Override
		public boolean hasNext() {
			while (single == null && !current.hasNext()) {
				if (!partitions.hasNext()) {
					return false;
				}
				Object next = partitions.next();
				if (next instanceof byte[] item) {
					single = item;
				}
				else {
					current = sorted(next).values().iterator();
				}
			}
			return true;
		}

		@Override
		public byte[] next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			if (single != null) {
				byte[] item = single;
				single = null;
				return item;
			}
			return current.next();
		}

	}

}
