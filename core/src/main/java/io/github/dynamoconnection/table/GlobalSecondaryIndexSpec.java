package io.github.dynamoconnection.table;

import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A global secondary index to create: name, partition key, optional sort key, projection (default
 * ALL) and, for PROVISIONED tables, capacity (default: the table's).
 */
public final class GlobalSecondaryIndexSpec {

	private final String indexName;

	private String hashKeyName;

	private ScalarAttributeType hashKeyType;

	private String rangeKeyName;

	private ScalarAttributeType rangeKeyType;

	private IndexProjection projection = IndexProjection.all();

	private Long readCapacityUnits;

	private Long writeCapacityUnits;

	GlobalSecondaryIndexSpec(String indexName) {
		this.indexName = indexName;
	}

	/** Sets the index partition key. */
	public GlobalSecondaryIndexSpec hashKey(String name, ScalarAttributeType type) {
		this.hashKeyName = name;
		this.hashKeyType = type;
		return this;
	}

	/** Sets the index sort key. */
	public GlobalSecondaryIndexSpec rangeKey(String name, ScalarAttributeType type) {
		this.rangeKeyName = name;
		this.rangeKeyType = type;
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

	public String hashKeyName() {
		return hashKeyName;
	}

	public ScalarAttributeType hashKeyType() {
		return hashKeyType;
	}

	public String rangeKeyName() {
		return rangeKeyName;
	}

	public ScalarAttributeType rangeKeyType() {
		return rangeKeyType;
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
