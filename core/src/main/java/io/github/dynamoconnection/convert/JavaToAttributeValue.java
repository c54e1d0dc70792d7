package io.github.dynamoconnection.convert;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Converts plain Java values to {@code AttributeValue}s, recursing into lists, sets and maps. */
// Hand-written: the enhanced client converts by static type, but here every element's type is only known at run time.
final class JavaToAttributeValue {

	static final String SUPPORTED = "supported: String, Number, Boolean, byte[]/SdkBytes/ByteBuffer, enum, null, "
			+ "non-empty Set of strings, numbers or binaries, List, Object[], Map with String keys, AttributeValue, "
			+ "and the SDK enhanced client's default types such as Instant or UUID";

	private static final AttributeValue NUL = AttributeValue.fromNul(true);

	private static final AttributeValue TRUE = AttributeValue.fromBool(true);

	private static final AttributeValue FALSE = AttributeValue.fromBool(false);

	/** Twice DynamoDB's 32 levels of nesting: deeper can only be a mistake, most likely a value that contains itself. */
	private static final int MAX_DEPTH = 64;

	private JavaToAttributeValue() {
	}

	static AttributeValue convert(Object value) {
		return convert(value, 0);
	}

	static Map<String, AttributeValue> convertMap(Map<?, ?> map) {
		return convertMap(map, 0);
	}

	/** Converts a value found inside {@code depth} lists or maps. */
	private static AttributeValue convert(Object value, int depth) {
		if (value == null) {
			return NUL;
		}
		if (value instanceof String text) {
			return AttributeValue.fromS(text);
		}
		if (value instanceof AttributeValue attributeValue) {
			return attributeValue;
		}
		if (value instanceof Number number) {
			return AttributeValue.fromN(NumberText.of(number));
		}
		if (value instanceof Boolean bool) {
			return bool ? TRUE : FALSE;
		}
		if (value instanceof Map<?, ?> map) {
			return AttributeValue.fromM(convertMap(map, nested(depth)));
		}
		if (value instanceof List<?> list) {
			return AttributeValue.fromL(convertElements(list, nested(depth)));
		}
		if (value instanceof Set<?> set) {
			return JavaSetToAttributeValue.convert(set);
		}
		SdkBytes bytes = bytesOrNull(value);
		if (bytes != null) {
			return AttributeValue.fromB(bytes);
		}
		if (value instanceof Object[] array) {
			return AttributeValue.fromL(convertElements(Arrays.asList(array), nested(depth)));
		}
		if (value instanceof Enum<?> constant) {
			return AttributeValue.fromS(constant.name());
		}
		AttributeValue converted = EnhancedClientConverters.convertOrNull(value);
		if (converted != null) {
			return converted;
		}
		throw new ValueConversionException("cannot convert " + value.getClass().getName()
				+ " to a DynamoDB attribute value (" + SUPPORTED + ")");
	}

	private static int nested(int depth) {
		if (depth >= MAX_DEPTH) {
			throw new ValueConversionException("cannot convert lists and maps nested more than " + MAX_DEPTH
					+ " levels deep (DynamoDB allows 32; does the value contain itself?)");
		}
		return depth + 1;
	}

	private static Map<String, AttributeValue> convertMap(Map<?, ?> map, int depth) {
		Map<String, AttributeValue> converted = new LinkedHashMap<>(capacity(map.size()));
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			if (!(entry.getKey() instanceof String key)) {
				throw new ValueConversionException("map key " + describe(entry.getKey())
						+ " is not a String (DynamoDB attribute names are strings)");
			}
			try {
				converted.put(key, convert(entry.getValue(), depth));
			}
			catch (ValueConversionException ex) {
				throw ex.insideKey(key);
			}
		}
		return converted;
	}

	private static List<AttributeValue> convertElements(Collection<?> elements, int depth) {
		List<AttributeValue> converted = new ArrayList<>(elements.size());
		int index = 0;
		for (Object element : elements) {
			try {
				converted.add(convert(element, depth));
			}
			catch (ValueConversionException ex) {
				throw ex.insideIndex(index);
			}
			index++;
		}
		return converted;
	}

	static SdkBytes bytesOrNull(Object value) {
		if (value instanceof SdkBytes bytes) {
			return bytes;
		}
		if (value instanceof byte[] array) {
			return SdkBytes.fromByteArray(array);
		}
		if (value instanceof ByteBuffer buffer) {
			return SdkBytes.fromByteBuffer(buffer);
		}
		return null;
	}

	static String describe(Object value) {
		return (value == null) ? "null" : value.getClass().getName();
	}

	/** The initial capacity that holds {@code size} entries without a resize: ceil(size / 0.75), as Java 19's {@code HashMap.newHashMap}. */
	static int capacity(int size) {
		return (int) Math.min(Integer.MAX_VALUE, (4L * size + 2) / 3);
	}

}
