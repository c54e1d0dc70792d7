package io.github.dynamoconnection.schema;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Key schemas by table, resolved on first use with DescribeTable and kept until the table is
 * deleted or created through the connection, or a call shows the cached schema is stale.
 * Lookups are one {@link ConcurrentHashMap} read.
 */
public final class KeySchemaCache {

	private final ConcurrentMap<String, KeySchema> schemas = new ConcurrentHashMap<>();

	private final Function<TableName, TableDescription> describer;

	/**
	 * @param describer runs DescribeTable for a table (throwing the connection's exception when it fails)
	 */
	public KeySchemaCache(Function<TableName, TableDescription> describer) {
		this.describer = describer;
	}

	/** The cached schema, or {@code null}. */
	public KeySchema cached(TableName table) {
		return schemas.get(table.physical());
	}

	/** The schema, from the cache or else described now. */
	public KeySchema get(TableName table) {
		KeySchema schema = schemas.get(table.physical());
		return (schema != null) ? schema : load(table);
	}

	/** Describes the table now and caches the result. */
	public KeySchema load(TableName table) {
		return remember(table, describer.apply(table));
	}

	/** Caches the schema in a description the connection already has (DescribeTable, CreateTable). */
	public KeySchema remember(TableName table, TableDescription description) {
		if (description == null || !description.hasKeySchema() || description.keySchema().isEmpty()) {
			schemas.remove(table.physical());
			return null;
		}
		KeySchema schema = KeySchema.from(table.logical(), description);
		schemas.put(table.physical(), schema);
		return schema;
	}

	/** Forgets a table's schema. */
	public void invalidate(TableName table) {
		schemas.remove(table.physical());
	}

}
