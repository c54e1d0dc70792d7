package io.github.dynamoconnection.table;

import java.util.function.Function;

import io.github.dynamoconnection.spec.SpecBase;

/**
 * What both secondary index specs share: the name and which attributes the index copies
 * ({@link IndexProjection}, default ALL). As the {@code Consumer<Builder>} of another index (see
 * {@link SpecBase}) a built spec copies all but its name.
 *
 * @param <B> the builder of the concrete spec
 */
public abstract class SecondaryIndexBase<B extends SecondaryIndexBase.Builder<B>> extends SpecBase<B> {

	private final String indexName;

	private final IndexProjection projection;

	/**
	 * The spec {@code builder} holds.
	 * @param builder the filled builder
	 * @param newBuilder makes a new builder of an index of the given name
	 */
	protected SecondaryIndexBase(Builder<?> builder, Function<String, B> newBuilder) {
		super(() -> newBuilder.apply(builder.indexName));
		this.indexName = builder.indexName;
		this.projection = builder.projection;
	}

	public String indexName() {
		return indexName;
	}

	public IndexProjection projection() {
		return projection;
	}

	@Override
	protected void copyTo(B builder) {
		builder.projection(projection);
	}

	/**
	 * The name and the projection steps both index builders share.
	 *
	 * @param <S> the concrete builder
	 */
	public abstract static class Builder<S extends Builder<S>> extends SpecBase.Builder<S> {

		private final String indexName;

		private IndexProjection projection = IndexProjection.all();

		protected Builder(String indexName) {
			this.indexName = indexName;
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
