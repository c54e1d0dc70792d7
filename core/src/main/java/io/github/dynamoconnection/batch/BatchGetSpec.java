package io.github.dynamoconnection.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.expression.Projection;
import io.github.dynamoconnection.item.GetItemOptions;
import io.github.dynamoconnection.item.Key;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The keys of one {@code batchGetItem}, on one or more tables, any number of them (the connection
 * splits them into requests of 100), with per-table consistent read and projection.
 */
public final class BatchGetSpec {

	private final List<Entry> entries = new ArrayList<>();

	private final Map<String, Boolean> consistentRead = new HashMap<>();

	private final Map<String, Projection> projections = new HashMap<>();

	private ReturnConsumedCapacity returnConsumedCapacity;

	/** A spec filled in by {@code spec}. */
	public static BatchGetSpec of(java.util.function.Consumer<BatchGetSpec> spec) {
		BatchGetSpec filled = new BatchGetSpec();
		spec.accept(filled);
		return filled;
	}

	/** A batch of keys on one table read with the given options (consistent read, projection, consumed capacity). */
	public static BatchGetSpec of(String tableName, Collection<Key> keys, GetItemOptions options) {
		BatchGetSpec spec = new BatchGetSpec();
		keys.forEach(key -> spec.get(tableName, key.hashKey(), key.rangeKey()));
		if (options.consistentRead() != null) {
			spec.consistentRead(tableName, options.consistentRead());
		}
		if (options.projection() != null) {
			spec.projection(tableName, options.projection());
		}
		return spec.returnConsumedCapacity(options.returnConsumedCapacity());
	}

	/** Reads the item with this key on a hash-only table. */
	public BatchGetSpec get(String tableName, Object hashKey) {
		return get(tableName, hashKey, null);
	}

	/** Reads the item with this key. */
	public BatchGetSpec get(String tableName, Object hashKey, Object rangeKey) {
		entries.add(new Entry(tableName, hashKey, rangeKey));
		return this;
	}

	/** Strongly consistent reads on this table. */
	public BatchGetSpec consistentRead(String tableName, boolean consistent) {
		consistentRead.put(tableName, consistent);
		return this;
	}

	/** Only these attributes from this table. */
	public BatchGetSpec projection(String tableName, Projection projection) {
		projections.put(tableName, projection);
		return this;
	}

	/** Whether to return consumed capacity (INDEXES, TOTAL, NONE). */
	public BatchGetSpec returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
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

	/** Consistent read for a table, or {@code null}. */
	public Boolean consistentRead(String tableName) {
		return consistentRead.get(tableName);
	}

	/** Projection for a table, or {@code null}. */
	public Projection projection(String tableName) {
		return projections.get(tableName);
	}

	public ReturnConsumedCapacity returnConsumedCapacity() {
		return returnConsumedCapacity;
	}

	/**
	 * One key to read.
	 *
	 * @param tableName the table
	 * @param hashKey the partition key value
	 * @param rangeKey the sort key value, or {@code null}
	 */
	public record Entry(String tableName, Object hashKey, Object rangeKey) {
	}

}
