package io.github.dynamoconnection.expression;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * A DynamoDB condition, usable as a ConditionExpression or a FilterExpression. Build one from a
 * {@link Path} ({@code Path.of("age").ge(18)}), combine with {@link #and}, {@link #or},
 * {@link #negate}, or wrap a hand-written string with {@link #raw}. Rendering adds parentheses
 * exactly where DynamoDB's precedence (comparison, NOT, AND, OR) needs them. Built conditions are
 * immutable and thread-safe: define them once and reuse them in any number of requests.
 */
public interface Condition extends Expression {

	/** All of the conditions hold; nested ANDs flatten, ORs are parenthesized. */
	static Condition and(Condition... conditions) {
		return Junction.of(Junction.AND, (conditions != null) ? Arrays.asList(conditions) : null);
	}

	/** All of the conditions hold. */
	static Condition and(Collection<? extends Condition> conditions) {
		return Junction.of(Junction.AND, conditions);
	}

	/** At least one of the conditions holds. */
	static Condition or(Condition... conditions) {
		return Junction.of(Junction.OR, (conditions != null) ? Arrays.asList(conditions) : null);
	}

	/** At least one of the conditions holds. */
	static Condition or(Collection<? extends Condition> conditions) {
		return Junction.of(Junction.OR, conditions);
	}

	/** The condition does not hold. */
	static Condition not(Condition condition) {
		return Negation.of(condition);
	}

	/**
	 * A hand-written condition expression with its own placeholders, merged into the request's
	 * {@link Placeholders} when rendered (a placeholder that already means something else there is
	 * an {@code IllegalArgumentException}). Parenthesized whenever combined with other conditions.
	 * @param expression the expression text, e.g. {@code #s = :open}
	 * @param names placeholder to attribute name, may be {@code null}
	 * @param values placeholder to Java value or {@code AttributeValue}, may be {@code null}
	 * @return the condition
	 */
	static Condition raw(String expression, Map<String, String> names, Map<String, ?> values) {
		return new RawCondition(expression, names, values);
	}

	/** This condition and the other one. */
	default Condition and(Condition other) {
		return Junction.of(Junction.AND, Arrays.asList(this, other));
	}

	/** This condition or the other one. */
	default Condition or(Condition other) {
		return Junction.of(Junction.OR, Arrays.asList(this, other));
	}

	/** The opposite of this condition. */
	default Condition negate() {
		return Negation.of(this);
	}

}
