package io.github.dynamoconnection.table;

import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A local secondary index to create: name, sort key (the partition key is the table's) and
 * projection (default ALL). Local indexes have no capacity of their own.
 */
public final class LocalSecondaryIndexSpec {

	private final String indexName;

	private String rangeKeyName;

	private ScalarAttributeType rangeKeyType;

	private IndexProjection projection = IndexProjection.all();

	LocalSecondaryIndexSpec(String indexName) {
		this.indexName = indexName;
	}

	/** Sets the index sort key. */
	public LocalSecondaryIndexSpec rangeKey(String name, ScalarAttributeType type) {
		this.rangeKeyName = name;
		this.rangeKeyType = type;
		return this;
	}

	/** Sets which attributes the index copies (default {@link IndexProjection#all()}). */
	public LocalSecondaryIndexSpec projection(IndexProjection projection) {
		this.projection = projection;
		return this;
	}

	/** Copies only the keys. */
	public LocalSecondaryIndexSpec projectKeysOnly() {
		return projection(IndexProjection.keysOnly());
	}

	/** Copies the keys plus the named attributes. */
	public LocalSecondaryIndexSpec projectInclude(String... nonKeyAttributes) {
		return projection(IndexProjection.include(nonKeyAttributes));
	}

	public String indexName() {
		return indexName;
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

}
