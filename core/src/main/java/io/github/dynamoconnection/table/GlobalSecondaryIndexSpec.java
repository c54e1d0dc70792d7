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
 * Name and projection come from {@link SecondaryIndexBase}, capacity is a {@link ProvisionedCapacity}.
 * Immutable; a built spec serves wherever a {@code Consumer<Builder>} is taken (it copies all but
 * its name onto the builder).
 */
public final class GlobalSecondaryIndexSpec extends SecondaryIndexBase<GlobalSecondaryIndexSpec.Builder>
		implements CapacityHolder {

	/** Most attributes a global index's partition key, or its sort key, may have. */
	public static final int MAX_KEY_ATTRIBUTES = 4;

	private final List<IndexKeyAttribute> hashKeys;

	private final List<IndexKeyAttribute> rangeKeys;

	private final ProvisionedCapacity capacity;

	private GlobalSecondaryIndexSpec(Builder builder) {
		super(builder, GlobalSecondaryIndexSpec::builder);
		this.hashKeys = List.copyOf(builder.hashKeys);
		this.rangeKeys = List.copyOf(builder.rangeKeys);
		this.capacity = builder.capacity;
	}

	/** A new builder of the index named {@code indexName}. */
	public static Builder builder(String indexName) {
		return new Builder(indexName);
	}

	/** The index named {@code indexName}, filled in by {@code spec}. */
	public static GlobalSecondaryIndexSpec of(String indexName, Consumer<Builder> spec) {
		return filled(builder(indexName), spec).build();
	}

	@Override
	protected void copyTo(Builder builder) {
		super.copyTo(builder);
		builder.hashKeys.clear();
		builder.hashKeys.addAll(hashKeys);
		builder.rangeKeys.clear();
		builder.rangeKeys.addAll(rangeKeys);
		builder.capacity = capacity;
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

	/** The index's own capacity (unset parts: the table's). */
	@Override
	public ProvisionedCapacity capacity() {
		return capacity;
	}

	/** Builder of {@link GlobalSecondaryIndexSpec}. */
	public static final class Builder extends SecondaryIndexBase.Builder<Builder> {
		private final List<IndexKeyAttribute> hashKeys = new ArrayList<>();
		private final List<IndexKeyAttribute> rangeKeys = new ArrayList<>();
		private ProvisionedCapacity capacity = ProvisionedCapacity.unset();

		private Builder(String indexName) {
			super(indexName);
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

		/** Sets the index's capacity (PROVISIONED only; default: the table's). */
		public Builder capacity(ProvisionedCapacity capacity) {
			this.capacity = capacity;
			return this;
		}

		/** Read units (PROVISIONED only; default: the table's). */
		public Builder readCapacityUnits(long units) {
			return capacity(capacity.withReadCapacityUnits(units));
		}

		/** Write units (PROVISIONED only; default: the table's). */
		public Builder writeCapacityUnits(long units) {
			return capacity(capacity.withWriteCapacityUnits(units));
		}

		/** The spec. */
		public GlobalSecondaryIndexSpec build() {
			return new GlobalSecondaryIndexSpec(this);
		}

	}

}
