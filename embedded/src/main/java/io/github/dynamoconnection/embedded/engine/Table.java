package io.github.dynamoconnection.embedded.engine;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

	/** Secondary indexes by name: an immutable snapshot, replaced under the write lock, so validation may read it without a lock. */
	volatile Map<String, SecondaryIndex> indexes = Map.of();

	ObjectNode streamSpecification;

	/** The table's most recent stream (enabled or not), or {@code null} when it never had one; see {@link StreamRegistry}. */
	TableStream latestStream;

	String ttlAttribute;

	boolean ttlEnabled;

	final Map<String, String> tags = new LinkedHashMap<>();

	/** Point-in-time recovery: {@code null} until UpdateContinuousBackups first enables it. */
	PointInTimeRecovery pointInTimeRecovery;

	/** Contributor Insights status by index name ({@code ""} for the table itself). */
	final Map<String, ContributorInsights> contributorInsights = new LinkedHashMap<>();

	/** Resource-based policies of this table and of its stream, by resource ARN. */
	final Map<String, ResourcePolicy> policies = new LinkedHashMap<>();

	/** The {@code RestoreSummary} of a table restored from a backup or a point in time, else {@code null}. */
	ObjectNode restoreSummary;

	final ItemStore items;

	final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	/** Keys of items with a numeric TTL attribute, by expiry second; kept only while TTL is enabled. */
	private final TreeMap<Long, Set<ItemKey>> expiries = new TreeMap<>();

	/** Set when the table is deleted, so that requests that raced the delete fail cleanly. */
	volatile boolean deleted;

	/** Until when the table is CREATING: its creation plus the engine's transient status delay. */
	volatile Instant activeAt;

	/** Until when the table is UPDATING after its last UpdateTable, or {@code null}. */
	volatile Instant updatingUntil;

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

	/** The encoded items in key order (call under a lock; the arrays are never changed in place). */
	List<byte[]> encodedItems() {
		List<byte[]> result = new ArrayList<>();
		items.scan(null, null, null, null).forEachRemaining(result::add);
		return result;
	}

	/** DynamoDB's {@code TableStatus} at {@code now}: DELETING, CREATING, UPDATING or ACTIVE. */
	String status(Instant now) {
		if (deleted) {
			return "DELETING";
		}
		if (activeAt != null && now.isBefore(activeAt)) {
			return "CREATING";
		}
		Instant updating = updatingUntil;
		return (updating != null && now.isBefore(updating)) ? "UPDATING" : "ACTIVE";
	}

	/** The ARN of the table's latest stream, or {@code null} when it never had one. */
	String latestStreamArn() {
		TableStream stream = latestStream;
		return (stream != null) ? stream.arn : null;
	}

	/** Adds a secondary index (call under the write lock, or before the table is published). */
	void addIndex(SecondaryIndex index) {
		Map<String, SecondaryIndex> copy = new LinkedHashMap<>(indexes);
		copy.put(index.name, index);
		indexes = Collections.unmodifiableMap(copy);
	}

	/** Removes a secondary index (call under the write lock). */
	void removeIndex(String indexName) {
		Map<String, SecondaryIndex> copy = new LinkedHashMap<>(indexes);
		copy.remove(indexName);
		indexes = Collections.unmodifiableMap(copy);
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
		write(key, oldItem, newItem, capacity, false);
	}

	/** Deletes an expired item as DynamoDB's TTL process does: its stream record names the service as the actor. Call under the write lock. */
	void expire(ItemKey key, Map<String, Value> oldItem) {
		write(key, oldItem, null, null, true);
	}

	/**
	 * The one place every item change passes through: the store, TTL and secondary indexes follow
	 * it, and the table's enabled stream records it.
	 */
	private void write(ItemKey key, Map<String, Value> oldItem, Map<String, Value> newItem, Capacity capacity,
			boolean byService) {
		TableStream stream = latestStream;
		if (stream != null) {
			stream.append(oldItem, newItem, byService);
		}
		int oldSize = (oldItem != null) ? Sizes.itemSize(oldItem) : 0;
		int newSize = (newItem != null) ? Sizes.itemSize(newItem) : 0;
		byte[] encoded = null;
		byte[] previous = null;
		if (newItem != null) {
			encoded = ItemCodec.encode(newItem);
			previous = items.put(key.hash(), key.range(), encoded, newSize - oldSize);
		}
		else if (oldItem != null) {
			previous = items.remove(key.hash(), key.range(), -oldSize);
		}
		if (pointInTimeRecovery != null && (newItem != null || oldItem != null)) {
			pointInTimeRecovery.record(key, previous);
		}
		if (capacity != null) {
			capacity.addTable(Capacity.writeUnits(Math.max(oldSize, newSize)));
		}
		if (ttlEnabled) {
			forgetExpiry(key, oldItem);
			rememberExpiry(key, newItem);
		}
		for (SecondaryIndex index : indexes.values()) {
			double units = index.apply(oldItem, newItem, encoded, keys);
			if (capacity != null) {
				capacity.addIndex(index, units);
			}
		}
	}

	/** Enables TTL on this attribute ({@code null} disables it), indexing the expiry of every item. Call under the write lock. */
	void setTimeToLive(String attribute) {
		ttlAttribute = attribute;
		ttlEnabled = attribute != null;
		expiries.clear();
		if (ttlEnabled) {
			Iterator<byte[]> all = items.scan(null, null, null, null);
			while (all.hasNext()) {
				Map<String, Value> item = ItemCodec.decode(all.next());
				rememberExpiry(keyOf(item), item);
			}
		}
	}

	/** Keys whose TTL second is before {@code nowSeconds} (at most {@code max}), removed from the expiry index. Call under the write lock. */
	List<ItemKey> takeExpired(long nowSeconds, int max) {
		List<ItemKey> expired = new ArrayList<>();
		Iterator<Map.Entry<Long, Set<ItemKey>>> entries = expiries.headMap(nowSeconds, false).entrySet().iterator();
		while (entries.hasNext() && expired.size() < max) {
			Map.Entry<Long, Set<ItemKey>> entry = entries.next();
			Iterator<ItemKey> keys = entry.getValue().iterator();
			while (keys.hasNext() && expired.size() < max) {
				expired.add(keys.next());
				keys.remove();
			}
			if (entry.getValue().isEmpty()) {
				entries.remove();
			}
		}
		return expired;
	}

	/** The TTL second of an item, or {@code null} when it has no numeric TTL attribute. */
	Long expiryOf(Map<String, Value> item) {
		if (item == null || ttlAttribute == null) {
			return null;
		}
		Value value = item.get(ttlAttribute);
		if (!(value instanceof Value.N number)) {
			return null;
		}
		try {
			return number.value().setScale(0, RoundingMode.FLOOR).longValueExact();
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	private void rememberExpiry(ItemKey key, Map<String, Value> item) {
		Long expiry = expiryOf(item);
		if (expiry != null) {
			expiries.computeIfAbsent(expiry, k -> new HashSet<>()).add(key);
		}
	}

	private void forgetExpiry(ItemKey key, Map<String, Value> item) {
		Long expiry = expiryOf(item);
		if (expiry != null) {
			Set<ItemKey> keys = expiries.get(expiry);
			if (keys != null && keys.remove(key) && keys.isEmpty()) {
				expiries.remove(expiry);
			}
		}
	}

}
