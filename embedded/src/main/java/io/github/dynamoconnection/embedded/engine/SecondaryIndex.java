package io.github.dynamoconnection.embedded.engine;

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

	SecondaryIndex(String name, boolean global, KeySchema keys, Projection projection, Throughput throughput) {
		this.name = name;
		this.global = global;
		this.keys = keys;
		this.projection = projection;
		this.throughput = throughput;
	}

	/** Whether the item appears in this (sparse) index. */
	boolean covers(Map<String, Value> item) {
		return item != null && keys.covers(item);
	}

	/** The item's position in this index. */
	IndexEntryKey entryKey(Map<String, Value> item, KeySchema table) {
		return IndexEntryKey.of(keys.rangeOf(item), table.hashOf(item), table.rangeOf(item));
	}

	/** Size of the item as this index stores it. */
	int projectedSize(Map<String, Value> item, KeySchema table) {
		return Sizes.itemSize(projection.apply(item, table, keys));
	}

	/** The projected item as a query on this index returns it. */
	Map<String, Value> project(Map<String, Value> item, KeySchema table) {
		return projection.apply(item, table, keys);
	}

	/** Keeps the index in step with one item write; returns the write units it cost (0 when untouched). */
	double apply(Map<String, Value> oldItem, Map<String, Value> newItem, byte[] encodedNew, KeySchema table) {
		boolean wasIn = covers(oldItem);
		boolean isIn = covers(newItem);
		double units = 0;
		if (wasIn) {
			IndexEntryKey oldKey = entryKey(oldItem, table);
			int oldSize = projectedSize(oldItem, table);
			boolean sameKey = isIn && keys.hashOf(oldItem).equals(keys.hashOf(newItem))
					&& oldKey.compareTo(entryKey(newItem, table)) == 0;
			store.remove(keys.hashOf(oldItem), oldKey, oldSize);
			if (!sameKey) {
				units += Capacity.writeUnits(oldSize);
			}
		}
		if (isIn) {
			int newSize = projectedSize(newItem, table);
			store.put(keys.hashOf(newItem), entryKey(newItem, table), encodedNew, newSize);
			units += Capacity.writeUnits(newSize);
		}
		return units;
	}

}
