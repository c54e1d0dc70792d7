package io.github.dynamoconnection.item;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * What the options of the calls that may fail a condition (PutItem, UpdateItem, DeleteItem,
 * ExecuteStatement, TransactWriteItems) share: what to return when the condition fails.
 *
 * @param <B> the builder of the concrete options
 */
public abstract class ConditionalOptionsBase<B extends ConditionalOptionsBase.Builder<B>> extends CallOptionsBase<B> {

	private final @Nullable ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

	protected ConditionalOptionsBase(Builder<?> builder, Supplier<B> newBuilder) {
		super(builder, newBuilder);
		this.returnValuesOnConditionCheckFailure = builder.returnValuesOnConditionCheckFailure;
	}

	public @Nullable ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure() {
		return returnValuesOnConditionCheckFailure;
	}

	@Override
	protected void copyTo(B builder) {
		super.copyTo(builder);
		builder.returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
	}

	/**
	 * The setter of the calls that may fail a condition.
	 *
	 * @param <S> the concrete builder
	 */
	public abstract static class Builder<S extends Builder<S>> extends CallOptionsBase.Builder<S> {

		private @Nullable ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

		protected Builder() {
		}

		/**
		 * ALL_OLD returns the item as it was when the condition failed: in the
		 * ConditionalCheckFailedException, or in a transaction's cancellation reason (every item).
		 */
		public S returnValuesOnConditionCheckFailure(@Nullable ReturnValuesOnConditionCheckFailure returnValues) {
			this.returnValuesOnConditionCheckFailure = returnValues;
			return self();
		}

	}

}
