package io.github.dynamoconnection.embedded.storage;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.dynamoconnection.embedded.value.Value;

/**
 * The key of a multi-attribute index key (several partition or sort key attributes) as one binary
 * value whose unsigned byte order is the attributes' order, left to right: each string or binary
 * is its bytes with 0x00 escaped as 0x00 0xFF and ended by 0x00 0x00; each number a sign byte, its
 * decimal exponent and its digits (negated for negative numbers) ended by a terminator. No element
 * encoding is a prefix of another's, so the encoding of a tuple's first attributes is a byte prefix
 * of the whole, which turns "these first attributes equal" into a {@code begins_with}.
 */
public final class KeyTuples {

	private KeyTuples() {
	}

	/** The encoded tuple as a binary key value. */
	public static Value.B encode(List<Value> values) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Value value : values) {
			append(out, value);
		}
		return new Value.B(out.toByteArray());
	}

	/** The bytes every encoded string or binary starting with {@code prefix} starts with (no terminator). */
	public static byte[] prefixBody(Value prefix) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		escaped(out, bytesOf(prefix));
		return out.toByteArray();
	}

	private static void append(ByteArrayOutputStream out, Value value) {
		if (value instanceof Value.N number) {
			appendNumber(out, number.value());
			return;
		}
		escaped(out, bytesOf(value));
		out.write(0);
		out.write(0);
	}

	private static byte[] bytesOf(Value value) {
		if (value instanceof Value.S s) {
			return s.value().getBytes(StandardCharsets.UTF_8);
		}
		if (value instanceof Value.B b) {
			return b.value();
		}
		throw new IllegalArgumentException("Not a string or binary key value: " + value.type());
	}

	private static void escaped(ByteArrayOutputStream out, byte[] bytes) {
		for (byte b : bytes) {
			out.write(b);
			if (b == 0) {
				out.write(0xFF);
			}
		}
	}

	/** Zero 0x80; positive 0xC0, exponent, digits 1..10, 0x00; negative 0x40, inverted exponent, digits 10..1, 0xFF. */
	private static void appendNumber(ByteArrayOutputStream out, BigDecimal number) {
		int sign = number.signum();
		if (sign == 0) {
			out.write(0x80);
			return;
		}
		BigDecimal normalized = number.abs().stripTrailingZeros();
		String digits = normalized.unscaledValue().toString();
		int exponent = digits.length() - normalized.scale() + 0x8000;
		if (sign > 0) {
			out.write(0xC0);
			out.write((exponent >>> 8) & 0xFF);
			out.write(exponent & 0xFF);
			for (int i = 0; i < digits.length(); i++) {
				out.write(digits.charAt(i) - '0' + 1);
			}
			out.write(0x00);
		}
		else {
			int inverted = 0xFFFF - exponent;
			out.write(0x40);
			out.write((inverted >>> 8) & 0xFF);
			out.write(inverted & 0xFF);
			for (int i = 0; i < digits.length(); i++) {
				out.write(10 - (digits.charAt(i) - '0'));
			}
			out.write(0xFF);
		}
	}

}
