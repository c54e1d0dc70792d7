package io.github.dynamoconnection.embedded.expression;

import io.github.dynamoconnection.embedded.value.Value;

/**
 * The sort-key part of a key condition: one operator with its bound(s). {@code high} is set only for BETWEEN.
 * Immutable.
 */
public record RangeCondition(String attributeName, Op op, Value low, Value high) {

	/** The operators DynamoDB allows on a sort key. */
	public enum Op {
		EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH
	}

	/** Whether a sort-key value satisfies the condition (different types never do). */
	public boolean matches(Value rangeValue) {
		if (rangeValue == null) {
			return false;
		}
		return switch (op) {
			case EQ -> Comparisons.equal(rangeValue, low);
			case LT -> Comparisons.compare(Token.Kind.LT, rangeValue, low);
			case LE -> Comparisons.compare(Token.Kind.LE, rangeValue, low);
			case GT -> Comparisons.compare(Token.Kind.GT, rangeValue, low);
			case GE -> Comparisons.compare(Token.Kind.GE, rangeValue, low);
			case BETWEEN -> Comparisons.between(rangeValue, low, high);
			case BEGINS_WITH -> Comparisons.beginsWith(rangeValue, low);
		};
	}

}
