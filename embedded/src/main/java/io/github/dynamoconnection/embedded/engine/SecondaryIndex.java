package io.github.dynamoconnection.embedded.engine;

import java.time.Instant;
import java.util.Map;

import io.github.dynamoconnection.embedded.storage.IndexEntryKey;
import io.github.dynamoconnection.embedded.storage.IndexStore;
import io.github.dynamoconnection.embedded.storage.KeySchema;
import io.github.dynamoconnection.embedded.value.Sizes;
import io.github.dynamoconnection.embedded.value.Value;

/** A global or local secondary index: its definition and its entries. Guarded by the table lock. */
final class SecondaryIndex {

	final String name;

	final boolean global;

	final KeySchema keys;

	final Projection projection;

	/** Throughput for a GSI on a provisioned table, else {@code null}. */
	Throughput throughput;

	final IndexStore store = new IndexStore();

	/** Until when a global index added by UpdateTable is CREATING (backfilling), or {@code null}. */
	volatile Instant activeAt;

	SecondaryIndex(String name, boolean global, KeySchema keys, Projection projection, Throughput throughput) {
		this.name = name;
		this.global = global;
		this.keys = keys;
		this.projection = projection;
		this.throughput = throughput;
	}

	/** DynamoDB's {@code IndexStatus} at {@code now}: CREATING while it backfills, then ACTIVE. */
	String status(Instant now) {
		Instant active = activeAt;
		return (active != null && now.isBefore(active)) ? "CREATING" : "ACTIVE";
	}

	/** Whether the item appears in this (sparse) index. */
	boolean covers(Map<String, Value> item) {
		return item != null && keys.covers(item);
	}

	/** The item's position in this index. */
	IndexEntryKey entryKey(Map<String, Value> item, KeySchema table) {
		return IndexEntryKey.of(keys.rangeOf(item), table.hashOf(item), table.rangeOf(item));
	}

	/** The projected item as a query on this index returns it. */
	Map<String, Value> project(Map<String, Value> item, KeySchema table) {
		return projection.apply(item, table, keys);
	}

	/**
	 * Keeps the index in step with one item write; returns the write units it cost: nothing when the
	 * item stays out of the index or its indexed image is unchanged, one write per started KB to add
	 * or remove an entry, both when the index key changes.
	 */
	double apply(Map<String, Value> oldItem, Map<String, Value> newItem, byte[] encodedNew, KeySchema table) {
		boolean wasIn = covers(oldItem);
		boolean isIn = covers(newItem);
		Map<String, Value> oldImage = wasIn ? project(oldItem, table) : null;
		Map<String, Value> newImage = isIn ? project(newItem, table) : null;
		IndexEntryKey oldKey = wasIn ? entryKey(oldItem, table) : null;
		IndexEntryKey newKey = isIn ? entryKey(newItem, table) : null;
		boolean sameKey = wasIn && isIn && keys.hashOf(oldItem).equals(keys.hashOf(newItem)) && oldKey.compareTo(newKey) == 0;
		int oldSize = wasIn ? Sizes.itemSize(oldImage) : 0;
		int newSize = isIn ? Sizes.itemSize(newImage) : 0;
		if (wasIn) {
			store.remove(keys.hashOf(oldItem), oldKey, oldSize);
		}
		if (isIn) {
			store.put(keys.hashOf(newItem), newKey, encodedNew, newSize);
		}
		if (sameKey) {
			return oldImage.equals(newImage) ? 0 : Capacity.writeUnits(newSize);
		}
		return (wasIn ? Capacity.writeUnits(oldSize) : 0) + (isIn ? Capacity.writeUnits(newSize) : 0);
	}

}
