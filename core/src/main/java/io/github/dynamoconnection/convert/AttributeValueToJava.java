package io.github.dynamoconnection.convert;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Converts {@code AttributeValue}s to plain Java values, recursing into lists and maps. */
// Hand-written: the enhanced client needs a target type up front; here the attribute's own type decides.
final class AttributeValueToJava {

	private AttributeValueToJava() {
	}

	static Object convert(AttributeValue value) {
		if (value == null) {
			throw new ValueConversionException("cannot convert a null AttributeValue (DynamoDB's null is AttributeValue.fromNul(true))");
		}
		AttributeValue.Type type = value.type();
		if (type == null) {
			throw new ValueConversionException("cannot convert an AttributeValue with no type set: " + value);
		}
		return switch (type) {
			case S -> value.s();
			case N -> number(value.n());
			case B -> value.b();
			case BOOL -> value.bool();
			case NUL -> null;
			case M -> convertMap(value.m());
			case L -> convertList(value.l());
			case SS -> new LinkedHashSet<>(value.ss());
			case NS -> numberSet(value.ns());
			case BS -> new LinkedHashSet<SdkBytes>(value.bs());
			default -> throw new ValueConversionException("cannot convert an AttributeValue of a type this SDK does not know: " + value);
		};
	}

	static Map<String, Object> convertMap(Map<String, AttributeValue> map) {
		Map<String, Object> converted = new LinkedHashMap<>(JavaToAttributeValue.capacity(map.size()));
		// A loop of our own, not Map.forEach: forEach's call back is shared by every map in the JVM
		// (the SDK's own marshalling), so the JIT cannot inline the conversion into it.
		for (Map.Entry<String, AttributeValue> entry : map.entrySet()) {
			String name = entry.getKey();
			try {
				converted.put(name, convert(entry.getValue()));
			}
			catch (ValueConversionException ex) {
				throw ex.insideKey(name);
			}
		}
		return converted;
	}

	private static List<Object> convertList(List<AttributeValue> list) {
		List<Object> converted = new ArrayList<>(list.size());
		for (int i = 0; i < list.size(); i++) {
			try {
				converted.add(convert(list.get(i)));
			}
			catch (ValueConversionException ex) {
				throw ex.insideIndex(i);
			}
		}
		return converted;
	}

	private static Set<BigDecimal> numberSet(List<String> texts) {
		Set<BigDecimal> numbers = new LinkedHashSet<>(JavaToAttributeValue.capacity(texts.size()));
		for (int i = 0; i < texts.size(); i++) {
			try {
				numbers.add(number(texts.get(i)));
			}
			catch (ValueConversionException ex) {
				throw ex.insideIndex(i);
			}
		}
		return numbers;
	}

	private static BigDecimal number(String text) {
		BigDecimal integer = SmallIntegers.parse(text);
		if (integer != null) {
			return integer;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new ValueConversionException("'" + text + "' is not a valid DynamoDB number", ex);
		}
	}

}
