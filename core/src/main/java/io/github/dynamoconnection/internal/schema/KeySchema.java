package io.github.dynamoconnection.internal.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * What a {@code Connection} needs to know about a table to build keys: its partition key, its sort
 * key (if any) and the keys of its secondary indexes, read once from DescribeTable.
 *
 * @param tableName the table name as the caller spells it
 * @param hashKey the partition key
 * @param rangeKey the sort key, or {@code null} for a hash-only table
 * @param indexes the secondary indexes by name
 */
public record KeySchema(String tableName, KeyAttribute hashKey, KeyAttribute rangeKey, Map<String, IndexKeys> indexes) {

	public KeySchema {
		indexes = Map.copyOf(indexes);
	}

	/** Whether the table has a sort key. */
	public boolean hasRangeKey() {
		return rangeKey != null;
	}

	/** Reads the key schema out of a DescribeTable (or CreateTable) description. */
	public static KeySchema from(String tableName, TableDescription table) {
		Map<String, ScalarAttributeType> types = new HashMap<>();
		for (AttributeDefinition definition : table.attributeDefinitions()) {
			types.put(definition.attributeName(), definition.attributeType());
		}
		KeyAttribute[] tableKeys = keys(table.keySchema(), types);
		Map<String, IndexKeys> indexes = new HashMap<>();
		table.globalSecondaryIndexes().forEach(index -> {
			KeyAttribute[] keys = keys(index.keySchema(), types);
			indexes.put(index.indexName(), new IndexKeys(index.indexName(), keys[0], keys[1], true));
		});
		table.localSecondaryIndexes().forEach(index -> {
			KeyAttribute[] keys = keys(index.keySchema(), types);
			indexes.put(index.indexName(), new IndexKeys(index.indexName(), keys[0], keys[1], false));
		});
		return new KeySchema(tableName, tableKeys[0], tableKeys[1], indexes);
	}

	private static KeyAttribute[] keys(List<KeySchemaElement> elements, Map<String, ScalarAttributeType> types) {
		KeyAttribute[] keys = new KeyAttribute[2];
		for (KeySchemaElement element : elements) {
			KeyAttribute key = new KeyAttribute(element.attributeName(),
					types.getOrDefault(element.attributeName(), ScalarAttributeType.S));
			keys[(element.keyType() == KeyType.HASH) ? 0 : 1] = key;
		}
		return keys;
	}

}
