package io.github.dynamoconnection.expression;

import java.util.Set;

import io.github.dynamoconnection.convert.AttributeValues;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The condition on a table's or index's range (sort) key in a Query. The key's name comes from the
 * schema when rendering, so none is given here. Immutable.
 */
public final class RangeKeyCondition {

	private static final Set<AttributeValue.Type> KEY_TYPES = Set.of(AttributeValue.Type.S, AttributeValue.Type.N,
			AttributeValue.Type.B);

	private final String operator;

	private final AttributeValue first;

	private final AttributeValue second;

	/** The range key's name when bound with {@link #forKey}, else {@code null}. */
	private final String keyName;

	private RangeKeyCondition(String operator, AttributeValue first, AttributeValue second, String keyName) {
		this.operator = operator;
		this.first = first;
		this.second = second;
		this.keyName = keyName;
	}

	private RangeKeyCondition(String operator, AttributeValue first, AttributeValue second) {
		this(operator, first, second, null);
	}

	/**
	 * This condition bound to a range key name, for callers that render it without the schema at hand.
	 * @param rangeKeyName the range key attribute's name
	 * @return a copy that knows its key
	 */
	public RangeKeyCondition forKey(String rangeKeyName) {
		if (rangeKeyName == null || rangeKeyName.isEmpty()) {
			throw new IllegalArgumentException("range key name must not be null or empty");
		}
		return new RangeKeyCondition(operator, first, second, rangeKeyName);
	}

	/** The range key's name given to {@link #forKey}, or {@code null}. */
	public String keyName() {
		return keyName;
	}

	/** {@code key = value}. */
	public static RangeKeyCondition eq(Object value) {
		return comparison("=", value);
	}

	/** {@code key < value}. */
	public static RangeKeyCondition lt(Object value) {
		return comparison("<", value);
	}

	/** {@code key <= value}. */
	public static RangeKeyCondition le(Object value) {
		return comparison("<=", value);
	}

	/** {@code key > value}. */
	public static RangeKeyCondition gt(Object value) {
		return comparison(">", value);
	}

	/** {@code key >= value}. */
	public static RangeKeyCondition ge(Object value) {
		return comparison(">=", value);
	}

	/** {@code key BETWEEN low AND high}, both inclusive. */
	public static RangeKeyCondition between(Object low, Object high) {
		return new RangeKeyCondition("BETWEEN", keyValue("BETWEEN", low), keyValue("BETWEEN", high));
	}

	/** {@code begins_with(key, prefix)}. */
	public static RangeKeyCondition beginsWith(String prefix) {
		return new RangeKeyCondition("begins_with", keyValue("begins_with", prefix), null);
	}

	private static RangeKeyCondition comparison(String operator, Object value) {
		return new RangeKeyCondition(operator, keyValue(operator, value), null);
	}

	private static AttributeValue keyValue(String operator, Object value) {
		if (value == null) {
			throw new IllegalArgumentException("range key condition " + operator + " needs a non-null value");
		}
		AttributeValue converted = AttributeValues.toAttributeValue(value);
		if (!KEY_TYPES.contains(converted.type())) {
			throw new IllegalArgumentException("range key condition " + operator + " needs a string, number or binary value, got "
					+ value.getClass().getName());
		}
		return converted;
	}

	/** Whether this is an equality ({@code key = value}), the only condition a sort key attribute before the last one used may have. */
	boolean isEquality() {
		return "=".equals(operator);
	}

	/**
	 * Renders the condition on the named range key.
	 * @param placeholders the request's placeholders
	 * @param rangeKeyName the range key attribute's name, taken literally
	 * @return expression text such as {@code sk BETWEEN :v1 AND :v2} ({@code #n1 BETWEEN ...} when the
	 * name needs a placeholder)
	 */
	public String render(Placeholders placeholders, String rangeKeyName) {
		String key = placeholders.bareOrName(rangeKeyName);
		return switch (operator) {
			case "BETWEEN" -> key + " BETWEEN " + placeholders.value(first) + " AND " + placeholders.value(second);
			case "begins_with" -> "begins_with(" + key + ", " + placeholders.value(first) + ")";
			default -> key + " " + operator + " " + placeholders.value(first);
		};
	}

	@Override
	public String toString() {
		return Placeholders.display(placeholders -> render(placeholders, (keyName != null) ? keyName : "<range key>"));
	}

}
