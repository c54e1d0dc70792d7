package io.github.dynamoconnection.batch;

import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;

import io.github.dynamoconnection.item.Key;
import io.github.dynamoconnection.item.CallOptionsBase;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;

/**
 * The puts and deletes of one {@code batchWriteItem}, on one or more tables, any number of them:
 * the connection reads them in order, converting, checking and sending them 25 at a time with at
 * most {@link #concurrency()} requests in flight. Items given as an {@link Iterable} or a
 * {@link Stream} ({@link Builder#putAll(String, Iterable)}) are read only as requests go out, so a
 * load of any size holds a bounded number of items. With more than one request in flight, the
 * order in which requests apply is not defined: two writes of one key in different requests of 25
 * may end with either (DynamoDB itself refuses them within one request).
 */
public final class BatchWriteSpec extends CallOptionsBase<BatchWriteSpec.Builder> {

	/** One representation for every entry: sources read in order; a single put or delete is a source of one. */
	private final List<Iterable<Entry>> parts;

	private final Set<String> tables;

	private final boolean replayable;

	private final @Nullable Integer concurrency;

	private final @Nullable ReturnItemCollectionMetrics returnItemCollectionMetrics;

	private BatchWriteSpec(Builder builder) {
		super(builder, BatchWriteSpec::builder);
		this.parts = List.copyOf(builder.parts);
		this.tables = Collections.unmodifiableSet(new LinkedHashSet<>(builder.tables));
		this.replayable = builder.replayable;
		this.concurrency = builder.concurrency;
		this.returnItemCollectionMetrics = builder.returnItemCollectionMetrics;
	}

	/** A new, empty builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** A spec filled in by {@code spec} on a new builder. */
	public static BatchWriteSpec of(Consumer<Builder> spec) {
		return built(BatchWriteSpec.class, spec, BatchWriteSpec::builder, Builder::build);
	}

	/** A batch of puts and deletes on one table (either collection may be null). */
	public static BatchWriteSpec of(String tableName, Collection<? extends Map<String, ?>> putItems, Collection<Key> deleteKeys) {
		Builder spec = builder();
		if (putItems != null && !putItems.isEmpty()) {
			spec.putAll(tableName, putItems);
		}
		if (deleteKeys != null) {
			deleteKeys.forEach(key -> spec.delete(tableName, key));
		}
		return spec.build();
	}

	@Override
	protected void copyTo(Builder builder) {
		super.copyTo(builder);
		builder.parts.clear();
		builder.parts.addAll(parts);
		builder.tables.clear();
		builder.tables.addAll(tables);
		builder.replayable = replayable;
		builder.concurrency = concurrency;
		builder.returnItemCollectionMetrics = returnItemCollectionMetrics;
	}

	/** Every table the entries write to, in the order first given. */
	public List<String> tableNames() {
		return List.copyOf(tables);
	}

	/**
	 * Every entry, in order, as a list: items given lazily are read to their end (and a
	 * {@link Stream} is used up). The connection reads {@link #entrySequence()} instead.
	 */
	public List<Entry> entries() {
		List<Entry> all = new ArrayList<>();
		entrySequence().forEach(all::add);
		return Collections.unmodifiableList(all);
	}

	/** Every entry, in order, read lazily as the returned iterable's iterator advances. */
	public Iterable<Entry> entrySequence() {
		// a hand-written concatenation: Stream.flatMap(..).iterator() would buffer a whole lazy part
		return () -> new Iterator<>() {
			private final Iterator<Iterable<Entry>> next = parts.iterator();

			private Iterator<Entry> current = Collections.emptyIterator();

			@Override
			public boolean hasNext() {
				while (!current.hasNext() && next.hasNext()) {
					current = next.next().iterator();
				}
				return current.hasNext();
			}

			@Override
			public Entry next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return current.next();
			}
		};
	}

	/** Whether no entry was given at all (items given lazily count as given, even when they turn out to be none). */
	public boolean isEmpty() {
		return parts.isEmpty();
	}

	/** Whether {@link #entrySequence()} can be read more than once (false once a {@link Stream} was given). */
	public boolean replayable() {
		return replayable;
	}

	/** The most requests this call keeps in flight, or {@code null} for the connection's default. */
	public @Nullable Integer concurrency() {
		return concurrency;
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
	public static final class Builder extends CallOptionsBase.Builder<Builder> {
		private final List<Iterable<Entry>> parts = new ArrayList<>();
		private final Set<String> tables = new LinkedHashSet<>();
		private boolean replayable = true;
		private @Nullable Integer concurrency;
		private @Nullable ReturnItemCollectionMetrics returnItemCollectionMetrics;

		private Builder() {
		}

		/** Puts a whole item (its key attributes inside). */
		public Builder put(String tableName, Map<String, ?> item) {
			return add(new Entry(tableName, item, null, true));
		}

		/**
		 * Puts every item, read only as the batch is sent (not when building): a lazy
		 * {@link Iterable} keeps the load's memory bounded.
		 */
		public Builder putAll(String tableName, Iterable<? extends Map<String, ?>> items) {
			if (items == null) {
				throw new IllegalArgumentException("putAll(" + tableName + "): items must not be null");
			}
			tables.add(tableName);
			parts.add(() -> new Iterator<>() {
				private final Iterator<? extends Map<String, ?>> source = items.iterator();

				@Override
				public boolean hasNext() {
					return source.hasNext();
				}

				@Override
				public Entry next() {
					return new Entry(tableName, source.next(), null, true);
				}
			});
			return this;
		}

		/** Puts every item of the stream, read only as the batch is sent; the spec can then be sent once. */
		public Builder putAll(String tableName, Stream<? extends Map<String, ?>> items) {
			if (items == null) {
				throw new IllegalArgumentException("putAll(" + tableName + "): items must not be null");
			}
			replayable = false;
			Iterator<Map<String, ?>> once = items.<Map<String, ?>>map(item -> item).iterator();
			return putAll(tableName, () -> once);
		}

		/** Deletes the item with this key. */
		public Builder delete(String tableName, Key key) {
			return add(new Entry(tableName, null, key, false));
		}

		/**
		 * The most requests this call keeps in flight (default: the connection's
		 * {@code batchConcurrency}); 1 sends one request at a time, in entry order.
		 */
		public Builder concurrency(int concurrency) {
			this.concurrency = BatchSettings.checkConcurrency(concurrency);
			return this;
		}

		private Builder add(Entry entry) {
			tables.add(entry.tableName());
			parts.add(List.of(entry));
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
