package io.github.dynamoconnection.item;

import java.util.function.Supplier;

import io.github.dynamoconnection.expression.Projection;
import org.jspecify.annotations.Nullable;

/**
 * What the options of every read (GetItem, Query, Scan) share: consistent read and projection.
 *
 * @param <B> the builder of the concrete options
 */
public abstract class ReadOptionsBase<B extends ReadOptionsBase.Builder<B>> extends CallOptionsBase<B> {

	private final @Nullable Boolean consistentRead;

	private final @Nullable Projection projection;

	protected ReadOptionsBase(Builder<?> builder, Supplier<B> newBuilder) {
		super(builder, newBuilder);
		this.consistentRead = builder.consistentRead;
		this.projection = builder.projection;
	}

	public @Nullable Boolean consistentRead() {
		return consistentRead;
	}

	public @Nullable Projection projection() {
		return projection;
	}

	/** Copies the read settings, and those every call shares, onto {@code builder}. */
	@Override
	protected void copyTo(B builder) {
		super.copyTo(builder);
		builder.consistentRead(consistentRead).projection(projection);
	}

	/**
	 * The setters of every read's options.
	 *
	 * @param <S> the concrete builder
	 */
	public abstract static class Builder<S extends Builder<S>> extends CallOptionsBase.Builder<S> {

		private @Nullable Boolean consistentRead;

		private @Nullable Projection projection;

		protected Builder() {
		}

		/** Strongly consistent read (not on global secondary indexes). */
		public S consistentRead(@Nullable Boolean consistentRead) {
			this.consistentRead = consistentRead;
			return self();
		}

		/** Only these attributes. */
		public S projection(@Nullable Projection projection) {
			this.projection = projection;
			return self();
		}

		/** Only these attributes (document paths allowed). */
		public S projection(String... attributes) {
			return projection(Projection.of(attributes));
		}

	}

}
