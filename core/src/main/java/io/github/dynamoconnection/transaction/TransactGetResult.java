package io.github.dynamoconnection.transaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.convert.AttributeValues;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * What TransactGetItems read: one entry per requested item, in request order, {@code null} where
 * the item does not exist; and consumed capacity when asked for.
 *
 * @param rawItems the items as DynamoDB sent them
 * @param consumedCapacity consumed capacity per table
 */
public record TransactGetResult(List<Map<String, AttributeValue>> rawItems, List<ConsumedCapacity> consumedCapacity) {

	/** The items in plain Java values, {@code null} where absent. */
	public List<Map<String, Object>> items() {
		List<Map<String, Object>> items = new ArrayList<>(rawItems.size());
		for (Map<String, AttributeValue> item : rawItems) {
			items.add((item != null) ? AttributeValues.toJavaItem(item) : null);
		}
		return Collections.unmodifiableList(items);
	}

	/** Item {@code index} in plain Java values, or {@code null} when absent. */
	public Map<String, Object> item(int index) {
		Map<String, AttributeValue> item = rawItems.get(index);
		return (item != null) ? AttributeValues.toJavaItem(item) : null;
	}

}
