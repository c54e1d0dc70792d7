package io.github.dynamoconnection.expression;

import io.github.dynamoconnection.convert.AttributeValues;

/** Builds a Query's KeyConditionExpression: equality on the hash key, optionally a range key condition. */
public final class KeyConditions {

	private KeyConditions() {
	}

	/**
	 * Renders {@code hash = :value} (the name as a placeholder where DynamoDB needs one), followed by
	 * {@code AND} and the range key condition when given.
	 * The range condition must know its key ({@link RangeKeyCondition#forKey}); otherwise use
	 * {@link #render(Placeholders, String, Object, String, RangeKeyCondition)} with the key's name.
	 * @param placeholders the request's placeholders
	 * @param hashKeyName the hash key attribute's name
	 * @param hashValue the hash key value (string, number or binary)
	 * @param rangeOrNull the range key condition bound to its key, or {@code null}
	 * @return the key condition expression
	 */
	public static String render(Placeholders placeholders, String hashKeyName, Object hashValue, RangeKeyCondition rangeOrNull) {
		return render(placeholders, hashKeyName, hashValue, (rangeOrNull != null) ? rangeOrNull.keyName() : null, rangeOrNull);
	}

	/**
	 * Renders {@code hash = :value} (the name as a placeholder where DynamoDB needs one), followed by
	 * {@code AND} and the range key condition when given.
	 * @param placeholders the request's placeholders
	 * @param hashKeyName the hash key attribute's name
	 * @param hashValue the hash key value (string, number or binary)
	 * @param rangeKeyName the range key attribute's name; needed only with a range condition
	 * @param rangeOrNull the range key condition, or {@code null}
	 * @return the key condition expression
	 */
	public static String render(Placeholders placeholders, String hashKeyName, Object hashValue, String rangeKeyName,
			RangeKeyCondition rangeOrNull) {
		if (hashKeyName == null || hashKeyName.isEmpty()) {
			throw new IllegalArgumentException("key condition needs the hash key's name");
		}
		if (hashValue == null) {
			throw new IllegalArgumentException("key condition needs a value for hash key '" + hashKeyName + "'");
		}
		String hash = placeholders.bareOrName(hashKeyName) + " = " + placeholders.value(AttributeValues.toAttributeValue(hashValue));
		if (rangeOrNull == null) {
			return hash;
		}
		if (rangeKeyName == null || rangeKeyName.isEmpty()) {
			throw new IllegalArgumentException("a range key condition " + rangeOrNull + " was given without the range key's name: "
					+ "pass it to KeyConditions.render(placeholders, hashKeyName, hashValue, rangeKeyName, condition) "
					+ "or bind it with condition.forKey(rangeKeyName)");
		}
		return hash + " AND " + rangeOrNull.render(placeholders, rangeKeyName);
	}

}
