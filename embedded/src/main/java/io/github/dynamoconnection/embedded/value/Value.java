package io.github.dynamoconnection.embedded.value;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A DynamoDB attribute value inside the engine: one record per DynamoDB type. Immutable. Numbers
 * are held as normalized {@link BigDecimal}; binary values compare by unsigned bytes. The engine's
 * own type, independent of the AWS SDK model and of any wire format.
 */
public sealed interface Value permits Value.S, Value.N, Value.B, Value.SS, Value.NS, Value.BS, Value.M, Value.L,
		Value.Bool, Value.Null {

	/** The DynamoDB type descriptor of this value. */
	ValueType type();

	/** Size in bytes by DynamoDB's item-size rules (used for the 400 KB limit and capacity). */
	int size();

	/** String. */
	record S(String value) implements Value {
		public S {
			if (value == null) {
				throw new IllegalArgumentException("S value must not be null");
			}
		}

		@Override
		public ValueType type() {
			return ValueType.S;
		}

		@Override
		public int size() {
			return Sizes.utf8Length(value);
		}
	}

	/** Number, normalized (trailing zeros stripped), so that {@code 1.50} equals {@code 1.5}. */
	record N(BigDecimal value) implements Value {
		public N {
			if (value == null) {
				throw new IllegalArgumentException("N value must not be null");
			}
			value = Numbers.normalize(value);
		}

		/** The number as DynamoDB returns it. */
		public String text() {
			return Numbers.format(value);
		}

		@Override
		public ValueType type() {
			return ValueType.N;
		}

		@Override
		public int size() {
			return Numbers.size(value);
		}
	}

	/** Binary. */
	record B(byte[] value) implements Value {
		public B {
			if (value == null) {
				throw new IllegalArgumentException("B value must not be null");
			}
		}

		@Override
		public ValueType type() {
			return ValueType.B;
		}

		@Override
		public int size() {
			return value.length;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof B b && Arrays.equals(value, b.value);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(value);
		}

		@Override
		public String toString() {
			return "B[" + value.length + " bytes]";
		}
	}

	/** String set: non-empty, no duplicates, insertion order kept. */
	record SS(List<String> values) implements Value {
		public SS {
			values = List.copyOf(values);
		}

		@Override
		public ValueType type() {
			return ValueType.SS;
		}

		@Override
		public int size() {
			int size = 0;
			for (String value : values) {
				size += Sizes.utf8Length(value);
			}
			return size;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof SS ss && values.size() == ss.values.size() && values.containsAll(ss.values);
		}

		@Override
		public int hashCode() {
			return new java.util.HashSet<>(values).hashCode();
		}
	}

	/** Number set: non-empty, no duplicates (numerically), normalized members. */
	record NS(List<BigDecimal> values) implements Value {
		public NS {
			values = values.stream().map(Numbers::normalize).toList();
		}

		@Override
		public ValueType type() {
			return ValueType.NS;
		}

		@Override
		public int size() {
			int size = 0;
			for (BigDecimal value : values) {
				size += Numbers.size(value);
			}
			return size;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof NS ns && values.size() == ns.values.size() && values.containsAll(ns.values);
		}

		@Override
		public int hashCode() {
			return new java.util.HashSet<>(values).hashCode();
		}
	}

	/** Binary set: non-empty, no duplicates. */
	record BS(List<byte[]> values) implements Value {
		public BS {
			values = List.copyOf(values);
		}

		@Override
		public ValueType type() {
			return ValueType.BS;
		}

		@Override
		public int size() {
			int size = 0;
			for (byte[] value : values) {
				size += value.length;
			}
			return size;
		}

		/** Whether the set holds a member with these bytes. */
		public boolean contains(byte[] candidate) {
			for (byte[] value : values) {
				if (Arrays.equals(value, candidate)) {
					return true;
				}
			}
			return false;
		}

		@Override
		public boolean equals(Object other) {
			if (!(other instanceof BS bs) || values.size() != bs.values.size()) {
				return false;
			}
			for (byte[] value : values) {
				if (!bs.contains(value)) {
					return false;
				}
			}
			return true;
		}

		@Override
		public int hashCode() {
			int hash = 0;
			for (byte[] value : values) {
				hash += Arrays.hashCode(value);
			}
			return hash;
		}

		@Override
		public String toString() {
			return "BS[" + values.size() + " members]";
		}
	}

	/** Map (document), attribute order kept. */
	record M(Map<String, Value> values) implements Value {
		public M {
			values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
		}

		@Override
		public ValueType type() {
			return ValueType.M;
		}

		@Override
		public int size() {
			int size = 3;
			for (Map.Entry<String, Value> entry : values.entrySet()) {
				size += Sizes.utf8Length(entry.getKey()) + entry.getValue().size() + 1;
			}
			return size;
		}
	}

	/** List (document). */
	record L(List<Value> values) implements Value {
		public L {
			values = List.copyOf(values);
		}

		@Override
		public ValueType type() {
			return ValueType.L;
		}

		@Override
		public int size() {
			int size = 3;
			for (Value value : values) {
				size += value.size() + 1;
			}
			return size;
		}
	}

	/** Boolean. */
	record Bool(boolean value) implements Value {
		public static final Bool TRUE = new Bool(true);

		public static final Bool FALSE = new Bool(false);

		@Override
		public ValueType type() {
			return ValueType.BOOL;
		}

		@Override
		public int size() {
			return 1;
		}
	}

	/** Null. */
	record Null() implements Value {
		public static final Null INSTANCE = new Null();

		@Override
		public ValueType type() {
			return ValueType.NULL;
		}

		@Override
		public int size() {
			return 1;
		}
	}

	/** Shorthand for a string value. */
	static S s(String value) {
		return new S(value);
	}

	/** Shorthand for a number value parsed from DynamoDB's text form. */
	static N n(String text) {
		return new N(Numbers.parse(text));
	}

	/** Shorthand for a number value. */
	static N n(long number) {
		return new N(BigDecimal.valueOf(number));
	}

	/** Shorthand for a UTF-8 binary value (tests). */
	static B b(String utf8) {
		return new B(utf8.getBytes(StandardCharsets.UTF_8));
	}

}
