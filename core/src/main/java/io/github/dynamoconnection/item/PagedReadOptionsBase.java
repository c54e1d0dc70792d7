package io.github.dynamoconnection.item;

import java.util.Map;
import java.util.function.Supplier;

import io.github.dynamoconnection.expression.Condition;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * What the options of the paged reads (Query, Scan) share: filter, exclusive start key, index,
 * limit (per page) and select.
 *
 * @param <B> the builder of the concrete options
 */
public abstract class PagedReadOptionsBase<B extends PagedReadOptionsBase.Builder<B>> extends ReadOptionsBase<B> {

	private final @Nullable Condition filter;

	private final @Nullable Map<String, ?> exclusiveStartKey;

	private final @Nullable String indexName;

	private final @Nullable Integer limit;

	private final @Nullable Select select;

	protected PagedReadOptionsBase(Builder<?> builder, Supplier<B> newBuilder) {
		super(builder, newBuilder);
		this.filter = builder.filter;
		this.exclusiveStartKey = builder.exclusiveStartKey;
		this.indexName = builder.indexName;
		this.limit = builder.limit;
		this.select = builder.select;
	}

	public @Nullable Condition filter() {
		return filter;
	}

	public @Nullable Map<String, ?> exclusiveStartKey() {
		return exclusiveStartKey;
	}

	public @Nullable String indexName() {
		return indexName;
	}

	public @Nullable Integer limit() {
		return limit;
	}

	public @Nullable Select select() {
		return select;
	}

	/** Copies the paged-read settings, and the read ones, onto {@code builder}. */
	@Override
	protected void copyTo(B builder) {
		super.copyTo(builder);
		builder.filter(filter).exclusiveStartKey(exclusiveStartKey).indexName(indexName).limit(limit).select(select);
	}

	/**
	 * The setters of the paged reads' options.
	 *
	 * @param <S> the concrete builder
	 */
	public abstract static class Builder<S extends Builder<S>> extends ReadOptionsBase.Builder<S> {

		private @Nullable Condition filter;

		private @Nullable Map<String, ?> exclusiveStartKey;

		private @Nullable String indexName;

		private @Nullable Integer limit;

		private @Nullable Select select;

		protected Builder() {
		}

		/** Filter applied after reading (does not reduce consumed capacity). */
		public S filter(@Nullable Condition filter) {
			this.filter = filter;
			return self();
		}

		/** Start after this key: a page's {@code lastEvaluatedKey()}, raw or as plain Java values. */
		public S exclusiveStartKey(@Nullable Map<String, ?> exclusiveStartKey) {
			this.exclusiveStartKey = exclusiveStartKey;
			return self();
		}

		/** Read this secondary index instead of the table. */
		public S indexName(@Nullable String indexName) {
			this.indexName = indexName;
			return self();
		}

		/** At most this many items read per page. */
		public S limit(@Nullable Integer limit) {
			this.limit = limit;
			return self();
		}

		/** What to return: ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, SPECIFIC_ATTRIBUTES, COUNT. */
		public S select(@Nullable Select select) {
			this.select = select;
			return self();
		}

	}

}
