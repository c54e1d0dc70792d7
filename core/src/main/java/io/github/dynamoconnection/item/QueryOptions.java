package io.github.dynamoconnection.item;

import java.util.Map;
import java.util.function.Consumer;

import io.github.dynamoconnection.expression.Condition;
import io.github.dynamoconnection.expression.Projection;
import io.github.dynamoconnection.expression.RangeKeyCondition;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Options of Query: range key condition, filter, projection, consistent read, exclusive start key,
 * index, limit (per page), direction, select, consumed capacity.
 */
public final class QueryOptions implements Consumer<QueryOptions.Builder> {

	private static final QueryOptions DEFAULTS = builder().build();

	private final RangeKeyCondition rangeKeyCondition;

	private final Condition filter;

	private final Projection projection;

	private final Boolean consistentRead;

	private final Map<String, ?> exclusiveStartKey;

	private final String indexName;

	private final Integer limit;

	private final Boolean scanIndexForward;

	private final Select select;

	private final ReturnConsumedCapacity returnConsumedCapacity;

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

	public RangeKeyCondition rangeKeyCondition() {
		return rangeKeyCondition;
	}

	public Condition filter() {
		return filter;
	}

	public Projection projection() {
		return projection;
	}

	public Boolean consistentRead() {
		return consistentRead;
	}

	public Map<String, ?> exclusiveStartKey() {
		return exclusiveStartKey;
	}

	public String indexName() {
		return indexName;
	}

	public Integer limit() {
		return limit;
	}

	public Boolean scanIndexForward() {
		return scanIndexForward;
	}

	public Select select() {
		return select;
	}

	public ReturnConsumedCapacity returnConsumedCapacity() {
		return returnConsumedCapacity;
	}

	/** Builder of {@link QueryOptions}. */
	public static final class Builder {

		private RangeKeyCondition rangeKeyCondition;

		private Condition filter;

		private Projection projection;

		private Boolean consistentRead;

		private Map<String, ?> exclusiveStartKey;

		private String indexName;

		private Integer limit;

		private Boolean scanIndexForward;

		private Select select;

		private ReturnConsumedCapacity returnConsumedCapacity;

		private Builder() {
		}

		/** Condition on the sort key (of the table or the index). */
		public Builder rangeKeyCondition(RangeKeyCondition rangeKeyCondition) {
			this.rangeKeyCondition = rangeKeyCondition;
			return this;
		}

		/** Filter applied after reading (does not reduce consumed capacity). */
		public Builder filter(Condition filter) {
			this.filter = filter;
			return this;
		}

		/** Only these attributes. */
		public Builder projection(Projection projection) {
			this.projection = projection;
			return this;
		}

		/** Only these attributes (document paths allowed). */
		public Builder projection(String... attributes) {
			return projection(Projection.of(attributes));
		}

		/** Strongly consistent read (not on GSIs). */
		public Builder consistentRead(Boolean consistentRead) {
			this.consistentRead = consistentRead;
			return this;
		}

		/** Start after this key: a page's {@code lastEvaluatedKey()}, raw or as plain Java values. */
		public Builder exclusiveStartKey(Map<String, ?> exclusiveStartKey) {
			this.exclusiveStartKey = exclusiveStartKey;
			return this;
		}

		/** Query this secondary index. */
		public Builder indexName(String indexName) {
			this.indexName = indexName;
			return this;
		}

		/** At most this many items read per page. */
		public Builder limit(Integer limit) {
			this.limit = limit;
			return this;
		}

		/** {@code false} for descending sort-key order. */
		public Builder scanIndexForward(Boolean scanIndexForward) {
			this.scanIndexForward = scanIndexForward;
			return this;
		}

		/** Descending sort-key order. */
		public Builder descending() {
			return scanIndexForward(false);
		}

		/** What to return: ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, SPECIFIC_ATTRIBUTES, COUNT. */
		public Builder select(Select select) {
			this.select = select;
			return this;
		}

		/** Whether to return consumed capacity (INDEXES, TOTAL, NONE). */
		public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
			this.returnConsumedCapacity = returnConsumedCapacity;
			return this;
		}

		public QueryOptions build() {
			return new QueryOptions(this);
		}

	}

}
