package io.github.dynamoconnection.transaction;

import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.dynamoconnection.expression.Projection;
import io.github.dynamoconnection.item.Key;
import io.github.dynamoconnection.item.CallOptionsBase;
import org.jspecify.annotations.Nullable;

/**
 * The items of one {@code transactGetItems}, in order, each key a {@link Key}; the result holds one entry per item, in this order.
 */
public final class TransactGetSpec extends CallOptionsBase<TransactGetSpec.Builder> {

	private final List<Entry> entries;

	private TransactGetSpec(Builder builder) {
		super(builder, TransactGetSpec::builder);
		this.entries = Collections.unmodifiableList(new ArrayList<>(builder.entries));
	}

	/** A new, empty builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** A spec filled in by {@code spec} on a new builder. */
	public static TransactGetSpec of(Consumer<Builder> spec) {
		return built(TransactGetSpec.class, spec, TransactGetSpec::builder, Builder::build);
	}

	@Override
	protected void copyTo(Builder builder) {
		super.copyTo(builder);
		builder.entries.clear();
		builder.entries.addAll(entries);
	}

	/** The table of every entry, in entry order (repeats included). */
	public List<String> tableNames() {
		return entries.stream().map(Entry::tableName).toList();
	}

	public List<Entry> entries() {
		return Collections.unmodifiableList(entries);
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
	public static final class Builder extends CallOptionsBase.Builder<Builder> {
		private List<Entry> entries = new ArrayList<>();

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

		/** The spec. */
		public TransactGetSpec build() {
			return new TransactGetSpec(this);
		}

	}

}
