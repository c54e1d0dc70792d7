package io.github.dynamoconnection.embedded.value;

import java.math.BigDecimal;

/** DynamoDB number rules: 38 significant digits, magnitude 1E-130 to 9.99..E+125, normalized text. */
public final class Numbers {

	/** Most significant digits DynamoDB keeps. */
	public static final int MAX_PRECISION = 38;

	private static final BigDecimal MAX = new BigDecimal("9.9999999999999999999999999999999999999E+125");

	private static final String OVERFLOW = "Number overflow. Attempting to store a number with magnitude larger than supported range";

	private static final BigDecimal MIN_POSITIVE = new BigDecimal("1E-130");

	private Numbers() {
	}

	/**
	 * Parses DynamoDB number text, enforcing precision and range.
	 * @throws NumberFormatException with DynamoDB's wording when the text is not a valid number
	 */
	public static BigDecimal parse(String text) {
		if (text == null || text.isEmpty() || text.strip().length() != text.length()) {
			throw new NumberFormatException("The parameter cannot be converted to a numeric value: " + text);
		}
		BigDecimal value;
		try {
			value = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new NumberFormatException("The parameter cannot be converted to a numeric value: " + text);
		}
		return check(value);
	}

	/**
	 * Checks precision and range of a computed number (after SET a = a + :b or ADD). DynamoDB reports a result beyond
	 * 38 significant digits (1E+50 + 1) as a number overflow, not with the message it gives for such a number sent
	 * in a request.
	 */
	public static BigDecimal checkComputed(BigDecimal value) {
		BigDecimal normalized = normalize(value);
		if (normalized.precision() > MAX_PRECISION) {
			throw new NumberFormatException(OVERFLOW);
		}
		return check(normalized);
	}

	/** Checks precision and range of a number. */
	public static BigDecimal check(BigDecimal value) {
		BigDecimal normalized = normalize(value);
		if (normalized.signum() == 0) {
			return normalized;
		}
		if (normalized.precision() > MAX_PRECISION) {
			throw new NumberFormatException("Attempting to store more than 38 significant digits in a Number");
		}
		BigDecimal magnitude = normalized.abs();
		if (magnitude.compareTo(MAX) > 0) {
			throw new NumberFormatException(OVERFLOW);
		}
		if (magnitude.compareTo(MIN_POSITIVE) < 0) {
			throw new NumberFormatException("Number underflow. Attempting to store a number with magnitude smaller than supported range");
		}
		return normalized;
	}

	/** Strips trailing zeros; zero becomes plain {@code 0}. */
	public static BigDecimal normalize(BigDecimal value) {
		return (value.signum() == 0) ? BigDecimal.ZERO : value.stripTrailingZeros();
	}

	/** DynamoDB's text form of a normalized number: plain notation ({@code 100}, {@code 0.001}). */
	public static String format(BigDecimal value) {
		return value.toPlainString();
	}

	/** Approximate storage size: one byte per two significant digits, plus one. */
	public static int size(BigDecimal value) {
		return (value.precision() + 1) / 2 + 1;
	}

}
