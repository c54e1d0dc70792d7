package io.github.dynamoconnection.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A global secondary index to create: name, partition key, optional sort key, projection (default
 * ALL) and, for PROVISIONED tables, capacity (default: the table's). Like DynamoDB, the partition
 * key and the sort key may each have up to {@value #MAX_KEY_ATTRIBUTES} attributes: call
 * {@link Builder#hashKey} and {@link Builder#rangeKey} once per attribute, in key order.
 * <pre>{@code
 * gsi.hashKey("tenant", S).hashKey("region", S).rangeKey("year", N).rangeKey("month", N)
 * }</pre>
 * Immutable; a built spec serves wherever a {@code Consumer<Builder>} is taken (it copies all but
 * its name onto the builder).
 */
public final class GlobalSecondaryIndexSpec implements Consumer<GlobalSecondaryIndexSpec.Builder> {

	/** Most attributes a global index's partition key, or its sort key, may have. */
	public static final int MAX_KEY_ATTRIBUTES = 4;

	private final String indexName;

	private final List<IndexKeyAttribute> hashKeys;

	private final List<IndexKeyAttribute> rangeKeys;

	private final IndexProjection projection;

	private final @Nullable Long readCapacityUnits;

	private final @Nullable Long writeCapacityUnits;

	private GlobalSecondaryIndexSpec(Builder builder) {
		this.indexName = builder.indexName;
		this.hashKeys = List.copyOf(builder.hashKeys);
		this.rangeKeys = List.copyOf(builder.rangeKeys);
		this.projection = builder.projection;
		this.readCapacityUnits = builder.readCapacityUnits;
		this.writeCapacityUnits = builder.writeCapacityUnits;
	}

	/** A new builder of the index named {@code indexName}. */
	public static Builder builder(String indexName) {
		return new Builder(indexName);
	}

	/** The index named {@code indexName}, filled in by {@code spec}. */
	public static GlobalSecondaryIndexSpec of(String indexName, Consumer<Builder> spec) {
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
		builder.hashKeys.clear();
		builder.hashKeys.addAll(hashKeys);
		builder.rangeKeys.clear();
		builder.rangeKeys.addAll(rangeKeys);
		builder.projection = projection;
		builder.readCapacityUnits = readCapacityUnits;
		builder.writeCapacityUnits = writeCapacityUnits;
	}

	public String indexName() {
		return indexName;
	}

	/** The partition key attributes in order (empty when none was given). */
	public List<IndexKeyAttribute> hashKeys() {
		return hashKeys;
	}

	/** The sort key attributes in order (empty without a sort key). */
	public List<IndexKeyAttribute> rangeKeys() {
		return rangeKeys;
	}

	/** The first partition key attribute's name, or {@code null}. */
	public @Nullable String hashKeyName() {
		return hashKeys.isEmpty() ? null : hashKeys.get(0).name();
	}

	/** The first partition key attribute's type, or {@code null}. */
	public @Nullable ScalarAttributeType hashKeyType() {
		return hashKeys.isEmpty() ? null : hashKeys.get(0).type();
	}

	/** The first sort key attribute's name, or {@code null}. */
	public @Nullable String rangeKeyName() {
		return rangeKeys.isEmpty() ? null : rangeKeys.get(0).name();
	}

	/** The first sort key attribute's type, or {@code null}. */
	public @Nullable ScalarAttributeType rangeKeyType() {
		return rangeKeys.isEmpty() ? null : rangeKeys.get(0).type();
	}

	public IndexProjection projection() {
		return projection;
	}

	public @Nullable Long readCapacityUnits() {
		return readCapacityUnits;
	}

	public @Nullable Long writeCapacityUnits() {
		return writeCapacityUnits;
	}

	/** Builder of {@link GlobalSecondaryIndexSpec}. */
	public static final class Builder {
		private final String indexName;
		private final List<IndexKeyAttribute> hashKeys = new ArrayList<>();
		private final List<IndexKeyAttribute> rangeKeys = new ArrayList<>();
		private IndexProjection projection = IndexProjection.all();
		private @Nullable Long readCapacityUnits;
		private @Nullable Long writeCapacityUnits;

		private Builder(String indexName) {
			this.indexName = indexName;
		}

		/** Adds an attribute to the index partition key (once for a single-attribute key, in order for several). */
		public Builder hashKey(String name, ScalarAttributeType type) {
			hashKeys.add(new IndexKeyAttribute(name, type));
			return this;
		}

		/** Adds an attribute to the index sort key (once for a single-attribute key, in order for several). */
		public Builder rangeKey(String name, ScalarAttributeType type) {
			rangeKeys.add(new IndexKeyAttribute(name, type));
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

		/** Read units (PROVISIONED only; default: the table's). */
		public Builder readCapacityUnits(long units) {
			this.readCapacityUnits = units;
			return this;
		}

		/** Write units (PROVISIONED only; default: the table's). */
		public Builder writeCapacityUnits(long units) {
			this.writeCapacityUnits = units;
			return this;
		}

		/** The spec. */
		public GlobalSecondaryIndexSpec build() {
			return new GlobalSecondaryIndexSpec(this);
		}

	}

}
