package io.github.dynamoconnection.embedded.expression;

import java.util.Map;

import io.github.dynamoconnection.embedded.value.Value;

/**
 * A parsed KeyConditionExpression (or legacy KeyConditions): equality on the partition key and at most one
 * condition on the sort key. Immutable.
 * @param hashKeyName the partition key attribute
 * @param hashValue the partition key value to look up
 * @param range the sort-key condition, or {@code null}
 */
public record KeyConditionExpression(String hashKeyName, Value hashValue, RangeCondition range) {

	/** Whether an item's key attributes satisfy the whole condition. */
	public boolean matches(Map<String, Value> item) {
		return Comparisons.equal(item.get(hashKeyName), hashValue)
				&& (range == null || range.matches(item.get(range.attributeName())));
	}

}
