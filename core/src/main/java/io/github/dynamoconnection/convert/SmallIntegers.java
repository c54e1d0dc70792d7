package io.github.dynamoconnection.convert;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Reads the numbers DynamoDB sends most, plain integers of up to 18 digits, without
 * {@code new BigDecimal(String)}'s character copy; the value and scale (0) are the same.
 */
// Hand-written: the JDK has no allocation-free check-and-parse of a decimal integer string.
final class SmallIntegers {

	private static final int MAX_DIGITS = 18;

	/** 0 to 1023 read as shared instances (BigDecimal is immutable), as {@code Integer.valueOf} caches. */
	private static final BigDecimal[] SMALL = new BigDecimal[1024];

	static {
		for (int i = 0; i < SMALL.length; i++) {
			SMALL[i] = BigDecimal.valueOf(i);
		}
	}

	private SmallIntegers() {
	}

	/**
	 * The integer {@code text} spells, or {@code null} when it is anything else (a fraction, an
	 * exponent, a sign other than a leading minus, more than 18 digits, or not a number at all).
	 */
	static @Nullable BigDecimal parse(@Nullable String text) {
		if (text == null) {
			return null;
		}
		int length = text.length();
		int start = (length > 0 && text.charAt(0) == '-') ? 1 : 0;
		if (length == start || length - start > MAX_DIGITS) {
			return null;
		}
		long value = 0;
		for (int i = start; i < length; i++) {
			int digit = text.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				return null;
			}
			value = value * 10 + digit;
		}
		long signed = (start == 1) ? -value : value;
		return (signed >= 0 && signed < SMALL.length) ? SMALL[(int) signed] : BigDecimal.valueOf(signed);
	}

}
