package io.github.dynamoconnection.batch;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;

/**
 * A batch write that wrote every entry: how many, in how many requests, and consumed capacity and
 * item collection metrics over all requests when asked for.
 *
 * @param written entries written
 * @param requests BatchWriteItem requests sent, retries included
 * @param consumedCapacity consumed capacity of every request
 * @param itemCollectionMetrics item collection metrics by table
 */
public record BatchWriteResult(int written, int requests, List<ConsumedCapacity> consumedCapacity,
		Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
}
