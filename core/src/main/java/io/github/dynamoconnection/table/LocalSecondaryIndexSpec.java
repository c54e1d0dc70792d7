package io.github.dynamoconnection.table;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A local secondary index to create: name, sort key (the partition key is the table's) and
 * projection (default ALL; both from {@link SecondaryIndexBase}). Local indexes have no capacity of
 * their own. Immutable; a built spec serves wherever a {@code Consumer<Builder>} is taken (it
 * copies all but its name onto the builder).
 */
public final class LocalSecondaryIndexSpec extends SecondaryIndexBase<LocalSecondaryIndexSpec.Builder> {

	private final @Nullable IndexKeyAttribute rangeKey;

	private LocalSecondaryIndexSpec(Builder builder) {
		super(builder, LocalSecondaryIndexSpec::builder);
		this.rangeKey = builder.rangeKey;
	}

	/** A new builder of the index named {@code indexName}. */
	public static Builder builder(String indexName) {
		return new Builder(indexName);
	}

	/** The index named {@code indexName}, filled in by {@code spec}. */
	public static LocalSecondaryIndexSpec of(String indexName, Consumer<Builder> spec) {
		return filled(builder(indexName), spec).build();
	}

	@Override
	protected void copyTo(Builder builder) {
		super.copyTo(builder);
		builder.rangeKey = rangeKey;
	}

	/** The index sort key's name, or {@code null} when none was given. */
	public @Nullable String rangeKeyName() {
		return (rangeKey != null) ? rangeKey.name() : null;
	}

	/** The index sort key's type, or {@code null} when none was given. */
	public @Nullable ScalarAttributeType rangeKeyType() {
		return (rangeKey != null) ? rangeKey.type() : null;
	}

	/** Builder of {@link LocalSecondaryIndexSpec}. */
	public static final class Builder extends SecondaryIndexBase.Builder<Builder> {

		private @Nullable IndexKeyAttribute rangeKey;

		private Builder(String indexName) {
			super(indexName);
		}

		/** Sets the index sort key. */
		public Builder rangeKey(String name, ScalarAttributeType type) {
			this.rangeKey = new IndexKeyAttribute(name, type);
			return this;
		}

		/** The spec. */
		public LocalSecondaryIndexSpec build() {
			return new LocalSecondaryIndexSpec(this);
		}

	}

}
