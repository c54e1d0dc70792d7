package io.github.dynamoconnection.item;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * What every option class and batch/transaction spec of a call shares: whether DynamoDB returns
 * the consumed capacity, and the copying steps ({@code toBuilder}, and serving as the
 * {@code Consumer<Builder>} of another call). Each level adds its settings and copies them in
 * {@link #copyTo}.
 *
 * @param <B> the builder of the concrete options
 */
public abstract class CallOptionsBase<B extends CallOptionsBase.Builder<B>> implements Consumer<B> {

	private final @Nullable ReturnConsumedCapacity returnConsumedCapacity;

	protected CallOptionsBase(Builder<?> builder) {
		this.returnConsumedCapacity = builder.returnConsumedCapacity;
	}

	/** {@code builder} after {@code filler} has filled it in. */
	protected static <B> B filled(B builder, Consumer<? super B> filler) {
		filler.accept(builder);
		return builder;
	}

	public @Nullable ReturnConsumedCapacity returnConsumedCapacity() {
		return returnConsumedCapacity;
	}

	/** A builder holding these options, to change some of them. */
	public B toBuilder() {
		return filled(newBuilder(), this);
	}

	/** Copies these options onto {@code builder}: built options serve wherever a {@code Consumer<Builder>} is taken. */
	@Override
	public void accept(B builder) {
		copyTo(builder);
	}

	/** A new, empty builder of the concrete options. */
	protected abstract B newBuilder();

	/** Copies the settings of this level onto {@code builder} (each subclass adds its own, after super's). */
	protected void copyTo(B builder) {
		builder.returnConsumedCapacity(returnConsumedCapacity);
	}

	/**
	 * The setters every options builder shares.
	 *
	 * @param <S> the concrete builder, returned by every setter
	 */
	public abstract static class Builder<S extends Builder<S>> {

		private @Nullable ReturnConsumedCapacity returnConsumedCapacity;

		protected Builder() {
		}

		/** This builder as its concrete type. */
		@SuppressWarnings("unchecked")
		protected final S self() {
			return (S) this;
		}

		/** Whether to return consumed capacity (INDEXES, TOTAL, NONE). */
		public S returnConsumedCapacity(@Nullable ReturnConsumedCapacity returnConsumedCapacity) {
			this.returnConsumedCapacity = returnConsumedCapacity;
			return self();
		}

	}

}
