package io.github.dynamoconnection.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.convert.AttributeValues;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * A batch get that read every key: the items found, by table (in no particular order: DynamoDB
 * does not keep the key order; keys without an item are simply absent), and consumed capacity.
 *
 * @param rawItems the items as DynamoDB sent them, by table name as the caller gave it
 * @param requests BatchGetItem requests sent, retries included
 * @param consumedCapacity consumed capacity of every request
 */
public record BatchGetResult(Map<String, List<Map<String, AttributeValue>>> rawItems, int requests,
		List<ConsumedCapacity> consumedCapacity) {

	/** The items found in a table, in plain Java values. */
	public List<Map<String, Object>> items(String tableName) {
		return java(rawItems.getOrDefault(tableName, List.of()));
	}

	/** The items found in every table, in plain Java values. */
	public List<Map<String, Object>> items() {
		List<Map<String, Object>> all = new ArrayList<>();
		rawItems.values().forEach(items -> all.addAll(java(items)));
		return all;
	}

	private static List<Map<String, Object>> java(List<Map<String, AttributeValue>> items) {
		List<Map<String, Object>> converted = new ArrayList<>(items.size());
		items.forEach(item -> converted.add(AttributeValues.toJavaItem(item)));
		return converted;
	}

}
