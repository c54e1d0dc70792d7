package io.github.dynamoconnection.transaction;

import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.dynamoconnection.expression.Projection;
import io.github.dynamoconnection.item.Key;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The items of one {@code transactGetItems}, in order, each key a {@link Key}; the result holds one entry per item, in this order.
 */
public final class TransactGetSpec implements Consumer<TransactGetSpec.Builder> {

	private final List<Entry> entries;

	private final @Nullable ReturnConsumedCapacity returnConsumedCapacity;

	private TransactGetSpec(Builder builder) {
		this.entries = Collections.unmodifiableList(new ArrayList<>(builder.entries));
		this.returnConsumedCapacity = builder.returnConsumedCapacity;
	}

	/** A new, empty builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** A spec filled in by {@code spec} on a new builder. */
	public static TransactGetSpec of(Consumer<Builder> spec) {
		Builder builder = builder();
		spec.accept(builder);
		return builder.build();
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

	/**
	 * One item to read.
	 *
	 * @param tableName the table
	 * @param key the item's key
	 * @param projection attributes to read, or {@code null} for all
	 */
	public record Entry(String tableName, Key key, @Nullable Projection projection) {
	}

	/** Builder of {@link TransactGetSpec}. */
	public static final class Builder {
		private List<Entry> entries = new ArrayList<>();
		private @Nullable ReturnConsumedCapacity returnConsumedCapacity;

		private Builder() {
		}

		/** Reads an item. */
		public Builder get(String tableName, Key key) {
			return get(tableName, key, null);
		}

		/** Reads some attributes of an item. */
		public Builder get(String tableName, Key key, @Nullable Projection projection) {
			entries.add(new Entry(tableName, key, projection));
			return this;
		}

		/** Whether to return consumed capacity (INDEXES, TOTAL, NONE). */
		public Builder returnConsumedCapacity(@Nullable ReturnConsumedCapacity returnConsumedCapacity) {
			this.returnConsumedCapacity = returnConsumedCapacity;
			return this;
		}

		/** The spec. */
		public TransactGetSpec build() {
			return new TransactGetSpec(this);
		}

	}

}
