package io.github.dynamoconnection.internal.batch;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One entry of a batch with its table and key, as read from the input.
 *
 * @param physicalTable the table as sent
 * @param entry the entry
 * @param key the entry's key, for the duplicate check within a request
 * @param <E> the entry as sent (a write request, a key)
 */
record Pending<E>(String physicalTable, E entry, Map<String, AttributeValue> key) {
}
