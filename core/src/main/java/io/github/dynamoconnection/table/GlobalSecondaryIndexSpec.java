package io.github.dynamoconnection.table;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A global secondary index to create: name, partition key, optional sort key, projection (default
 * ALL) and, for PROVISIONED tables, capacity (default: the table's). Like DynamoDB, the partition
 * key and the sort key may each have up to {@value #MAX_KEY_ATTRIBUTES} attributes: call
 * {@link #hashKey} and {@link #rangeKey} once per attribute, in key order.
 * <pre>{@code
 * gsi.hashKey("tenant", S).hashKey("region", S).rangeKey("year", N).rangeKey("month", N)
 * }</pre>
 */
public final class GlobalSecondaryIndexSpec {

	private final String indexName;

	/** Most attributes a global index's partition key, or its sort key, may have. */
	public static final int MAX_KEY_ATTRIBUTES = 4;

	private final List<IndexKeyAttribute> hashKeys = new ArrayList<>();

	private final List<IndexKeyAttribute> rangeKeys = new ArrayList<>();

	private IndexProjection projection = IndexProjection.all();

	private Long readCapacityUnits;

	private Long writeCapacityUnits;

	GlobalSecondaryIndexSpec(String indexName) {
		this.indexName = indexName;
	}

	/** Adds an attribute to the index partition key (once for a single-attribute key, in order for several). */
	public GlobalSecondaryIndexSpec hashKey(String name, ScalarAttributeType type) {
		this.hashKeys.add(new IndexKeyAttribute(name, type));
		return this;
	}

	/** Adds an attribute to the index sort key (once for a single-attribute key, in order for several). */
	public GlobalSecondaryIndexSpec rangeKey(String name, ScalarAttributeType type) {
		this.rangeKeys.add(new IndexKeyAttribute(name, type));
		return this;
	}

	/** Sets which attributes the index copies (default {@link IndexProjection#all()}). */
	public GlobalSecondaryIndexSpec projection(IndexProjection projection) {
		this.projection = projection;
		return this;
	}

	/** Copies only the keys. */
	public GlobalSecondaryIndexSpec projectKeysOnly() {
		return projection(IndexProjection.keysOnly());
	}

	/** Copies the keys plus the named attributes. */
	public GlobalSecondaryIndexSpec projectInclude(String... nonKeyAttributes) {
		return projection(IndexProjection.include(nonKeyAttributes));
	}

	/** Read units (PROVISIONED only; default: the table's). */
	public GlobalSecondaryIndexSpec readCapacityUnits(long units) {
		this.readCapacityUnits = units;
		return this;
	}

	/** Write units (PROVISIONED only; default: the table's). */
	public GlobalSecondaryIndexSpec writeCapacityUnits(long units) {
		this.writeCapacityUnits = units;
		return this;
	}

	public String indexName() {
		return indexName;
	}

	/** The partition key attributes in order (empty until {@link #hashKey} is called). */
	public List<IndexKeyAttribute> hashKeys() {
		return List.copyOf(hashKeys);
	}

	/** The sort key attributes in order (empty without a sort key). */
	public List<IndexKeyAttribute> rangeKeys() {
		return List.copyOf(rangeKeys);
	}

	/** The first partition key attribute's name, or {@code null}. */
	public String hashKeyName() {
		return hashKeys.isEmpty() ? null : hashKeys.get(0).name();
	}

	/** The first partition key attribute's type, or {@code null}. */
	public ScalarAttributeType hashKeyType() {
		return hashKeys.isEmpty() ? null : hashKeys.get(0).type();
	}

	/** The first sort key attribute's name, or {@code null}. */
	public String rangeKeyName() {
		return rangeKeys.isEmpty() ? null : rangeKeys.get(0).name();
	}

	/** The first sort key attribute's type, or {@code null}. */
	public ScalarAttributeType rangeKeyType() {
		return rangeKeys.isEmpty() ? null : rangeKeys.get(0).type();
	}

	public IndexProjection projection() {
		return projection;
	}

	public Long readCapacityUnits() {
		return readCapacityUnits;
	}

	public Long writeCapacityUnits() {
		return writeCapacityUnits;
	}

}
