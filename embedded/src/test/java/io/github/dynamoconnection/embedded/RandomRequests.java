package io.github.dynamoconnection.embedded;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates random requests that DynamoDB must reject: bad targets, bytes that are not JSON,
 * truncated JSON, JSON that is not an object, empty bodies, and objects of random members whose
 * required member has the wrong JSON type (so no request can succeed by chance).
 */
final class RandomRequests {

	/** One generated request: target header (or {@code null}) and body. */
	record Case(String target, byte[] body) {
	}

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Operations and the member each one requires, with that member's JSON kind. */
	private static final Map<String, String[]> REQUIRED = Map.ofEntries(
			Map.entry("PutItem", new String[] { "TableName", "string" }),
			Map.entry("GetItem", new String[] { "TableName", "string" }),
			Map.entry("UpdateItem", new String[] { "TableName", "string" }),
			Map.entry("DeleteItem", new String[] { "TableName", "string" }),
			Map.entry("Query", new String[] { "TableName", "string" }),
			Map.entry("Scan", new String[] { "TableName", "string" }),
			Map.entry("CreateTable", new String[] { "TableName", "string" }),
			Map.entry("DeleteTable", new String[] { "TableName", "string" }),
			Map.entry("UpdateTable", new String[] { "TableName", "string" }),
			Map.entry("DescribeTable", new String[] { "TableName", "string" }),
			Map.entry("UpdateTimeToLive", new String[] { "TableName", "string" }),
			Map.entry("BatchGetItem", new String[] { "RequestItems", "object" }),
			Map.entry("BatchWriteItem", new String[] { "RequestItems", "object" }),
			Map.entry("TransactWriteItems", new String[] { "TransactItems", "array" }),
			Map.entry("TransactGetItems", new String[] { "TransactItems", "array" }),
			Map.entry("ExecuteStatement", new String[] { "Statement", "string" }),
			Map.entry("BatchExecuteStatement", new String[] { "Statements", "array" }),
			Map.entry("ExecuteTransaction", new String[] { "TransactStatements", "array" }),
			Map.entry("TagResource", new String[] { "ResourceArn", "string" }),
			Map.entry("UntagResource", new String[] { "ResourceArn", "string" }));

	private static final List<String> OPERATIONS = REQUIRED.keySet().stream().sorted().toList();

	private static final List<String> MEMBERS = List.of("TableName", "Key", "Item", "ExpressionAttributeValues",
			"ExpressionAttributeNames", "ConditionExpression", "UpdateExpression", "KeyConditionExpression", "Limit",
			"ReturnValues", "Select", "ExclusiveStartKey", "RequestItems", "TransactItems", "Statement",
			"ConsistentRead", "AttributeDefinitions", "KeySchema", "BillingMode", "x", "");

	private final Random random;

	private final String tableName;

	RandomRequests(Random random, String tableName) {
		this.random = random;
		this.tableName = tableName;
	}

	Case next() {
		String operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
		String target = (random.nextInt(100) < 15) ? badTarget(operation) : "DynamoDB_20120810." + operation;
		int kind = random.nextInt(100);
		byte[] body;
		if (kind < 10) {
			body = new byte[random.nextInt(64)];
			random.nextBytes(body);
		}
		else if (kind < 20) {
			byte[] whole = JSON.writeValueAsBytes(invalidObject(operation));
			body = Arrays.copyOf(whole, Math.max(1, random.nextInt(whole.length)));
		}
		else if (kind < 30) {
			body = JSON.writeValueAsBytes(randomValue(2, false));
		}
		else if (kind < 35) {
			body = new byte[0];
		}
		else {
			body = JSON.writeValueAsBytes(invalidObject(operation));
		}
		return new Case(target, body);
	}

	private String badTarget(String operation) {
		return switch (random.nextInt(6)) {
			case 0 -> null;
			case 1 -> "";
			case 2 -> "DynamoDB_20120810.";
			case 3 -> "DynamoDB_20120810." + randomName(8);
			case 4 -> "DynamoDBStreams_20120810." + operation;
			default -> operation;
		};
	}

	private ObjectNode invalidObject(String operation) {
		ObjectNode body = NODES.objectNode();
		int members = random.nextInt(5);
		for (int i = 0; i < members; i++) {
			String member = MEMBERS.get(random.nextInt(MEMBERS.size()));
			body.set(member, member.equals("TableName") && random.nextBoolean() ? NODES.stringNode(tableName)
					: randomValue(3, true));
		}
		String[] required = REQUIRED.get(operation);
		body.set(required[0], wrongKind(required[1]));
		return body;
	}

	private JsonNode wrongKind(String kind) {
		while (true) {
			JsonNode value = randomValue(2, true);
			boolean matches = switch (kind) {
				case "string" -> value.isString();
				case "object" -> value.isObject();
				default -> value.isArray();
			};
			if (!matches && !value.isNull()) {
				return value;
			}
		}
	}

	private JsonNode randomValue(int depth, boolean allowContainers) {
		int choice = random.nextInt((depth > 0 && allowContainers) ? 8 : 6);
		return switch (choice) {
			case 0 -> NODES.stringNode(randomString(random.nextInt(12)));
			case 1 -> NODES.numberNode(random.nextInt());
			case 2 -> NODES.numberNode(random.nextDouble() * 1e6);
			case 3 -> NODES.booleanNode(random.nextBoolean());
			case 4 -> NODES.nullNode();
			case 5 -> attributeValueLike(depth);
			case 6 -> {
				ArrayNode array = NODES.arrayNode();
				for (int i = random.nextInt(3); i > 0; i--) {
					array.add(randomValue(depth - 1, true));
				}
				yield array;
			}
			default -> {
				ObjectNode object = NODES.objectNode();
				for (int i = random.nextInt(3); i > 0; i--) {
					object.set(randomString(3), randomValue(depth - 1, true));
				}
				yield object;
			}
		};
	}

	private JsonNode attributeValueLike(int depth) {
		ObjectNode value = NODES.objectNode();
		String[] types = { "S", "N", "B", "SS", "NS", "BS", "M", "L", "BOOL", "NULL", "Q" };
		value.set(types[random.nextInt(types.length)], (depth > 0) ? randomValue(depth - 1, true)
				: NODES.stringNode(randomString(4)));
		return value;
	}

	private String randomName(int length) {
		return randomText("abcdefXYZ019_.-", length);
	}

	private String randomString(int length) {
		return randomText("abcXYZ019 _-.#:$\"\\{}[]é\u0000", length);
	}

	private String randomText(String alphabet, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

}
