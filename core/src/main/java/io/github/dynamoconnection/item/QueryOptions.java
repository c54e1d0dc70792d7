package io.github.dynamoconnection.item;

import java.util.function.Consumer;

import io.github.dynamoconnection.expression.RangeKeyCondition;
import org.jspecify.annotations.Nullable;

/**
 * Options of Query: range key condition and direction, plus the paged-read options of
 * {@link PagedReadOptionsBase} (filter, projection, consistent read, exclusive start key, index,
 * limit per page, select, consumed capacity). Immutable.
 */
public final class QueryOptions extends PagedReadOptionsBase<QueryOptions.Builder> {

	private static final QueryOptions DEFAULTS = builder().build();

	private final @Nullable RangeKeyCondition rangeKeyCondition;

	private final @Nullable Boolean scanIndexForward;

	private QueryOptions(Builder builder) {
		super(builder, QueryOptions::builder);
		this.rangeKeyCondition = builder.rangeKeyCondition;
		this.scanIndexForward = builder.scanIndexForward;
	}

	/** Options filled in by {@code options} on a new builder. */
	public static QueryOptions of(Consumer<Builder> options) {
		return built(QueryOptions.class, options, QueryOptions::builder, Builder::build);
	}

	/** No options: DynamoDB's defaults. */
	public static QueryOptions defaults() {
		return DEFAULTS;
	}

	public static Builder builder() {
		return new Builder();
	}

	@Override
	protected void copyTo(Builder builder) {
		super.copyTo(builder);
		builder.rangeKeyCondition(rangeKeyCondition).scanIndexForward(scanIndexForward);
	}

	public @Nullable RangeKeyCondition rangeKeyCondition() {
		return rangeKeyCondition;
	}

	public @Nullable Boolean scanIndexForward() {
		return scanIndexForward;
	}

	/** Builder of {@link QueryOptions}. */
	public static final class Builder extends PagedReadOptionsBase.Builder<Builder> {

		private @Nullable RangeKeyCondition rangeKeyCondition;

		private @Nullable Boolean scanIndexForward;

		private Builder() {
		}

		/** Condition on the sort key (of the table or the index). */
		public Builder rangeKeyCondition(@Nullable RangeKeyCondition rangeKeyCondition) {
			this.rangeKeyCondition = rangeKeyCondition;
			return this;
		}

		/** {@code false} for descending sort-key order. */
		public Builder scanIndexForward(@Nullable Boolean scanIndexForward) {
			this.scanIndexForward = scanIndexForward;
			return this;
		}

		/** Descending sort-key order. */
		public Builder descending() {
			return scanIndexForward(false);
		}

		public QueryOptions build() {
			return new QueryOptions(this);
		}

	}

}
