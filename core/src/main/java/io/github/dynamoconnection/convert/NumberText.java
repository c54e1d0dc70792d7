package io.github.dynamoconnection.convert;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Renders Java numbers as DynamoDB number text: plain decimal notation, never an exponent, and
 * never NaN or Infinity.
 */
// Hand-written: the enhanced client's number converters emit Double.toString's exponent form ("1.0E10").
final class NumberText {

	/** Doubles whose integral values print exactly as longs (below 2^53). */
	private static final double EXACT_LONG_LIMIT = 9.007199254740992E15;

	private NumberText() {
	}

	/** The DynamoDB text of a number, or a {@link ValueConversionException} naming why it has none. */
	static String of(Number number) {
		if (number instanceof Integer || number instanceof Long || number instanceof Short
				|| number instanceof Byte || number instanceof BigInteger) {
			return number.toString();
		}
		if (number instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (number instanceof Double value) {
			return ofDouble(value, Double.toString(value));
		}
		if (number instanceof Float value) {
			return ofDouble(value, Float.toString(value));
		}
		return ofOther(number);
	}

	private static String ofDouble(double value, String text) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw new ValueConversionException("cannot convert " + text + " to a DynamoDB number (NaN and Infinity have no DynamoDB form)");
		}
		if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG_LIMIT) {
			return Long.toString((long) value);
		}
		return (text.indexOf('E') < 0) ? text : new BigDecimal(text).toPlainString();
	}

	private static String ofOther(Number number) {
		String text = String.valueOf(number);
		try {
			return new BigDecimal(text).toPlainString();
		}
		catch (NumberFormatException ex) {
			throw new ValueConversionException("cannot convert " + number.getClass().getName() + " '" + text
					+ "' to a DynamoDB number (it does not print as a decimal number)", ex);
		}
	}

}
