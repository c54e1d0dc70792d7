package io.github.dynamoconnection.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.convert.AttributeValues;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * What an ExecuteStatement returned: items (for SELECT), the token for the next page, consumed
 * capacity when asked for.
 *
 * @param rawItems the items as DynamoDB sent them
 * @param nextToken pass as {@code nextToken} for the next page, or {@code null}
 * @param consumedCapacity consumed capacity, or {@code null}
 */
public record StatementResult(List<Map<String, AttributeValue>> rawItems, String nextToken,
		ConsumedCapacity consumedCapacity) {

	/** The items in plain Java values. */
	public List<Map<String, Object>> items() {
		List<Map<String, Object>> items = new ArrayList<>(rawItems.size());
		rawItems.forEach(item -> items.add(AttributeValues.toJavaItem(item)));
		return items;
	}

	/** Whether another page follows. */
	public boolean hasMorePages() {
		return nextToken != null;
	}

}
