package io.github.dynamoconnection.convert;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Renders Java numbers as DynamoDB number text: plain decimal notation, never an exponent, and
 * never NaN or Infinity.
 */
// Hand-written: the enhanced client's number converters emit Double.toString's exponent form ("1.0E10").
final class NumberText {

	/** Below 2^53 an integral double is exactly the long it casts to, and prints as such. */
	private static final double DOUBLE_EXACT_LIMIT = 9.007199254740992E15;

	/** Below 2^24 an integral float is exactly the long it casts to; above, its shortest text is what it means. */
	private static final double FLOAT_EXACT_LIMIT = 16_777_216d;

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
			return ofDouble(value, Double.toString(value), DOUBLE_EXACT_LIMIT);
		}
		if (number instanceof Float value) {
			return ofDouble(value, Float.toString(value), FLOAT_EXACT_LIMIT);
		}
		return ofOther(number);
	}

	private static String ofDouble(double value, String text, double exactLimit) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw new ValueConversionException("cannot convert " + text + " to a DynamoDB number (NaN and Infinity have no DynamoDB form)");
		}
		if (value == Math.rint(value) && Math.abs(value) < exactLimit) {
			return Long.toString((long) value);
		}
		return (text.indexOf('E') < 0) ? text : new BigDecimal(text).stripTrailingZeros().toPlainString();
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
