package io.github.dynamoconnection.item;

import java.util.Map;
import java.util.function.Consumer;

import io.github.dynamoconnection.expression.Condition;
import io.github.dynamoconnection.expression.Projection;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Options of Scan: filter, projection, consistent read, exclusive start key, index, limit (per
 * page), select, segment and total segments, consumed capacity.
 */
public final class ScanOptions implements Consumer<ScanOptions.Builder> {

	private static final ScanOptions DEFAULTS = builder().build();

	private final Condition filter;

	private final Projection projection;

	private final Boolean consistentRead;

	private final Map<String, ?> exclusiveStartKey;

	private final String indexName;

	private final Integer limit;

	private final Select select;

	private final Integer segment;

	private final Integer totalSegments;

	private final ReturnConsumedCapacity returnConsumedCapacity;

	private ScanOptions(Builder builder) {
		this.filter = builder.filter;
		this.projection = builder.projection;
		this.consistentRead = builder.consistentRead;
		this.exclusiveStartKey = builder.exclusiveStartKey;
		this.indexName = builder.indexName;
		this.limit = builder.limit;
		this.select = builder.select;
		this.segment = builder.segment;
		this.totalSegments = builder.totalSegments;
		this.returnConsumedCapacity = builder.returnConsumedCapacity;
	}

	/** Options filled in by {@code options} on a new builder. */
	public static ScanOptions of(Consumer<Builder> options) {
		Builder builder = builder();
		options.accept(builder);
		return builder.build();
	}

	/** No options: DynamoDB's defaults. */
	public static ScanOptions defaults() {
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
		builder.filter(filter).projection(projection).consistentRead(consistentRead)
			.exclusiveStartKey(exclusiveStartKey).indexName(indexName).limit(limit).select(select)
			.segment(segment, totalSegments).returnConsumedCapacity(returnConsumedCapacity);
	}

	public static Builder builder() {
		return new Builder();
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

	public Select select() {
		return select;
	}

	public Integer segment() {
		return segment;
	}

	public Integer totalSegments() {
		return totalSegments;
	}

	public ReturnConsumedCapacity returnConsumedCapacity() {
		return returnConsumedCapacity;
	}

	/** Builder of {@link ScanOptions}. */
	public static final class Builder {

		private Condition filter;

		private Projection projection;

		private Boolean consistentRead;

		private Map<String, ?> exclusiveStartKey;

		private String indexName;

		private Integer limit;

		private Select select;

		private Integer segment;

		private Integer totalSegments;

		private ReturnConsumedCapacity returnConsumedCapacity;

		private Builder() {
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

		/** Scan this secondary index. */
		public Builder indexName(String indexName) {
			this.indexName = indexName;
			return this;
		}

		/** At most this many items read per page. */
		public Builder limit(Integer limit) {
			this.limit = limit;
			return this;
		}

		/** What to return: ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, SPECIFIC_ATTRIBUTES, COUNT. */
		public Builder select(Select select) {
			this.select = select;
			return this;
		}

		/** Scan only segment {@code segment} of {@code totalSegments} (both or neither). */
		public Builder segment(Integer segment, Integer totalSegments) {
			this.segment = segment;
			this.totalSegments = totalSegments;
			return this;
		}

		/** Whether to return consumed capacity (INDEXES, TOTAL, NONE). */
		public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
			this.returnConsumedCapacity = returnConsumedCapacity;
			return this;
		}

		public ScanOptions build() {
			return new ScanOptions(this);
		}

	}

}
