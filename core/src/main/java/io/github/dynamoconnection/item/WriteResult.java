package io.github.dynamoconnection.item;

import java.util.Map;

import io.github.dynamoconnection.convert.AttributeValues;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;

/**
 * What PutItem, UpdateItem or DeleteItem returned: the attributes asked for with
 * {@code returnValues}, consumed capacity and item collection metrics when asked for.
 */
public final class WriteResult {

	private final Map<String, AttributeValue> rawAttributes;

	private final ConsumedCapacity consumedCapacity;

	private final ItemCollectionMetrics itemCollectionMetrics;

	public WriteResult(Map<String, AttributeValue> rawAttributes, ConsumedCapacity consumedCapacity,
			ItemCollectionMetrics itemCollectionMetrics) {
		this.rawAttributes = (rawAttributes != null) ? rawAttributes : Map.of();
		this.consumedCapacity = consumedCapacity;
		this.itemCollectionMetrics = itemCollectionMetrics;
	}

	/** The returned attributes in plain Java values; empty unless {@code returnValues} asked for some. */
	public Map<String, Object> attributes() {
		return AttributeValues.toJavaItem(rawAttributes);
	}

	/** The returned attributes as DynamoDB sent them. */
	public Map<String, AttributeValue> rawAttributes() {
		return rawAttributes;
	}

	/** Consumed capacity, or {@code null} unless asked for. */
	public ConsumedCapacity consumedCapacity() {
		return consumedCapacity;
	}

	/** Item collection metrics, or {@code null} unless asked for (and the table has an LSI). */
	public ItemCollectionMetrics itemCollectionMetrics() {
		return itemCollectionMetrics;
	}

	@Override
	public String toString() {
		return "WriteResult[attributes=" + rawAttributes.keySet() + "]";
	}

}
