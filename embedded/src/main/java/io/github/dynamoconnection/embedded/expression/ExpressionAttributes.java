package io.github.dynamoconnection.embedded.expression;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.value.Value;

/**
 * The {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues} of one request, tracking
 * which placeholders the request's expressions used so that {@link #assertAllUsed()} can reject unused
 * ones as DynamoDB does. One instance per request; not thread-safe.
 */
public final class ExpressionAttributes {

	private final Map<String, String> names;

	private final Map<String, Value> values;

	private final Set<String> usedNames = new LinkedHashSet<>();

	private final Set<String> usedValues = new LinkedHashSet<>();

	/**
	 * @param names placeholder ({@code #n}) to attribute name; {@code null} when absent
	 * @param values placeholder ({@code :v}) to value; {@code null} when absent
	 * @throws EngineException ValidationException for a malformed placeholder such as {@code name} or {@code #a-b}
	 */
	public ExpressionAttributes(Map<String, String> names, Map<String, Value> values) {
		this.names = (names != null) ? new LinkedHashMap<>(names) : Map.of();
		this.values = (values != null) ? new LinkedHashMap<>(values) : Map.of();
		checkKeys("ExpressionAttributeNames", this.names.keySet(), '#');
		checkKeys("ExpressionAttributeValues", this.values.keySet(), ':');
	}

	/** Rejects a placeholder that is not the prefix followed by letters, digits or underscores. */
	private static void checkKeys(String parameter, Set<String> keys, char prefix) {
		for (String key : keys) {
			boolean valid = key.length() > 1 && key.charAt(0) == prefix;
			for (int i = 1; valid && i < key.length(); i++) {
				valid = Lexer.isNamePart(key.charAt(i));
			}
			if (!valid) {
				throw EngineException.validation(parameter + " contains invalid key: Syntax error; key: \"" + key + "\"");
			}
		}
	}

	/** No placeholders at all. */
	public static ExpressionAttributes none() {
		return new ExpressionAttributes(null, null);
	}

	/** The attribute name for {@code placeholder} (marking it used), or {@code null} when undefined. */
	String name(String placeholder) {
		String name = names.get(placeholder);
		if (name != null) {
			usedNames.add(placeholder);
		}
		return name;
	}

	/** The value for {@code placeholder} (marking it used), or {@code null} when undefined. */
	Value value(String placeholder) {
		Value value = values.get(placeholder);
		if (value != null) {
			usedValues.add(placeholder);
		}
		return value;
	}

	/** The declared name placeholders and their names. */
	public Map<String, String> names() {
		return java.util.Collections.unmodifiableMap(names);
	}

	/** The declared value placeholders and their values. */
	public Map<String, Value> values() {
		return java.util.Collections.unmodifiableMap(values);
	}

	/**
	 * Rejects placeholders no expression used, names first, as DynamoDB does.
	 * @throws EngineException ValidationException naming the unused keys
	 */
	public void assertAllUsed() {
		String unusedNames = unused(names.keySet(), usedNames);
		if (unusedNames != null) {
			throw EngineException.validation(
					"Value provided in ExpressionAttributeNames unused in expressions: keys: {" + unusedNames + "}");
		}
		String unusedValues = unused(values.keySet(), usedValues);
		if (unusedValues != null) {
			throw EngineException.validation(
					"Value provided in ExpressionAttributeValues unused in expressions: keys: {" + unusedValues + "}");
		}
	}

	private static String unused(Set<String> declared, Set<String> used) {
		StringJoiner keys = new StringJoiner(", ");
		for (String key : declared) {
			if (!used.contains(key)) {
				keys.add(key);
			}
		}
		return (keys.length() == 0) ? null : keys.toString();
	}

}
