package io.github.dynamoconnection.batch;

import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.item.Key;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;

/**
 * The puts and deletes of one {@code batchWriteItem}, on one or more tables, any number of them:
 * the connection splits them into requests of 25.
 */
public final class BatchWriteSpec implements Consumer<BatchWriteSpec.Builder> {

	private final List<Entry> entries;

	private final @Nullable ReturnConsumedCapacity returnConsumedCapacity;

	private final @Nullable ReturnItemCollectionMetrics returnItemCollectionMetrics;

	private BatchWriteSpec(Builder builder) {
		this.entries = Collections.unmodifiableList(new ArrayList<>(builder.entries));
		this.returnConsumedCapacity = builder.returnConsumedCapacity;
		this.returnItemCollectionMetrics = builder.returnItemCollectionMetrics;
	}

	/** A new, empty builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** A spec filled in by {@code spec} on a new builder. */
	public static BatchWriteSpec of(Consumer<Builder> spec) {
		Builder builder = builder();
		spec.accept(builder);
		return builder.build();
	}

	/** A batch of puts and deletes on one table (either collection may be null). */
	public static BatchWriteSpec of(String tableName, Collection<? extends Map<String, ?>> putItems, Collection<Key> deleteKeys) {
		Builder spec = builder();
		if (putItems != null) {
			putItems.forEach(item -> spec.put(tableName, item));
		}
		if (deleteKeys != null) {
			deleteKeys.forEach(key -> spec.delete(tableName, key));
		}
		return spec.build();
	}

	/** A builder holding this spec, to change some of it. */
	public Builder toBuilder() {
		Builder builder = new Builder();
		accept(builder);
		return builder;
	}

	/** Copies this spec onto {@code builder}: a built spec serves wherever a {@code Consumer<Builder>} is taken. */
	@Override
	public void accept(Builder builder) {
		builder.entries.clear();
		builder.entries.addAll(entries);
		builder.returnConsumedCapacity = returnConsumedCapacity;
		builder.returnItemCollectionMetrics = returnItemCollectionMetrics;
	}

	/** The table of every entry, in entry order (repeats included). */
	public List<String> tableNames() {
		return entries.stream().map(Entry::tableName).toList();
	}

	public List<Entry> entries() {
		return Collections.unmodifiableList(entries);
	}

	public @Nullable ReturnConsumedCapacity returnConsumedCapacity() {
		return returnConsumedCapacity;
	}

	public @Nullable ReturnItemCollectionMetrics returnItemCollectionMetrics() {
		return returnItemCollectionMetrics;
	}

	/**
	 * One put or delete.
	 *
	 * @param tableName the table
	 * @param item the item to put, or {@code null} for a delete
	 * @param key the key to delete, or {@code null} for a put
	 * @param put whether it is a put
	 */
	public record Entry(String tableName, @Nullable Map<String, ?> item, @Nullable Key key, boolean put) {
	}

	/** Builder of {@link BatchWriteSpec}. */
	public static final class Builder {
		private List<Entry> entries = new ArrayList<>();
		private @Nullable ReturnConsumedCapacity returnConsumedCapacity;
		private @Nullable ReturnItemCollectionMetrics returnItemCollectionMetrics;

		private Builder() {
		}

		/** Puts a whole item (its key attributes inside). */
		public Builder put(String tableName, Map<String, ?> item) {
			entries.add(new Entry(tableName, item, null, true));
			return this;
		}

		/** Puts every item. */
		public Builder putAll(String tableName, List<? extends Map<String, ?>> items) {
			items.forEach(item -> put(tableName, item));
			return this;
		}

		/** Deletes the item with this key. */
		public Builder delete(String tableName, Key key) {
			entries.add(new Entry(tableName, null, key, false));
			return this;
		}

		/** Whether to return consumed capacity (INDEXES, TOTAL, NONE). */
		public Builder returnConsumedCapacity(@Nullable ReturnConsumedCapacity returnConsumedCapacity) {
			this.returnConsumedCapacity = returnConsumedCapacity;
			return this;
		}

		/** Whether to return item collection metrics (SIZE, NONE). */
		public Builder returnItemCollectionMetrics(@Nullable ReturnItemCollectionMetrics returnItemCollectionMetrics) {
			this.returnItemCollectionMetrics = returnItemCollectionMetrics;
			return this;
		}

		/** The spec. */
		public BatchWriteSpec build() {
			return new BatchWriteSpec(this);
		}

	}

}
