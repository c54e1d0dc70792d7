package io.github.dynamoconnection.transaction;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;

/**
 * A committed TransactWriteItems: consumed capacity and item collection metrics when asked for.
 *
 * @param consumedCapacity consumed capacity per table
 * @param itemCollectionMetrics item collection metrics by table
 */
public record TransactWriteResult(List<ConsumedCapacity> consumedCapacity,
		Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
}
