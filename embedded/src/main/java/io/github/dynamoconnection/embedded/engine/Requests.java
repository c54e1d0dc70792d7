package io.github.dynamoconnection.embedded.engine;

import java.time.Instant;
import java.util.List;

import io.github.dynamoconnection.embedded.contract.EngineException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads typed members of a request body, answering DynamoDB's validation and serialization errors. */
final class Requests {

	private Requests() {
	}

	/** A required table name, checked against DynamoDB's constraints. */
	static String tableName(JsonNode request, String member) {
		String name = optionalString(request, member);
		checkTableName(name, member);
		return name;
	}

	/**
	 * Checks a table or index name (the request member {@code member}) against DynamoDB's length and pattern
	 * constraints; the member path is spelled out only for an error (it runs on every request).
	 */
	static void checkTableName(String name, String member) {
		if (name == null) {
			throw constraint(null, lowerFirst(member), "Member must not be null");
		}
		if (name.length() < 3) {
			throw constraint(name, lowerFirst(member), "Member must have length greater than or equal to 3");
		}
		if (name.length() > 255) {
			throw constraint(name, lowerFirst(member), "Member must have length less than or equal to 255");
		}
		if (!isTableNameText(name)) {
			throw constraint(name, lowerFirst(member), "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
		}
	}

	/** Whether {@code name} passes every table name constraint as it is: 3 to 255 characters of {@code [a-zA-Z0-9_.-]}. */
	static boolean isPlainTableName(String name) {
		return name != null && name.length() >= 3 && name.length() <= 255 && isTableNameText(name);
	}

	/** Whether every character is in {@code [a-zA-Z0-9_.-]} (by hand: a regular expression per request cost more). */
	private static boolean isTableNameText(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
					|| c == '.' || c == '-';
			if (!allowed) {
				return false;
			}
		}
		return !name.isEmpty();
	}

	/** A required string member. */
	static String string(JsonNode request, String member) {
		String value = optionalString(request, member);
		if (value == null) {
			throw constraint(null, lowerFirst(member), "Member must not be null");
		}
		return value;
	}

	/** An optional string member, or {@code null}. */
	static String optionalString(JsonNode request, String member) {
		JsonNode node = request.get(member);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw serialization(member, "a string");
		}
		return node.stringValue();
	}

	/** A required ARN member within DynamoDB's usual length constraint for ARNs (37 to 1024 characters). */
	static String arn(JsonNode request, String member) {
		String arn = string(request, member);
		if (arn.length() < 37) {
			throw constraint(arn, lowerFirst(member), "Member must have length greater than or equal to 37");
		}
		if (arn.length() > 1024) {
			throw constraint(arn, lowerFirst(member), "Member must have length less than or equal to 1024");
		}
		return arn;
	}

	/** An optional enum member, checked against the allowed values, or {@code null}. */
	static String enumValue(JsonNode request, String member, List<String> allowed) {
		String value = optionalString(request, member);
		if (value != null && !allowed.contains(value)) {
			throw constraint(value, lowerFirst(member), "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
		}
		return value;
	}

	/** An optional integer member, or {@code null}. */
	static Long optionalLong(JsonNode request, String member) {
		JsonNode node = request.get(member);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isNumber()) {
			throw serialization(member, "a number");
		}
		return node.longValue();
	}

	/** An optional timestamp member (epoch seconds, as DynamoDB's JSON dates are), or {@code null}. */
	static Instant optionalInstant(JsonNode request, String member) {
		JsonNode node = request.get(member);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isNumber()) {
			throw serialization(member, "a timestamp");
		}
		return Instant.ofEpochMilli(Math.round(node.doubleValue() * 1000));
	}

	/** An optional boolean member. */
	static boolean bool(JsonNode request, String member) {
		JsonNode node = request.get(member);
		if (node == null || node.isNull()) {
			return false;
		}
		if (!node.isBoolean()) {
			throw serialization(member, "a boolean");
		}
		return node.booleanValue();
	}

	/** An optional object member, or {@code null}. */
	static ObjectNode object(JsonNode request, String member) {
		JsonNode node = request.get(member);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			throw serialization(member, "a structure or map");
		}
		return (ObjectNode) node;
	}

	/** A required object member. */
	static ObjectNode requiredObject(JsonNode request, String member) {
		ObjectNode node = object(request, member);
		if (node == null) {
			throw constraint(null, lowerFirst(member), "Member must not be null");
		}
		return node;
	}

	/** An optional array member, or {@code null}. */
	static ArrayNode array(JsonNode request, String member) {
		JsonNode node = request.get(member);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isArray()) {
			throw serialization(member, "a list");
		}
		return (ArrayNode) node;
	}

	/** DynamoDB's "1 validation error detected: Value ... at '...' failed to satisfy constraint: ..." error. */
	static EngineException constraint(Object value, String path, String constraint) {
		String shown = (value == null) ? "null" : "'" + value + "'";
		return EngineException.validation("1 validation error detected: Value " + shown + " at '" + path
				+ "' failed to satisfy constraint: " + constraint);
	}

	private static EngineException serialization(String member, String expected) {
		return new EngineException("SerializationException", "Unexpected value type in payload: " + member + " must be " + expected);
	}

	static String lowerFirst(String member) {
		return Character.toLowerCase(member.charAt(0)) + member.substring(1);
	}

}
