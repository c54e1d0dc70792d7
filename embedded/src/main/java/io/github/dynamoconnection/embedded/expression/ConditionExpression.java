package io.github.dynamoconnection.embedded.expression;

import java.util.Map;

import io.github.dynamoconnection.embedded.value.Value;

/**
 * A parsed ConditionExpression or FilterExpression (or its legacy equivalent), ready to test items.
 * Immutable and thread-safe.
 */
@FunctionalInterface
public interface ConditionExpression {

	/** A condition every item (including a missing one, as an empty map) satisfies. */
	ConditionExpression ALWAYS = item -> true;

	/**
	 * Whether {@code item} satisfies the condition.
	 * @param item the item's attributes; an empty map when the item does not exist
	 */
	boolean test(Map<String, Value> item);

}
