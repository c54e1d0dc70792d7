package io.github.dynamoconnection.internal.schema;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Key schemas by table, filled from DescribeTable and CreateTable responses and kept until the table is
 * deleted or created through the connection, or a call shows the cached schema is stale.
 * Lookups are one {@link ConcurrentHashMap} read.
 */
public final class KeySchemaCache {

	private final ConcurrentMap<String, KeySchema> schemas = new ConcurrentHashMap<>();

	/** The cached schema, or {@code null}. */
	public KeySchema cached(TableName table) {
		return schemas.get(table.physical());
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
