package io.github.dynamoconnection.embedded.value;

import java.util.Comparator;

/** DynamoDB's orderings for key values: numbers numerically, strings and binary by unsigned bytes. */
public final class ValueOrder {

	/** Compares two key values of the same scalar type (S, N or B). */
	public static final Comparator<Value> KEY_ORDER = ValueOrder::compare;

	private ValueOrder() {
	}

	/**
	 * Compares two scalar values of the same type.
	 * @throws IllegalArgumentException when the types differ or are not S, N or B
	 */
	public static int compare(Value left, Value right) {
		if (left instanceof Value.N a && right instanceof Value.N b) {
			return a.value().compareTo(b.value());
		}
		if (left instanceof Value.S a && right instanceof Value.S b) {
			return compareUtf8(a.value(), b.value());
		}
		if (left instanceof Value.B a && right instanceof Value.B b) {
			return java.util.Arrays.compareUnsigned(a.value(), b.value());
		}
		throw new IllegalArgumentException("Cannot order " + left.type() + " against " + right.type());
	}

	/** Orders strings by their UTF-8 bytes, unsigned (which is code point order, not UTF-16 order). */
	public static int compareUtf8(String a, String b) {
		int i = 0;
		int n = Math.min(a.length(), b.length());
		while (i < n) {
			char ca = a.charAt(i);
			char cb = b.charAt(i);
			if (ca != cb) {
				if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) {
					return Integer.compare(a.codePointAt(i), b.codePointAt(i));
				}
				return Character.compare(ca, cb);
			}
			i++;
		}
		return Integer.compare(a.length(), b.length());
	}

}
