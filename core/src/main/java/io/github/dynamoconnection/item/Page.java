package io.github.dynamoconnection.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.convert.AttributeValues;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * One page of a Query or Scan: the items (plain Java values, or raw), count and scanned count, the
 * key to continue from ({@code null} on the last page) and consumed capacity when asked for.
 */
public final class Page {

	private final List<Map<String, AttributeValue>> rawItems;

	private final int count;

	private final int scannedCount;

	private final Map<String, AttributeValue> lastEvaluatedKey;

	private final ConsumedCapacity consumedCapacity;

	public Page(List<Map<String, AttributeValue>> rawItems, Integer count, Integer scannedCount,
			Map<String, AttributeValue> lastEvaluatedKey, ConsumedCapacity consumedCapacity) {
		this.rawItems = (rawItems != null) ? rawItems : List.of();
		this.count = (count != null) ? count : this.rawItems.size();
		this.scannedCount = (scannedCount != null) ? scannedCount : this.count;
		this.lastEvaluatedKey = (lastEvaluatedKey != null && !lastEvaluatedKey.isEmpty()) ? lastEvaluatedKey : null;
		this.consumedCapacity = consumedCapacity;
	}

	/** The items in plain Java values. */
	public List<Map<String, Object>> items() {
		List<Map<String, Object>> items = new ArrayList<>(rawItems.size());
		for (Map<String, AttributeValue> item : rawItems) {
			items.add(AttributeValues.toJavaItem(item));
		}
		return items;
	}

	/** The items as DynamoDB sent them. */
	public List<Map<String, AttributeValue>> rawItems() {
		return rawItems;
	}

	/** Items matched (after the filter); with {@code Select.COUNT} the only result. */
	public int count() {
		return count;
	}

	/** Items read (before the filter). */
	public int scannedCount() {
		return scannedCount;
	}

	/** The key to pass as {@code exclusiveStartKey} for the next page, or {@code null} on the last page. */
	public Map<String, AttributeValue> lastEvaluatedKey() {
		return lastEvaluatedKey;
	}

	/** Whether another page follows. */
	public boolean hasMorePages() {
		return lastEvaluatedKey != null;
	}

	/** Consumed capacity, or {@code null} unless asked for. */
	public ConsumedCapacity consumedCapacity() {
		return consumedCapacity;
	}

	@Override
	public String toString() {
		return "Page[count=" + count + ", scannedCount=" + scannedCount + ", more=" + hasMorePages() + "]";
	}

}
