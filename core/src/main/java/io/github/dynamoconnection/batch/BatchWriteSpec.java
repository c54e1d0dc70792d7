package io.github.dynamoconnection.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.item.Key;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;

/**
 * The puts and deletes of one {@code batchWriteItem}, on one or more tables, any number of them:
 * the connection splits them into requests of 25.
 */
public final class BatchWriteSpec {

	private final List<Entry> entries = new ArrayList<>();

	private ReturnConsumedCapacity returnConsumedCapacity;

	private ReturnItemCollectionMetrics returnItemCollectionMetrics;

	/** A spec filled in by {@code spec}. */
	public static BatchWriteSpec of(java.util.function.Consumer<BatchWriteSpec> spec) {
		BatchWriteSpec filled = new BatchWriteSpec();
		spec.accept(filled);
		return filled;
	}

	/** A batch of puts and deletes on one table (either collection may be null). */
	public static BatchWriteSpec of(String tableName, Collection<? extends Map<String, ?>> putItems, Collection<Key> deleteKeys) {
		BatchWriteSpec spec = new BatchWriteSpec();
		if (putItems != null) {
			putItems.forEach(item -> spec.put(tableName, item));
		}
		if (deleteKeys != null) {
			deleteKeys.forEach(key -> spec.delete(tableName, key.hashKey(), key.rangeKey()));
		}
		return spec;
	}

	/** Puts a whole item (its key attributes inside). */
	public BatchWriteSpec put(String tableName, Map<String, ?> item) {
		entries.add(new Entry(tableName, item, null, null, true));
		return this;
	}

	/** Puts every item. */
	public BatchWriteSpec putAll(String tableName, List<? extends Map<String, ?>> items) {
		items.forEach(item -> put(tableName, item));
		return this;
	}

	/** Deletes the item with this key on a hash-only table. */
	public BatchWriteSpec delete(String tableName, Object hashKey) {
		return delete(tableName, hashKey, null);
	}

	/** Deletes the item with this key. */
	public BatchWriteSpec delete(String tableName, Object hashKey, Object rangeKey) {
		entries.add(new Entry(tableName, null, hashKey, rangeKey, false));
		return this;
	}

	/** Whether to return consumed capacity (INDEXES, TOTAL, NONE). */
	public BatchWriteSpec returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
		this.returnConsumedCapacity = returnConsumedCapacity;
		return this;
	}

	/** Whether to return item collection metrics (SIZE, NONE). */
	public BatchWriteSpec returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
		this.returnItemCollectionMetrics = returnItemCollectionMetrics;
		return this;
	}

	/** The table of every entry, in entry order (repeats included). */
	public List<String> tableNames() {
		return entries.stream().map(Entry::tableName).toList();
	}

	public List<Entry> entries() {
		return Collections.unmodifiableList(entries);
	}

	public ReturnConsumedCapacity returnConsumedCapacity() {
		return returnConsumedCapacity;
	}

	public ReturnItemCollectionMetrics returnItemCollectionMetrics() {
		return returnItemCollectionMetrics;
	}

	/**
	 * One put or delete.
	 *
	 * @param tableName the table
	 * @param item the item to put, or {@code null} for a delete
	 * @param hashKey the key to delete
	 * @param rangeKey the range key to delete, or {@code null}
	 * @param put whether it is a put
	 */
	public record Entry(String tableName, Map<String, ?> item, Object hashKey, Object rangeKey, boolean put) {
	}

}
