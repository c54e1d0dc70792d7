package io.github.dynamoconnection.benchmarks;

import java.util.HashMap;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The benchmark item: about 100 bytes by DynamoDB's size rules. */
final class Items {

	private Items() {
	}

	/** Item number {@code i} of partition {@code pk}. */
	static Map<String, AttributeValue> item(String pk, int i) {
		Map<String, AttributeValue> item = new HashMap<>(8);
		item.put("pk", AttributeValue.fromS(pk));
		item.put("sk", AttributeValue.fromS(sortKey(i)));
		item.put("name", AttributeValue.fromS("user number " + i));
		item.put("email", AttributeValue.fromS("user" + i + "@example.com"));
		item.put("age", AttributeValue.fromN(Integer.toString(20 + i % 50)));
		item.put("active", AttributeValue.fromBool(i % 2 == 0));
		return item;
	}

	/** The non-key attributes of item {@code i} as plain Java values, the same as {@link #item}'s. */
	static Map<String, Object> javaAttributes(int i) {
		Map<String, Object> attributes = new HashMap<>(8);
		attributes.put("name", "user number " + i);
		attributes.put("email", "user" + i + "@example.com");
		attributes.put("age", 20 + i % 50);
		attributes.put("active", i % 2 == 0);
		return attributes;
	}

	/** The key of item {@code i} of partition {@code pk}. */
	static Map<String, AttributeValue> key(String pk, int i) {
		return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sortKey(i)));
	}

	static String sortKey(int i) {
		return String.format("item#%08d", i);
	}

	/** The canned GetItem answer matching {@link #item(String, int)}. */
	static String getItemJson(String pk, int i) {
		return "{\"Item\":{\"pk\":{\"S\":\"" + pk + "\"},\"sk\":{\"S\":\"" + sortKey(i) + "\"},\"name\":{\"S\":\"user number " + i
				+ "\"},\"email\":{\"S\":\"user" + i + "@example.com\"},\"age\":{\"N\":\"" + (20 + i % 50)
				+ "\"},\"active\":{\"BOOL\":" + (i % 2 == 0) + "}}}";
	}

}
