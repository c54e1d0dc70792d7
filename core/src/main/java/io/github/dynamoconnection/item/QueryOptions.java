package io.github.dynamoconnection.item;

import java.util.Map;
import java.util.function.Consumer;

import io.github.dynamoconnection.expression.Condition;
import io.github.dynamoconnection.expression.Projection;
import io.github.dynamoconnection.expression.RangeKeyCondition;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Options of Query: range key condition, filter, projection, consistent read, exclusive start key,
 * index, limit (per page), direction, select, consumed capacity.
 */
public final class QueryOptions implements Consumer<QueryOptions.Builder> {

	private static final QueryOptions DEFAULTS = builder().build();

	private final @Nullable RangeKeyCondition rangeKeyCondition;

	private final @Nullable Condition filter;

	private final @Nullable Projection projection;

	private final @Nullable Boolean consistentRead;

	private final @Nullable Map<String, ?> exclusiveStartKey;

	private final @Nullable String indexName;

	private final @Nullable Integer limit;

	private final @Nullable Boolean scanIndexForward;

	private final @Nullable Select select;

	private final @Nullable ReturnConsumedCapacity returnConsumedCapacity;

	private QueryOptions(Builder builder) {
		this.rangeKeyCondition = builder.rangeKeyCondition;
		this.filter = builder.filter;
		this.projection = builder.projection;
		this.consistentRead = builder.consistentRead;
		this.exclusiveStartKey = builder.exclusiveStartKey;
		this.indexName = builder.indexName;
		this.limit = builder.limit;
		this.scanIndexForward = builder.scanIndexForward;
		this.select = builder.select;
		this.returnConsumedCapacity = builder.returnConsumedCapacity;
	}

	/** Options filled in by {@code options} on a new builder. */
	public static QueryOptions of(Consumer<Builder> options) {
		Builder builder = builder();
		options.accept(builder);
		return builder.build();
	}

	/** No options: DynamoDB's defaults. */
	public static QueryOptions defaults() {
		return DEFAULTS;
	}

	/** A builder holding these options, to change some of them. */
	public Builder toBuilder() {
		Builder builder = new Builder();
		accept(builder);
		return builder;
	}

	/** Copies these options onto {@code builder}: built options serve wherever a {@code Consumer<Builder>} is taken. */
	@Override
	public void accept(Builder builder) {
		builder.rangeKeyCondition(rangeKeyCondition).filter(filter).projection(projection)
			.consistentRead(consistentRead).exclusiveStartKey(exclusiveStartKey).indexName(indexName).limit(limit)
			.scanIndexForward(scanIndexForward).select(select).returnConsumedCapacity(returnConsumedCapacity);
	}

	public static Builder builder() {
		return new Builder();
	}

	public @Nullable RangeKeyCondition rangeKeyCondition() {
		return rangeKeyCondition;
	}

	public @Nullable Condition filter() {
		return filter;
	}

	public @Nullable Projection projection() {
		return projection;
	}

	public @Nullable Boolean consistentRead() {
		return consistentRead;
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

	public @Nullable Boolean scanIndexForward() {
		return scanIndexForward;
	}

	public @Nullable Select select() {
		return select;
	}

	public @Nullable ReturnConsumedCapacity returnConsumedCapacity() {
		return returnConsumedCapacity;
	}

	/** Builder of {@link QueryOptions}. */
	public static final class Builder {

		private @Nullable RangeKeyCondition rangeKeyCondition;

		private @Nullable Condition filter;

		private @Nullable Projection projection;

		private @Nullable Boolean consistentRead;

		private @Nullable Map<String, ?> exclusiveStartKey;

		private @Nullable String indexName;

		private @Nullable Integer limit;

		private @Nullable Boolean scanIndexForward;

		private @Nullable Select select;

		private @Nullable ReturnConsumedCapacity returnConsumedCapacity;

		private Builder() {
		}

		/** Condition on the sort key (of the table or the index). */
		public Builder rangeKeyCondition(@Nullable RangeKeyCondition rangeKeyCondition) {
			this.rangeKeyCondition = rangeKeyCondition;
			return this;
		}

		/** Filter applied after reading (does not reduce consumed capacity). */
		public Builder filter(@Nullable Condition filter) {
			this.filter = filter;
			return this;
		}

		/** Only these attributes. */
		public Builder projection(@Nullable Projection projection) {
			this.projection = projection;
			return this;
		}

		/** Only these attributes (document paths allowed). */
		public Builder projection(String... attributes) {
			return projection(Projection.of(attributes));
		}

		/** Strongly consistent read (not on GSIs). */
		public Builder consistentRead(@Nullable Boolean consistentRead) {
			this.consistentRead = consistentRead;
			return this;
		}

		/** Start after this key: a page's {@code lastEvaluatedKey()}, raw or as plain Java values. */
		public Builder exclusiveStartKey(@Nullable Map<String, ?> exclusiveStartKey) {
			this.exclusiveStartKey = exclusiveStartKey;
			return this;
		}

		/** Query this secondary index. */
		public Builder indexName(@Nullable String indexName) {
			this.indexName = indexName;
			return this;
		}

		/** At most this many items read per page. */
		public Builder limit(@Nullable Integer limit) {
			this.limit = limit;
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

		/** What to return: ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, SPECIFIC_ATTRIBUTES, COUNT. */
		public Builder select(@Nullable Select select) {
			this.select = select;
			return this;
		}

		/** Whether to return consumed capacity (INDEXES, TOTAL, NONE). */
		public Builder returnConsumedCapacity(@Nullable ReturnConsumedCapacity returnConsumedCapacity) {
			this.returnConsumedCapacity = returnConsumedCapacity;
			return this;
		}

		public QueryOptions build() {
			return new QueryOptions(this);
		}

	}

}
