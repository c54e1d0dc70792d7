package io.github.dynamoconnection.table;

import java.util.function.Consumer;

/**
 * What both secondary index specs share: the name, which attributes the index copies
 * ({@link IndexProjection}, default ALL), and the building steps: {@code toBuilder()}, and serving
 * as the {@code Consumer<Builder>} of another index (copying all but the name).
 *
 * @param <B> the builder of the concrete spec
 */
public abstract class SecondaryIndexBase<B extends SecondaryIndexBase.Builder<B>> implements Consumer<B> {

	private final String indexName;

	private final IndexProjection projection;

	protected SecondaryIndexBase(Builder<?> builder) {
		this.indexName = builder.indexName;
		this.projection = builder.projection;
	}

	/** {@code builder} after {@code filler} has filled it in. */
	protected static <B> B filled(B builder, Consumer<? super B> filler) {
		filler.accept(builder);
		return builder;
	}

	public String indexName() {
		return indexName;
	}

	public IndexProjection projection() {
		return projection;
	}

	/** A builder holding this spec, to change some of it. */
	public B toBuilder() {
		return filled(newBuilder(indexName), this);
	}

	/** Copies this spec, all but its name, onto {@code builder}. */
	@Override
	public void accept(B builder) {
		copyTo(builder);
	}

	/** A new, empty builder of the concrete spec. */
	protected abstract B newBuilder(String indexName);

	/** Copies this level's settings onto {@code builder} (each subclass adds its own, after super's). */
	protected void copyTo(B builder) {
		builder.projection(projection);
	}

	/**
	 * The name and the projection steps both index builders share.
	 *
	 * @param <S> the concrete builder
	 */
	public abstract static class Builder<S extends Builder<S>> {

		private final String indexName;

		private IndexProjection projection = IndexProjection.all();

		protected Builder(String indexName) {
			this.indexName = indexName;
		}

		/** This builder as its concrete type. */
		@SuppressWarnings("unchecked")
		protected final S self() {
			return (S) this;
		}

		/** Sets which attributes the index copies (default {@link IndexProjection#all()}). */
		public S projection(IndexProjection projection) {
			this.projection = projection;
			return self();
		}

		/** Copies only the keys. */
		public S projectKeysOnly() {
			return projection(IndexProjection.keysOnly());
		}

		/** Copies the keys plus the named attributes. */
		public S projectInclude(String... nonKeyAttributes) {
			return projection(IndexProjection.include(nonKeyAttributes));
		}

	}

}
