package io.github.dynamoconnection.expression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import io.github.dynamoconnection.convert.AttributeValues;

/**
 * Something a condition compares: a document {@link Path} or the {@link Size} of one. The right
 * side of a comparison is a plain Java value (converted with {@link AttributeValues}) or another
 * operand.
 */
public abstract sealed class Operand implements Expression permits Path, Size {

	/** DynamoDB accepts at most 100 operands in an IN list. */
	static final int MAX_IN_VALUES = 100;

	Operand() {
	}

	/** {@code this = other}; {@code other} may be a value (null means DynamoDB's NULL) or another operand. */
	public Condition eq(Object other) {
		return new Comparison(this, "=", term(other, "=", true));
	}

	/** {@code this <> other}; {@code other} may be a value (null means DynamoDB's NULL) or another operand. */
	public Condition ne(Object other) {
		return new Comparison(this, "<>", term(other, "<>", true));
	}

	/** {@code this < other}; {@code other} is a value or another operand. */
	public Condition lt(Object other) {
		return new Comparison(this, "<", term(other, "<", false));
	}

	/** {@code this <= other}; {@code other} is a value or another operand. */
	public Condition le(Object other) {
		return new Comparison(this, "<=", term(other, "<=", false));
	}

	/** {@code this > other}; {@code other} is a value or another operand. */
	public Condition gt(Object other) {
		return new Comparison(this, ">", term(other, ">", false));
	}

	/** {@code this >= other}; {@code other} is a value or another operand. */
	public Condition ge(Object other) {
		return new Comparison(this, ">=", term(other, ">=", false));
	}

	/** {@code this BETWEEN low AND high} (both inclusive); neither bound may be null. */
	public Condition between(Object low, Object high) {
		return new Between(this, term(low, "BETWEEN", false), term(high, "BETWEEN", false));
	}

	/** {@code this IN (values...)}: 1 to 100 values or operands. */
	public Condition in(Object... values) {
		if (values == null) {
			throw new IllegalArgumentException("IN on " + this + " needs at least one value, got null");
		}
		return in(Arrays.asList(values));
	}

	/** {@code this IN (values...)}: 1 to 100 values or operands. */
	public Condition in(Collection<?> values) {
		if (values == null || values.isEmpty()) {
			throw new IllegalArgumentException("IN on " + this + " needs at least one value");
		}
		if (values.size() > MAX_IN_VALUES) {
			throw new IllegalArgumentException("IN on " + this + " accepts at most " + MAX_IN_VALUES + " values, got " + values.size());
		}
		List<Object> terms = new ArrayList<>(values.size());
		for (Object value : values) {
			terms.add(term(value, "IN", true));
		}
		return new In(this, terms);
	}

	/**
	 * Checks and converts the right side of a comparison now, so bad values fail where they are
	 * written: an operand stays as is, anything else becomes an {@code AttributeValue}.
	 */
	private Object term(Object value, String operator, boolean nullAllowed) {
		if (value instanceof Operand) {
			return value;
		}
		if (value == null && !nullAllowed) {
			throw new IllegalArgumentException(operator + " on " + this + " needs a non-null value");
		}
		return AttributeValues.toAttributeValue(value);
	}

	/** Renders a term made by {@link #term}: an operand's text or a new value placeholder. */
	static String render(Object term, Placeholders placeholders) {
		return (term instanceof Operand operand) ? operand.render(placeholders) : placeholders.value(term);
	}

}
