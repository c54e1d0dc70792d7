package io.github.dynamoconnection.statement;

import java.util.function.Consumer;

import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Options of ExecuteStatement: consistent read, page token and limit, consumed capacity, and
 * return values on a failed condition.
 */
public final class StatementOptions implements Consumer<StatementOptions.Builder> {

	private static final StatementOptions DEFAULTS = builder().build();

	private final Boolean consistentRead;

	private final String nextToken;

	private final Integer limit;

	private final ReturnConsumedCapacity returnConsumedCapacity;

	private final ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

	private StatementOptions(Builder builder) {
		this.consistentRead = builder.consistentRead;
		this.nextToken = builder.nextToken;
		this.limit = builder.limit;
		this.returnConsumedCapacity = builder.returnConsumedCapacity;
		this.returnValuesOnConditionCheckFailure = builder.returnValuesOnConditionCheckFailure;
	}

	/** Options filled in by {@code options} on a new builder. */
	public static StatementOptions of(Consumer<Builder> options) {
		Builder builder = builder();
		options.accept(builder);
		return builder.build();
	}

	/** No options. */
	public static StatementOptions defaults() {
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
		builder.consistentRead(consistentRead).nextToken(nextToken).limit(limit)
			.returnConsumedCapacity(returnConsumedCapacity)
			.returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
	}

	public static Builder builder() {
		return new Builder();
	}

	public Boolean consistentRead() {
		return consistentRead;
	}

	public String nextToken() {
		return nextToken;
	}

	public Integer limit() {
		return limit;
	}

	public ReturnConsumedCapacity returnConsumedCapacity() {
		return returnConsumedCapacity;
	}

	public ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure() {
		return returnValuesOnConditionCheckFailure;
	}

	/** Builder of {@link StatementOptions}. */
	public static final class Builder {

		private Boolean consistentRead;

		private String nextToken;

		private Integer limit;

		private ReturnConsumedCapacity returnConsumedCapacity;

		private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

		private Builder() {
		}

		/** Strongly consistent read. */
		public Builder consistentRead(Boolean consistentRead) {
			this.consistentRead = consistentRead;
			return this;
		}

		/** Continue from a previous result's {@code nextToken()}. */
		public Builder nextToken(String nextToken) {
			this.nextToken = nextToken;
			return this;
		}

		/** At most this many items evaluated. */
		public Builder limit(Integer limit) {
			this.limit = limit;
			return this;
		}

		/** Whether to return consumed capacity (INDEXES, TOTAL, NONE). */
		public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
			this.returnConsumedCapacity = returnConsumedCapacity;
			return this;
		}

		/** ALL_OLD puts the current item into the ConditionalCheckFailedException. */
		public Builder returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure returnValues) {
			this.returnValuesOnConditionCheckFailure = returnValues;
			return this;
		}

		public StatementOptions build() {
			return new StatementOptions(this);
		}

	}

}
