package io.github.dynamoconnection.statement;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Options of ExecuteStatement: consistent read, page token and limit, consumed capacity, and
 * return values on a failed condition.
 */
public final class StatementOptions implements Consumer<StatementOptions.Builder> {

	private static final StatementOptions DEFAULTS = builder().build();

	private final @Nullable Boolean consistentRead;

	private final @Nullable String nextToken;

	private final @Nullable Integer limit;

	private final @Nullable ReturnConsumedCapacity returnConsumedCapacity;

	private final @Nullable ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

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

	public @Nullable Boolean consistentRead() {
		return consistentRead;
	}

	public @Nullable String nextToken() {
		return nextToken;
	}

	public @Nullable Integer limit() {
		return limit;
	}

	public @Nullable ReturnConsumedCapacity returnConsumedCapacity() {
		return returnConsumedCapacity;
	}

	public @Nullable ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure() {
		return returnValuesOnConditionCheckFailure;
	}

	/** Builder of {@link StatementOptions}. */
	public static final class Builder {

		private @Nullable Boolean consistentRead;

		private @Nullable String nextToken;

		private @Nullable Integer limit;

		private @Nullable ReturnConsumedCapacity returnConsumedCapacity;

		private @Nullable ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

		private Builder() {
		}

		/** Strongly consistent read. */
		public Builder consistentRead(@Nullable Boolean consistentRead) {
			this.consistentRead = consistentRead;
			return this;
		}

		/** Continue from a previous result's {@code nextToken()}. */
		public Builder nextToken(@Nullable String nextToken) {
			this.nextToken = nextToken;
			return this;
		}

		/** At most this many items evaluated. */
		public Builder limit(@Nullable Integer limit) {
			this.limit = limit;
			return this;
		}

		/** Whether to return consumed capacity (INDEXES, TOTAL, NONE). */
		public Builder returnConsumedCapacity(@Nullable ReturnConsumedCapacity returnConsumedCapacity) {
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
