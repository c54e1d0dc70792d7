package io.github.dynamoconnection.transaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.dynamoconnection.expression.Projection;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The items of one {@code transactGetItems}, in order (use {@code null} as range key on hash-only
 * tables); the result holds one entry per item, in this order.
 */
public final class TransactGetSpec {

	private final List<Entry> entries = new ArrayList<>();

	private ReturnConsumedCapacity returnConsumedCapacity;

	/** A spec filled in by {@code spec}. */
	public static TransactGetSpec of(java.util.function.Consumer<TransactGetSpec> spec) {
		TransactGetSpec filled = new TransactGetSpec();
		spec.accept(filled);
		return filled;
	}

	/** Reads an item. */
	public TransactGetSpec get(String tableName, Object hashKey, Object rangeKey) {
		return get(tableName, hashKey, rangeKey, null);
	}

	/** Reads some attributes of an item. */
	public TransactGetSpec get(String tableName, Object hashKey, Object rangeKey, Projection projection) {
		entries.add(new Entry(tableName, hashKey, rangeKey, projection));
		return this;
	}

	/** Whether to return consumed capacity (INDEXES, TOTAL, NONE). */
	public TransactGetSpec returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
		this.returnConsumedCapacity = returnConsumedCapacity;
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

	/**
	 * One item to read.
	 *
	 * @param tableName the table
	 * @param hashKey the partition key value
	 * @param rangeKey the sort key value, or {@code null}
	 * @param projection attributes to read, or {@code null} for all
	 */
	public record Entry(String tableName, Object hashKey, Object rangeKey, Projection projection) {
	}

}
