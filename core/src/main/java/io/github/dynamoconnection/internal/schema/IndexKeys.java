package io.github.dynamoconnection.internal.schema;

/**
 * The key of a secondary index: its partition key and, if any, its sort key.
 *
 * @param indexName the index name
 * @param hashKey the partition key
 * @param rangeKey the sort key, or {@code null}
 * @param global whether it is a global secondary index
 */
public record IndexKeys(String indexName, KeyAttribute hashKey, KeyAttribute rangeKey, boolean global) {
}
