package io.github.dynamoconnection.item;

import java.util.Map;

import io.github.dynamoconnection.convert.AttributeValues;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * What GetItem found: the item (plain Java values, or raw), or nothing; and the consumed capacity
 * when asked for.
 */
public final class GetItemResult {

	private final Map<String, AttributeValue> rawItem;

	private final ConsumedCapacity consumedCapacity;

	public GetItemResult(Map<String, AttributeValue> rawItem, ConsumedCapacity consumedCapacity) {
		this.rawItem = rawItem;
		this.consumedCapacity = consumedCapacity;
	}

	/** Whether the item exists. */
	public boolean isFound() {
		return rawItem != null;
	}

	/** The item in plain Java values (String, BigDecimal, SdkBytes, Boolean, Set, List, Map, null), or {@code null} when absent. */
	public Map<String, Object> item() {
		return (rawItem != null) ? AttributeValues.toJavaItem(rawItem) : null;
	}

	/** The item as DynamoDB sent it, or {@code null} when absent. */
	public Map<String, AttributeValue> rawItem() {
		return rawItem;
	}

	/** Consumed capacity, or {@code null} unless asked for. */
	public ConsumedCapacity consumedCapacity() {
		return consumedCapacity;
	}

	@Override
	public String toString() {
		return "GetItemResult[found=" + isFound() + "]";
	}

}
