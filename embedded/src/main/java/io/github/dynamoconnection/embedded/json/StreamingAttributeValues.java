package io.github.dynamoconnection.embedded.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.embedded.value.Numbers;
import io.github.dynamoconnection.embedded.value.Value;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads and writes DynamoDB's JSON attribute values straight from a {@link JsonParser} and to a
 * {@link JsonGenerator}, with no tree in between: the hot operations' path. Reading takes only values
 * that {@link AttributeValueJson#read} accepts unchanged and throws {@link NotStreamable} on any other
 * (so every error message stays the tree path's); writing gives the same bytes as writing
 * {@link AttributeValueJson#writeItem}'s tree.
 */
public final class StreamingAttributeValues {

	/** DynamoDB's longest attribute name (its AttributeName constraint); a longer one goes to the tree path. */
	private static final int MAX_NAME_LENGTH = 65535;

	private StreamingAttributeValues() {
	}

	/**
	 * Reads an attribute map (an item, a key, ExpressionAttributeValues) whose {@code START_OBJECT}
	 * is the parser's next token; leaves the parser on its {@code END_OBJECT}.
	 * @throws NotStreamable when the map is not a plain, valid one (an empty or over-long name too)
	 */
	public static Map<String, Value> readMap(JsonParser parser) {
		expect(parser.nextToken(), JsonToken.START_OBJECT);
		Map<String, Value> map = new LinkedHashMap<>();
		String name;
		while ((name = parser.nextName()) != null) {
			if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || map.put(name, readValue(parser)) != null) {
				throw NotStreamable.INSTANCE;
			}
		}
		expect(parser.currentToken(), JsonToken.END_OBJECT);
		return map;
	}

	private static Value readValue(JsonParser parser) {
		expect(parser.nextToken(), JsonToken.START_OBJECT);
		return readValueAtStart(parser);
	}

	/** A value whose {@code START_OBJECT} the parser is on. */
	private static Value readValueAtStart(JsonParser parser) {
		String descriptor = parser.nextName();
		if (descriptor == null) {
			throw NotStreamable.INSTANCE;
		}
		Value value = switch (descriptor) {
			case "S" -> new Value.S(string(parser));
			case "N" -> new Value.N(number(string(parser)));
			case "B" -> new Value.B(binary(string(parser)));
			case "BOOL" -> bool(parser) ? Value.Bool.TRUE : Value.Bool.FALSE;
			case "NULL" -> {
				if (!bool(parser)) {
					throw NotStreamable.INSTANCE;
				}
				yield Value.Null.INSTANCE;
			}
			case "SS" -> stringSet(parser);
			case "NS" -> numberSet(parser);
			case "L" -> list(parser);
			case "M" -> new Value.M(readMap(parser));
			default -> throw NotStreamable.INSTANCE;
		};
		expect(parser.nextToken(), JsonToken.END_OBJECT);
		return value;
	}

	private static Value.SS stringSet(JsonParser parser) {
		expect(parser.nextToken(), JsonToken.START_ARRAY);
		List<String> members = new ArrayList<>();
		String member;
		while ((member = parser.nextStringValue()) != null) {
			members.add(member);
		}
		expect(parser.currentToken(), JsonToken.END_ARRAY);
		if (members.isEmpty() || new HashSet<>(members).size() != members.size()) {
			throw NotStreamable.INSTANCE;
		}
		return new Value.SS(members);
	}

	private static Value.NS numberSet(JsonParser parser) {
		expect(parser.nextToken(), JsonToken.START_ARRAY);
		List<BigDecimal> members = new ArrayList<>();
		Set<BigDecimal> distinct = new HashSet<>();
		String member;
		while ((member = parser.nextStringValue()) != null) {
			BigDecimal number = number(member);
			members.add(number);
			distinct.add(Numbers.normalize(number));
		}
		expect(parser.currentToken(), JsonToken.END_ARRAY);
		if (members.isEmpty() || distinct.size() != members.size()) {
			throw NotStreamable.INSTANCE;
		}
		return new Value.NS(members);
	}

	private static Value.L list(JsonParser parser) {
		expect(parser.nextToken(), JsonToken.START_ARRAY);
		List<Value> members = new ArrayList<>();
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			members.add(readValueAtStart(parser));
		}
		expect(parser.currentToken(), JsonToken.END_ARRAY);
		return new Value.L(members);
	}

	private static String string(JsonParser parser) {
		String text = parser.nextStringValue();
		if (text == null) {
			throw NotStreamable.INSTANCE;
		}
		return text;
	}

	private static boolean bool(JsonParser parser) {
		JsonToken token = parser.nextToken();
		if (token == JsonToken.VALUE_TRUE) {
			return true;
		}
		if (token == JsonToken.VALUE_FALSE) {
			return false;
		}
		throw NotStreamable.INSTANCE;
	}

	private static BigDecimal number(String text) {
		try {
			return Numbers.parse(text);
		}
		catch (NumberFormatException ex) {
			throw NotStreamable.INSTANCE;
		}
	}

	private static byte[] binary(String text) {
		if (text.length() % 4 != 0) {
			throw NotStreamable.INSTANCE;
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(text);
			if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
				throw NotStreamable.INSTANCE;
			}
			return bytes;
		}
		catch (IllegalArgumentException ex) {
			throw NotStreamable.INSTANCE;
		}
	}

	/** Throws {@link NotStreamable} unless {@code actual} is {@code expected}. */
	public static void expect(JsonToken actual, JsonToken expected) {
		if (actual != expected) {
			throw NotStreamable.INSTANCE;
		}
	}

	/** Writes an attribute map as {@link AttributeValueJson#writeItem} and a mapper would. */
	public static void writeMap(JsonGenerator generator, Map<String, Value> map) {
		generator.writeStartObject();
		for (Map.Entry<String, Value> entry : map.entrySet()) {
			generator.writeName(entry.getKey());
			writeValue(generator, entry.getValue());
		}
		generator.writeEndObject();
	}

	private static void writeValue(JsonGenerator generator, Value value) {
		generator.writeStartObject();
		if (value instanceof Value.S s) {
			generator.writeName("S");
			generator.writeString(s.value());
		}
		else if (value instanceof Value.N n) {
			generator.writeName("N");
			generator.writeString(n.text());
		}
		else if (value instanceof Value.B b) {
			generator.writeName("B");
			generator.writeString(Base64.getEncoder().encodeToString(b.value()));
		}
		else if (value instanceof Value.Bool bool) {
			generator.writeName("BOOL");
			generator.writeBoolean(bool.value());
		}
		else if (value instanceof Value.Null) {
			generator.writeName("NULL");
			generator.writeBoolean(true);
		}
		else if (value instanceof Value.SS ss) {
			generator.writeName("SS");
			generator.writeStartArray();
			for (String member : ss.values()) {
				generator.writeString(member);
			}
			generator.writeEndArray();
		}
		else if (value instanceof Value.NS ns) {
			generator.writeName("NS");
			generator.writeStartArray();
			for (BigDecimal member : ns.values()) {
				generator.writeString(Numbers.format(member));
			}
			generator.writeEndArray();
		}
		else if (value instanceof Value.BS bs) {
			generator.writeName("BS");
			generator.writeStartArray();
			for (byte[] member : bs.values()) {
				generator.writeString(Base64.getEncoder().encodeToString(member));
			}
			generator.writeEndArray();
		}
		else if (value instanceof Value.L l) {
			generator.writeName("L");
			generator.writeStartArray();
			for (Value member : l.values()) {
				writeValue(generator, member);
			}
			generator.writeEndArray();
		}
		else if (value instanceof Value.M m) {
			generator.writeName("M");
			writeMap(generator, m.values());
		}
		generator.writeEndObject();
	}

}
