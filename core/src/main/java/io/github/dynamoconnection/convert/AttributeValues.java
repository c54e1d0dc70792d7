package io.github.dynamoconnection.convert;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts values between plain Java and DynamoDB {@link AttributeValue}s, both ways.
 * <p>
 * Java to DynamoDB: {@code String} -> S; any {@code Number} -> N in plain decimal text (NaN and
 * Infinity are refused); {@code byte[]}, {@code SdkBytes}, {@code ByteBuffer} -> B;
 * {@code Boolean} -> BOOL; {@code null} -> NULL; a non-empty {@code Set} of strings (or enums),
 * numbers or binaries -> SS, NS, BS; {@code List} and {@code Object[]} -> L; {@code Map} with
 * String keys -> M; an enum -> S of its {@code name()}; an {@code AttributeValue} passes through
 * untouched; other types the SDK enhanced client's default converters know (java.time types,
 * UUID, URI, ...) are converted by those. Anything else is a {@link ValueConversionException}
 * naming where in the value it sits.
 * <p>
 * DynamoDB to Java: S -> {@code String}, N -> {@code BigDecimal}, B -> {@code SdkBytes}, SS/NS/BS ->
 * {@code LinkedHashSet} of {@code String}/{@code BigDecimal}/{@code SdkBytes}, L -> {@code List},
 * M -> {@code LinkedHashMap}, BOOL -> {@code Boolean}, NULL -> {@code null}. The collections
 * returned are fresh and mutable.
 */
public final class AttributeValues {

	private AttributeValues() {
	}

	/**
	 * Converts one Java value to an attribute value.
	 * @param value the value, may be {@code null}
	 * @return the attribute value
	 * @throws ValueConversionException when the value (or something inside it) has no DynamoDB form
	 */
	public static AttributeValue toAttributeValue(Object value) {
		return JavaToAttributeValue.convert(value);
	}

	/**
	 * Converts one attribute value to plain Java.
	 * @param value the attribute value
	 * @return the Java value, {@code null} for DynamoDB's NULL
	 * @throws ValueConversionException when the value is {@code null}, has no type or holds a malformed number
	 */
	public static Object toJava(AttributeValue value) {
		return AttributeValueToJava.convert(value);
	}

	/**
	 * Converts a map of attribute names to Java values into a DynamoDB item.
	 * @param attributes attribute names to values (values may be {@code null})
	 * @return the item, in the map's iteration order
	 * @throws ValueConversionException naming the attribute whose value could not be converted
	 */
	public static Map<String, AttributeValue> toItem(Map<String, ?> attributes) {
		if (attributes == null) {
			throw new ValueConversionException("cannot convert a null attribute map to an item");
		}
		return JavaToAttributeValue.convertMap(attributes);
	}

	/**
	 * Converts a DynamoDB item into a map of attribute names to plain Java values.
	 * @param item the item
	 * @return a fresh mutable map in the item's iteration order
	 * @throws ValueConversionException naming the attribute whose value could not be converted
	 */
	public static Map<String, Object> toJavaItem(Map<String, AttributeValue> item) {
		if (item == null) {
			throw new ValueConversionException("cannot convert a null item");
		}
		return AttributeValueToJava.convertMap(item);
	}

}
