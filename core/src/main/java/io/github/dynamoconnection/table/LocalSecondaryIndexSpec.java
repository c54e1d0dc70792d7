package io.github.dynamoconnection.table;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A local secondary index to create: name, sort key (the partition key is the table's) and
 * projection (default ALL). Local indexes have no capacity of their own. Immutable; a built spec
 * serves wherever a {@code Consumer<Builder>} is taken (it copies all but its name onto the builder).
 */
public final class LocalSecondaryIndexSpec implements Consumer<LocalSecondaryIndexSpec.Builder> {

	private final String indexName;

	private final @Nullable IndexKeyAttribute rangeKey;

	private final IndexProjection projection;

	private LocalSecondaryIndexSpec(Builder builder) {
		this.indexName = builder.indexName;
		this.rangeKey = builder.rangeKey;
		this.projection = builder.projection;
	}

	/** A new builder of the index named {@code indexName}. */
	public static Builder builder(String indexName) {
		return new Builder(indexName);
	}

	/** The index named {@code indexName}, filled in by {@code spec}. */
	public static LocalSecondaryIndexSpec of(String indexName, Consumer<Builder> spec) {
		Builder builder = builder(indexName);
		spec.accept(builder);
		return builder.build();
	}

	/** A builder holding this spec, to change some of it. */
	public Builder toBuilder() {
		Builder builder = builder(indexName);
		accept(builder);
		return builder;
	}

	/** Copies this spec, all but its name, onto {@code builder}. */
	@Override
	public void accept(Builder builder) {
		builder.rangeKey = rangeKey;
		builder.projection = projection;
	}

	public String indexName() {
		return indexName;
	}

	/** The index sort key's name, or {@code null} when none was given. */
	public @Nullable String rangeKeyName() {
		return (rangeKey != null) ? rangeKey.name() : null;
	}

	/** The index sort key's type, or {@code null} when none was given. */
	public @Nullable ScalarAttributeType rangeKeyType() {
		return (rangeKey != null) ? rangeKey.type() : null;
	}

	public IndexProjection projection() {
		return projection;
	}

	/** Builder of {@link LocalSecondaryIndexSpec}. */
	public static final class Builder {
		private final String indexName;
		private @Nullable IndexKeyAttribute rangeKey;
		private IndexProjection projection = IndexProjection.all();

		private Builder(String indexName) {
			this.indexName = indexName;
		}

		/** Sets the index sort key. */
		public Builder rangeKey(String name, ScalarAttributeType type) {
			this.rangeKey = new IndexKeyAttribute(name, type);
			return this;
		}

		/** Sets which attributes the index copies (default {@link IndexProjection#all()}). */
		public Builder projection(IndexProjection projection) {
			this.projection = projection;
			return this;
		}

		/** Copies only the keys. */
		public Builder projectKeysOnly() {
			return projection(IndexProjection.keysOnly());
		}

		/** Copies the keys plus the named attributes. */
		public Builder projectInclude(String... nonKeyAttributes) {
			return projection(IndexProjection.include(nonKeyAttributes));
		}

		/** The spec. */
		public LocalSecondaryIndexSpec build() {
			return new LocalSecondaryIndexSpec(this);
		}

	}

}
