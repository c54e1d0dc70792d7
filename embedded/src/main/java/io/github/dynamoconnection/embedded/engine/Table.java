package io.github.dynamoconnection.embedded.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import io.github.dynamoconnection.embedded.storage.ItemCodec;
import io.github.dynamoconnection.embedded.storage.ItemStore;
import io.github.dynamoconnection.embedded.storage.KeySchema;
import io.github.dynamoconnection.embedded.value.Sizes;
import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueType;
import tools.jackson.databind.node.ObjectNode;

/**
 * One table: its definition, its items and indexes, and the lock that makes single-item writes
 * linearizable (writers take the write lock, readers the read lock; transactions lock all their
 * tables in name order).
 */
final class Table {

	final String name;

	final String tableId;

	final String arn;

	final Instant creationTime;

	final Map<String, ValueType> attributeDefinitions;

	final KeySchema keys;

	String billingMode;

	Instant billingModeLastUpdate;

	Throughput throughput;

	final Map<String, SecondaryIndex> indexes = new LinkedHashMap<>();

	ObjectNode streamSpecification;

	String ttlAttribute;

	boolean ttlEnabled;

	final Map<String, String> tags = new LinkedHashMap<>();

	final ItemStore items;

	final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	/** Set when the table is deleted, so that requests that raced the delete fail cleanly. */
	volatile boolean deleted;

	Table(String name, String tableId, String arn, Instant creationTime, Map<String, ValueType> attributeDefinitions,
			KeySchema keys) {
		this.name = name;
		this.tableId = tableId;
		this.arn = arn;
		this.creationTime = creationTime;
		this.attributeDefinitions = new LinkedHashMap<>(attributeDefinitions);
		this.keys = keys;
		this.items = new ItemStore(keys.hasRange());
	}

	/** The key of an item that has passed validation. */
	ItemKey keyOf(Map<String, Value> item) {
		return new ItemKey(keys.hashOf(item), keys.rangeOf(item));
	}

	/** The stored item with this key, decoded, or {@code null}. Call under a lock. */
	Map<String, Value> get(ItemKey key) {
		byte[] encoded = items.get(key.hash(), key.range());
		return (encoded != null) ? ItemCodec.decode(encoded) : null;
	}

	/** The secondary index with this name, or {@code null}. */
	SecondaryIndex index(String indexName) {
		return indexes.get(indexName);
	}

	/** Global secondary indexes in definition order. */
	List<SecondaryIndex> globalIndexes() {
		List<SecondaryIndex> result = new ArrayList<>();
		for (SecondaryIndex index : indexes.values()) {
			if (index.global) {
				result.add(index);
			}
		}
		return result;
	}

	/** Local secondary indexes in definition order. */
	List<SecondaryIndex> localIndexes() {
		List<SecondaryIndex> result = new ArrayList<>();
		for (SecondaryIndex index : indexes.values()) {
			if (!index.global) {
				result.add(index);
			}
		}
		return result;
	}

	/**
	 * Replaces ({@code newItem} non-null) or deletes ({@code newItem} null) the item with this key,
	 * keeping every index in step. Call under the write lock.
	 * @param oldItem the current item (as returned by {@link #get}), or {@code null}
	 * @param capacity where the write units are counted, or {@code null}
	 */
	void write(ItemKey key, Map<String, Value> oldItem, Map<String, Value> newItem, Capacity capacity) {
		int oldSize = (oldItem != null) ? Sizes.itemSize(oldItem) : 0;
		int newSize = (newItem != null) ? Sizes.itemSize(newItem) : 0;
		byte[] encoded = null;
		if (newItem != null) {
			encoded = ItemCodec.encode(newItem);
			items.put(key.hash(), key.range(), encoded, newSize - oldSize);
		}
		else if (oldItem != null) {
			items.remove(key.hash(), key.range(), -oldSize);
		}
		if (capacity != null) {
			capacity.addTable(Capacity.writeUnits(Math.max(oldSize, newSize)));
		}
		for (SecondaryIndex index : indexes.values()) {
			double units = index.apply(oldItem, newItem, encoded, keys);
			if (capacity != null) {
				capacity.addIndex(index, units);
			}
		}
	}

}
