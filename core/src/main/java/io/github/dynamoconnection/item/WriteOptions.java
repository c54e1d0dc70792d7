package io.github.dynamoconnection.item;

import java.util.function.Consumer;

import io.github.dynamoconnection.expression.Condition;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Options of PutItem, UpdateItem and DeleteItem: condition, return values (also on a failed
 * condition), consumed capacity, item collection metrics.
 */
public final class WriteOptions implements Consumer<WriteOptions.Builder> {

	private static final WriteOptions DEFAULTS = builder().build();

	private final Condition condition;

	private final ReturnValue returnValues;

	private final ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

	private final ReturnConsumedCapacity returnConsumedCapacity;

	private final ReturnItemCollectionMetrics returnItemCollectionMetrics;

	private WriteOptions(Builder builder) {
		this.condition = builder.condition;
		this.returnValues = builder.returnValues;
		this.returnValuesOnConditionCheckFailure = builder.returnValuesOnConditionCheckFailure;
		this.returnConsumedCapacity = builder.returnConsumedCapacity;
		this.returnItemCollectionMetrics = builder.returnItemCollectionMetrics;
	}

	/** Options filled in by {@code options} on a new builder. */
	public static WriteOptions of(Consumer<Builder> options) {
		Builder builder = builder();
		options.accept(builder);
		return builder.build();
	}

	/** No options: DynamoDB's defaults. */
	public static WriteOptions defaults() {
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
		builder.condition(condition).returnValues(returnValues)
			.returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure)
			.returnConsumedCapacity(returnConsumedCapacity).returnItemCollectionMetrics(returnItemCollectionMetrics);
	}

	public static Builder builder() {
		return new Builder();
	}

	public Condition condition() {
		return condition;
	}

	public ReturnValue returnValues() {
		return returnValues;
	}

	public ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure() {
		return returnValuesOnConditionCheckFailure;
	}

	public ReturnConsumedCapacity returnConsumedCapacity() {
		return returnConsumedCapacity;
	}

	public ReturnItemCollectionMetrics returnItemCollectionMetrics() {
		return returnItemCollectionMetrics;
	}

	/** Builder of {@link WriteOptions}. */
	public static final class Builder {

		private Condition condition;

		private ReturnValue returnValues;

		private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

		private ReturnConsumedCapacity returnConsumedCapacity;

		private ReturnItemCollectionMetrics returnItemCollectionMetrics;

		private Builder() {
		}

		/** The write happens only if this condition holds. */
		public Builder condition(Condition condition) {
			this.condition = condition;
			return this;
		}

		/** Which attributes to return (DeleteItem accepts only NONE and ALL_OLD). */
		public Builder returnValues(ReturnValue returnValues) {
			this.returnValues = returnValues;
			return this;
		}

		/** ALL_OLD puts the item as it was into the ConditionalCheckFailedException. */
		public Builder returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure returnValues) {
			this.returnValuesOnConditionCheckFailure = returnValues;
			return this;
		}

		/** Whether to return consumed capacity (INDEXES, TOTAL, NONE). */
		public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
			this.returnConsumedCapacity = returnConsumedCapacity;
			return this;
		}

		/** Whether to return item collection metrics (SIZE, NONE). */
		public Builder returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
			this.returnItemCollectionMetrics = returnItemCollectionMetrics;
			return this;
		}

		public WriteOptions build() {
			return new WriteOptions(this);
		}

	}

}
