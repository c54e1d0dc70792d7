package io.github.dynamoconnection.batch;

import java.util.LinkedHashMap;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.expression.Projection;
import io.github.dynamoconnection.item.GetItemOptions;
import io.github.dynamoconnection.item.Key;
import io.github.dynamoconnection.item.CallOptionsBase;
import org.jspecify.annotations.Nullable;

/**
 * The keys of one {@code batchGetItem}, on one or more tables, any number of them (the connection
 * splits them into requests of 100), with per-table consistent read and projection.
 */
public final class BatchGetSpec extends CallOptionsBase<BatchGetSpec.Builder> {

	private final List<Entry> entries;

	private final @Nullable Map<String, Boolean> consistentRead;

	private final @Nullable Map<String, Projection> projections;

	private final @Nullable Integer concurrency;

	private BatchGetSpec(Builder builder) {
		super(builder, BatchGetSpec::builder);
		this.concurrency = builder.concurrency;
		this.entries = Collections.unmodifiableList(new ArrayList<>(builder.entries));
		this.consistentRead = Collections.unmodifiableMap(new LinkedHashMap<>(builder.consistentRead));
		this.projections = Collections.unmodifiableMap(new LinkedHashMap<>(builder.projections));
	}

	/** A new, empty builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** A spec filled in by {@code spec} on a new builder. */
	public static BatchGetSpec of(Consumer<Builder> spec) {
		return built(BatchGetSpec.class, spec, BatchGetSpec::builder, Builder::build);
	}

	/** A batch of keys on one table read with the given options (consistent read, projection, consumed capacity). */
	public static BatchGetSpec of(String tableName, Collection<Key> keys, GetItemOptions options) {
		Builder spec = builder();
		keys.forEach(key -> spec.get(tableName, key));
		if (options.consistentRead() != null) {
			spec.consistentRead(tableName, options.consistentRead());
		}
		if (options.projection() != null) {
			spec.projection(tableName, options.projection());
		}
		return spec.returnConsumedCapacity(options.returnConsumedCapacity()).build();
	}

	@Override
	protected void copyTo(Builder builder) {
		super.copyTo(builder);
		builder.entries.clear();
		builder.entries.addAll(entries);
		builder.consistentRead.clear();
		builder.consistentRead.putAll(consistentRead);
		builder.projections.clear();
		builder.projections.putAll(projections);
		builder.concurrency = concurrency;
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

	/** The most requests this call keeps in flight, or {@code null} for the connection's default. */
	public @Nullable Integer concurrency() {
		return concurrency;
	}

	/**
	 * One key to read.
	 *
	 * @param tableName the table
	 * @param key the item's key
	 */
	public record Entry(String tableName, Key key) {
	}

	/** Builder of {@link BatchGetSpec}. */
	public static final class Builder extends CallOptionsBase.Builder<Builder> {
		private List<Entry> entries = new ArrayList<>();
		private Map<String, Boolean> consistentRead = new HashMap<>();
		private Map<String, Projection> projections = new HashMap<>();
		private @Nullable Integer concurrency;

		private Builder() {
		}

		/** The most requests of 100 keys this call keeps in flight (default: the connection's {@code batchConcurrency}). */
		public Builder concurrency(int concurrency) {
			this.concurrency = BatchSettings.checkConcurrency(concurrency);
			return this;
		}

		/** Reads the item with this key. */
		public Builder get(String tableName, Key key) {
			entries.add(new Entry(tableName, key));
			return this;
		}

		/** Strongly consistent reads on this table. */
		public Builder consistentRead(String tableName, boolean consistent) {
			consistentRead.put(tableName, consistent);
			return this;
		}

		/** Only these attributes from this table. */
		public Builder projection(String tableName, Projection projection) {
			projections.put(tableName, projection);
			return this;
		}

		/** The spec. */
		public BatchGetSpec build() {
			return new BatchGetSpec(this);
		}

	}

}
