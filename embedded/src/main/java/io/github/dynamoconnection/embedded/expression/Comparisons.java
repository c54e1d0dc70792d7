package io.github.dynamoconnection.embedded.expression;

import java.math.BigDecimal;
import java.util.Arrays;

import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueOrder;

/**
 * DynamoDB's comparison semantics shared by expressions and the legacy parameters: a missing operand
 * ({@code null}) or operands of different types never compare true (except for {@code <>}).
 */
final class Comparisons {

	private Comparisons() {
	}

	/** {@code =}: both present, same type, equal. */
	static boolean equal(Value left, Value right) {
		return left != null && right != null && left.equals(right);
	}

	/**
	 * Orders two values for {@code < <= > >=} and BETWEEN.
	 * @return the comparison result, or {@code null} when the values do not order (missing, different
	 * types, or not S, N or B)
	 */
	static Integer order(Value left, Value right) {
		if (left == null || right == null || left.type() != right.type() || !left.type().isScalarKeyType()) {
			return null;
		}
		return ValueOrder.compare(left, right);
	}

	/** {@code < <= > >=} by operator token kind. */
	static boolean compare(Token.Kind operator, Value left, Value right) {
		if (operator == Token.Kind.EQ) {
			return equal(left, right);
		}
		if (operator == Token.Kind.NE) {
			return !equal(left, right);
		}
		Integer order = order(left, right);
		if (order == null) {
			return false;
		}
		return switch (operator) {
			case LT -> order < 0;
			case LE -> order <= 0;
			case GT -> order > 0;
			case GE -> order >= 0;
			default -> throw new IllegalArgumentException("Not a comparison: " + operator);
		};
	}

	/** BETWEEN, bounds inclusive. */
	static boolean between(Value value, Value low, Value high) {
		Integer lower = order(value, low);
		Integer upper = order(value, high);
		return lower != null && upper != null && lower >= 0 && upper <= 0;
	}

	/** {@code begins_with}: both strings or both binary, prefix match. */
	static boolean beginsWith(Value value, Value prefix) {
		if (value instanceof Value.S s && prefix instanceof Value.S p) {
			return s.value().startsWith(p.value());
		}
		if (value instanceof Value.B b && prefix instanceof Value.B p) {
			return b.value().length >= p.value().length
					&& Arrays.equals(b.value(), 0, p.value().length, p.value(), 0, p.value().length);
		}
		return false;
	}

	/** {@code contains}: substring of a string or binary, member of a set, element of a list. */
	static boolean contains(Value container, Value operand) {
		if (container == null || operand == null) {
			return false;
		}
		if (container instanceof Value.S s) {
			return operand instanceof Value.S o && s.value().contains(o.value());
		}
		if (container instanceof Value.B b) {
			return operand instanceof Value.B o && indexOf(b.value(), o.value()) >= 0;
		}
		if (container instanceof Value.SS ss) {
			return operand instanceof Value.S o && ss.values().contains(o.value());
		}
		if (container instanceof Value.NS ns) {
			return operand instanceof Value.N o && containsNumber(ns, o.value());
		}
		if (container instanceof Value.BS bs) {
			return operand instanceof Value.B o && bs.contains(o.value());
		}
		if (container instanceof Value.L list) {
			return list.values().contains(operand);
		}
		return false;
	}

	/** {@code size}: length of a string or binary, members of a set, elements of a list or map; else {@code null}. */
	static Value size(Value value) {
		int size = -1;
		if (value instanceof Value.S s) {
			size = s.value().length();
		}
		else if (value instanceof Value.B b) {
			size = b.value().length;
		}
		else if (value instanceof Value.SS ss) {
			size = ss.values().size();
		}
		else if (value instanceof Value.NS ns) {
			size = ns.values().size();
		}
		else if (value instanceof Value.BS bs) {
			size = bs.values().size();
		}
		else if (value instanceof Value.L list) {
			size = list.values().size();
		}
		else if (value instanceof Value.M map) {
			size = map.values().size();
		}
		return (size < 0) ? null : Value.n(size);
	}

	private static boolean containsNumber(Value.NS set, BigDecimal number) {
		for (BigDecimal member : set.values()) {
			if (member.compareTo(number) == 0) {
				return true;
			}
		}
		return false;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
