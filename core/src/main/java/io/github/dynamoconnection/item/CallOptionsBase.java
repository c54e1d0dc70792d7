package io.github.dynamoconnection.item;

import java.util.function.Supplier;

import io.github.dynamoconnection.spec.SpecBase;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * What every option class and batch/transaction spec of a call shares: whether DynamoDB returns
 * the consumed capacity (the copying steps come from {@link SpecBase}).
 *
 * @param <B> the builder of the concrete options
 */
public abstract class CallOptionsBase<B extends CallOptionsBase.Builder<B>> extends SpecBase<B> {

	private final @Nullable ReturnConsumedCapacity returnConsumedCapacity;

	protected CallOptionsBase(Builder<?> builder, Supplier<B> newBuilder) {
		super(newBuilder);
		this.returnConsumedCapacity = builder.returnConsumedCapacity;
	}

	public @Nullable ReturnConsumedCapacity returnConsumedCapacity() {
		return returnConsumedCapacity;
	}

	@Override
	protected void copyTo(B builder) {
		builder.returnConsumedCapacity(returnConsumedCapacity);
	}

	/**
	 * The setters every options builder shares.
	 *
	 * @param <S> the concrete builder, returned by every setter
	 */
	public abstract static class Builder<S extends Builder<S>> extends SpecBase.Builder<S> {

		private @Nullable ReturnConsumedCapacity returnConsumedCapacity;

		protected Builder() {
		}

		/** Whether to return consumed capacity (INDEXES, TOTAL, NONE). */
		public S returnConsumedCapacity(@Nullable ReturnConsumedCapacity returnConsumedCapacity) {
			this.returnConsumedCapacity = returnConsumedCapacity;
			return self();
		}

	}

}
