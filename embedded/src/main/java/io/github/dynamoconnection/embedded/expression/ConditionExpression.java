package io.github.dynamoconnection.embedded.expression;

import java.util.Map;
import java.util.Set;

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

	/**
	 * The top-level attribute names the condition reads (the heads of its document paths), e.g. to reject key
	 * attributes in a Query's FilterExpression or QueryFilter; empty when the condition reads none.
	 */
	default Set<String> topLevelAttributes() {
		return Set.of();
	}

}
