package io.github.dynamoconnection.expression;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.dynamoconnection.convert.AttributeValues;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The expression attribute names ({@code #n0}) and values ({@code :v0}) of one request. All
 * expressions of a request (condition, update, filter, projection, key condition) render into the
 * same instance, so their placeholders never collide. Not thread-safe: one per request.
 */
// Hand-written: the enhanced client's Expression leaves placeholder naming to the caller and only merges finished maps.
public final class Placeholders {

	private static final String NAME_PREFIX = "#n";

	private static final String VALUE_PREFIX = ":v";

	/** The first placeholders of each kind, made once rather than per request. */
	private static final String[] COMMON_NAMES = IntStream.range(0, 8).mapToObj(i -> NAME_PREFIX + i).toArray(String[]::new);

	private static final String[] COMMON_VALUES = IntStream.range(0, 8).mapToObj(i -> VALUE_PREFIX + i).toArray(String[]::new);

	/** Placeholder to attribute name, as sent in ExpressionAttributeNames; created on first use. */
	private Map<String, String> names;

	/** Attribute name to its generated placeholder, so a name repeats its placeholder. */
	private Map<String, String> generatedNames;

	private Map<String, AttributeValue> values;

	private int nextName;

	private int nextValue;

	/** When true, names render as themselves and values as {@code ?}: for {@code toString}, never sent. */
	private final boolean display;

	/** Creates the placeholders of one request. */
	public Placeholders() {
		this(false);
	}

	private Placeholders(boolean display) {
		this.display = display;
	}

	/** Renders an expression readably for logs and messages: attribute names as they are, values as {@code ?}. */
	static String display(Expression expression) {
		return expression.render(new Placeholders(true));
	}

	/**
	 * The placeholder for an attribute name (one path segment, taken literally, dots included); the
	 * same name always gets the same placeholder.
	 * @param attributeName the attribute name
	 * @return a placeholder such as {@code #n0}
	 */
	public String name(String attributeName) {
		if (attributeName == null || attributeName.isEmpty()) {
			throw new IllegalArgumentException("attribute name must not be null or empty");
		}
		if (display) {
			return attributeName;
		}
		if (generatedNames == null) {
			generatedNames = new HashMap<>();
			names = (names != null) ? names : new LinkedHashMap<>();
		}
		String placeholder = generatedNames.get(attributeName);
		if (placeholder == null) {
			placeholder = freeKey(NAME_PREFIX, names);
			names.put(placeholder, attributeName);
			generatedNames.put(attributeName, placeholder);
		}
		return placeholder;
	}

	/**
	 * The attribute name as an expression may write it: itself when DynamoDB reads it bare (an ASCII
	 * letter, then letters, digits or underscores, not a reserved word), otherwise its placeholder
	 * ({@link #name}). Sending fewer placeholders saves the request and the server their parsing.
	 * @param attributeName the attribute name (one path segment, taken literally)
	 * @return the name itself, or a placeholder such as {@code #n0}
	 */
	public String bareOrName(String attributeName) {
		return (attributeName != null && BareNames.isBare(attributeName)) ? attributeName : name(attributeName);
	}

	/**
	 * A new placeholder for a value, converted with {@link AttributeValues#toAttributeValue}.
	 * @param javaValue the value ({@code AttributeValue} passes through)
	 * @return a placeholder such as {@code :v0}
	 */
	public String value(Object javaValue) {
		AttributeValue converted = AttributeValues.toAttributeValue(javaValue);
		if (display) {
			return "?";
		}
		values = (values != null) ? values : new LinkedHashMap<>();
		String placeholder = freeKey(VALUE_PREFIX, values);
		values.put(placeholder, converted);
		return placeholder;
	}

	/**
	 * Merges the names and values of a raw expression string.
	 * @param names placeholder ({@code #...}) to attribute name, may be {@code null}
	 * @param values placeholder ({@code :...}) to Java value or {@code AttributeValue}, may be {@code null}
	 * @throws IllegalArgumentException when a key is malformed or already means something else
	 */
	public void addRaw(Map<String, String> names, Map<String, ?> values) {
		if (names != null && !names.isEmpty()) {
			this.names = (this.names != null) ? this.names : new LinkedHashMap<>();
			names.forEach((key, name) -> merge("name", key, '#', name, this.names));
		}
		if (values != null && !values.isEmpty()) {
			this.values = (this.values != null) ? this.values : new LinkedHashMap<>();
			values.forEach((key, value) -> merge("value", key, ':', AttributeValues.toAttributeValue(value), this.values));
		}
	}

	/** Placeholder to attribute name, for ExpressionAttributeNames; empty when none. */
	public Map<String, String> names() {
		return (names != null) ? Collections.unmodifiableMap(names) : Map.of();
	}

	/** Placeholder to attribute value, for ExpressionAttributeValues; empty when none. */
	public Map<String, AttributeValue> values() {
		return (values != null) ? Collections.unmodifiableMap(values) : Map.of();
	}

	private String freeKey(String prefix, Map<String, ?> taken) {
		boolean names = prefix == NAME_PREFIX;
		while (true) {
			int number = names ? nextName++ : nextValue++;
			String[] common = names ? COMMON_NAMES : COMMON_VALUES;
			String key = (number < common.length) ? common[number] : prefix + number;
			if (!taken.containsKey(key)) {
				return key;
			}
		}
	}

	private static <T> void merge(String kind, String key, char marker, T meaning, Map<String, T> target) {
		if (key == null || key.length() < 2 || key.charAt(0) != marker) {
			throw new IllegalArgumentException("expression attribute " + kind + " placeholder '" + key + "' must start with '"
					+ marker + "' followed by a name");
		}
		if (meaning == null) {
			throw new IllegalArgumentException("expression attribute " + kind + " placeholder '" + key + "' maps to null");
		}
		T existing = target.putIfAbsent(key, meaning);
		if (existing != null && !existing.equals(meaning)) {
			String clash = (meaning instanceof String) ? " to '" + existing + "' and cannot also mean '" + meaning + "'"
					: " to a different value";
			throw new IllegalArgumentException("expression attribute " + kind + " placeholder '" + key
					+ "' is already bound in this request" + clash);
		}
	}

}
