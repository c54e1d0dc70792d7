package io.github.dynamoconnection.embedded.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.value.Numbers;
import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts DynamoDB's JSON attribute values ({@code {"S": "x"}}, {@code {"NS": ["1"]}}, ...) to engine
 * {@link Value}s and back, validating them with DynamoDB's messages.
 */
public final class AttributeValueJson {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String INVALID = "One or more parameter values were invalid: ";

	private AttributeValueJson() {
	}

	/** Reads an item (attribute name to attribute value), keeping attribute order. */
	public static Map<String, Value> readItem(JsonNode node) {
		if (node == null || node.isNull()) {
			return new LinkedHashMap<>();
		}
		if (!node.isObject()) {
			throw serialization("Expected map or null");
		}
		Map<String, Value> item = new LinkedHashMap<>(Math.max(4, node.size() * 2));
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			item.put(entry.getKey(), read(entry.getValue()));
		}
		return item;
	}

	/** Reads a map of placeholder to value, e.g. {@code ExpressionAttributeValues}. */
	public static Map<String, Value> readValueMap(JsonNode node) {
		return readItem(node);
	}

	/** Reads one attribute value. */
	public static Value read(JsonNode node) {
		if (node == null || node.isNull()) {
			throw EngineException.validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
		}
		if (!node.isObject()) {
			throw serialization("Unexpected value type in payload");
		}
		Value result = null;
		int types = 0;
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			JsonNode content = entry.getValue();
			if (content == null || content.isNull()) {
				continue;
			}
			ValueType type = ValueType.fromDescriptor(entry.getKey());
			if (type == null) {
				continue;
			}
			types++;
			result = readTyped(type, content);
		}
		if (types == 0) {
			throw EngineException.validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
		}
		if (types > 1) {
			throw EngineException.validation("Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
		}
		return result;
	}

	private static Value readTyped(ValueType type, JsonNode content) {
		return switch (type) {
			case S -> new Value.S(string(content));
			case N -> new Value.N(number(string(content)));
			case B -> new Value.B(binary(content));
			case BOOL -> bool(content);
			case NULL -> {
				if (!bool(content).value()) {
					throw EngineException.validation(INVALID + "Null attribute value types must have the value of true");
				}
				yield Value.Null.INSTANCE;
			}
			case SS -> {
				List<String> members = new ArrayList<>();
				for (JsonNode member : array(content)) {
					members.add(string(member));
				}
				checkSet(members, new HashSet<>(members).size(), "string", members);
				yield new Value.SS(members);
			}
			case NS -> {
				List<BigDecimal> members = new ArrayList<>();
				List<String> texts = new ArrayList<>();
				for (JsonNode member : array(content)) {
					String text = string(member);
					texts.add(text);
					members.add(number(text));
				}
				Set<BigDecimal> distinct = new HashSet<>();
				for (BigDecimal member : members) {
					distinct.add(Numbers.normalize(member));
				}
				checkSet(members, distinct.size(), "number", texts);
				yield new Value.NS(members);
			}
			case BS -> {
				List<byte[]> members = new ArrayList<>();
				Set<String> distinct = new HashSet<>();
				List<String> texts = new ArrayList<>();
				for (JsonNode member : array(content)) {
					byte[] bytes = binary(member);
					members.add(bytes);
					texts.add(string(member));
					distinct.add(Base64.getEncoder().encodeToString(bytes));
				}
				checkSet(members, distinct.size(), "binary", texts);
				yield new Value.BS(members);
			}
			case L -> {
				List<Value> values = new ArrayList<>();
				for (JsonNode member : array(content)) {
					values.add(read(member));
				}
				yield new Value.L(values);
			}
			case M -> {
				if (!content.isObject()) {
					throw serialization("Expected map or null");
				}
				yield new Value.M(readItem(content));
			}
		};
	}

	private static void checkSet(List<?> members, int distinct, String kind, List<String> texts) {
		if (members.isEmpty()) {
			throw EngineException.validation(INVALID + "An " + kind + " set  may not be empty");
		}
		if (distinct != members.size()) {
			throw EngineException.validation(INVALID + "Input collection " + texts + " contains duplicates.");
		}
	}

	private static String string(JsonNode node) {
		if (!node.isString()) {
			throw serialization("Unexpected value type in payload: expected a string");
		}
		return node.stringValue();
	}

	private static Value.Bool bool(JsonNode node) {
		if (!node.isBoolean()) {
			throw serialization("Unexpected value type in payload: expected a boolean");
		}
		return node.booleanValue() ? Value.Bool.TRUE : Value.Bool.FALSE;
	}

	private static ArrayNode array(JsonNode node) {
		if (!node.isArray()) {
			throw serialization("Unexpected value type in payload: expected a list");
		}
		return (ArrayNode) node;
	}

	private static byte[] binary(JsonNode node) {
		String text = string(node);
		// DynamoDB accepts only padded, canonical base64 (Java's decoder also takes unpadded text).
		if (text.length() % 4 != 0) {
			throw serialization("Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length());
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(text);
			if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
				throw serialization("Invalid last non-pad Base64 character dectected");
			}
			return bytes;
		}
		catch (IllegalArgumentException ex) {
			throw serialization("Base64 encoded binary value is invalid: " + ex.getMessage());
		}
	}

	private static BigDecimal number(String text) {
		try {
			return Numbers.parse(text);
		}
		catch (NumberFormatException ex) {
			throw EngineException.validation(ex.getMessage());
		}
	}

	private static EngineException serialization(String message) {
		return new EngineException("SerializationException", message);
	}

	/** Writes an item as a JSON object of attribute values. */
	public static ObjectNode writeItem(Map<String, Value> item) {
		ObjectNode node = NODES.objectNode();
		for (Map.Entry<String, Value> entry : item.entrySet()) {
			node.set(entry.getKey(), write(entry.getValue()));
		}
		return node;
	}

	/** Writes one attribute value. */
	public static ObjectNode write(Value value) {
		ObjectNode node = NODES.objectNode();
		if (value instanceof Value.S s) {
			node.put("S", s.value());
		}
		else if (value instanceof Value.N n) {
			node.put("N", n.text());
		}
		else if (value instanceof Value.B b) {
			node.put("B", Base64.getEncoder().encodeToString(b.value()));
		}
		else if (value instanceof Value.Bool bool) {
			node.put("BOOL", bool.value());
		}
		else if (value instanceof Value.Null) {
			node.put("NULL", true);
		}
		else if (value instanceof Value.SS ss) {
			ArrayNode members = node.putArray("SS");
			ss.values().forEach(members::add);
		}
		else if (value instanceof Value.NS ns) {
			ArrayNode members = node.putArray("NS");
			ns.values().forEach(member -> members.add(Numbers.format(member)));
		}
		else if (value instanceof Value.BS bs) {
			ArrayNode members = node.putArray("BS");
			bs.values().forEach(member -> members.add(Base64.getEncoder().encodeToString(member)));
		}
		else if (value instanceof Value.L l) {
			ArrayNode members = node.putArray("L");
			l.values().forEach(member -> members.add(write(member)));
		}
		else if (value instanceof Value.M m) {
			node.set("M", writeItem(m.values()));
		}
		return node;
	}

}
