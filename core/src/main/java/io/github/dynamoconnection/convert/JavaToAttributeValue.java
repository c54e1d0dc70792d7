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

	private JavaToAttributeValue() {
	}

	static AttributeValue convert(Object value) {
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
			return AttributeValue.fromM(convertMap(map));
		}
		if (value instanceof List<?> list) {
			return AttributeValue.fromL(convertElements(list));
		}
		if (value instanceof Set<?> set) {
			return convertSet(set);
		}
		SdkBytes bytes = bytesOrNull(value);
		if (bytes != null) {
			return AttributeValue.fromB(bytes);
		}
		if (value instanceof Object[] array) {
			return AttributeValue.fromL(convertElements(Arrays.asList(array)));
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

	static Map<String, AttributeValue> convertMap(Map<?, ?> map) {
		Map<String, AttributeValue> converted = new LinkedHashMap<>(capacity(map.size()));
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			if (!(entry.getKey() instanceof String key)) {
				throw new ValueConversionException("map key " + describe(entry.getKey())
						+ " is not a String (DynamoDB attribute names are strings)");
			}
			try {
				converted.put(key, convert(entry.getValue()));
			}
			catch (ValueConversionException ex) {
				throw ex.insideKey(key);
			}
		}
		return converted;
	}

	private static List<AttributeValue> convertElements(Collection<?> elements) {
		List<AttributeValue> converted = new ArrayList<>(elements.size());
		int index = 0;
		for (Object element : elements) {
			try {
				converted.add(convert(element));
			}
			catch (ValueConversionException ex) {
				throw ex.insideIndex(index);
			}
			index++;
		}
		return converted;
	}

	private static AttributeValue convertSet(Set<?> set) {
		if (set.isEmpty()) {
			throw new ValueConversionException("cannot convert an empty Set (DynamoDB has no empty sets; remove the attribute or use null)");
		}
		SetKind kind = null;
		int index = 0;
		List<String> texts = null;
		List<SdkBytes> binaries = null;
		for (Object element : set) {
			SetKind elementKind = SetKind.of(element);
			if (elementKind == null) {
				throw new ValueConversionException("a Set may hold only strings, numbers or binaries, not "
						+ describe(element)).insideIndex(index);
			}
			if (kind == null) {
				kind = elementKind;
			}
			else if (kind != elementKind) {
				throw new ValueConversionException("a Set must not mix " + kind.label + " and " + elementKind.label
						+ " elements (found " + describe(element) + ")").insideIndex(index);
			}
			if (kind == SetKind.BINARY) {
				binaries = (binaries != null) ? binaries : new ArrayList<>(set.size());
				binaries.add(bytesOrNull(element));
			}
			else {
				texts = (texts != null) ? texts : new ArrayList<>(set.size());
				try {
					texts.add((kind == SetKind.NUMBER) ? NumberText.of((Number) element) : stringOf(element));
				}
				catch (ValueConversionException ex) {
					throw ex.insideIndex(index);
				}
			}
			index++;
		}
		return switch (kind) {
			case STRING -> AttributeValue.fromSs(texts);
			case NUMBER -> AttributeValue.fromNs(texts);
			case BINARY -> AttributeValue.fromBs(binaries);
		};
	}

	private static String stringOf(Object element) {
		return (element instanceof Enum<?> constant) ? constant.name() : (String) element;
	}

	private static SdkBytes bytesOrNull(Object value) {
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

	private static String describe(Object value) {
		return (value == null) ? "null" : value.getClass().getName();
	}

	static int capacity(int size) {
		return (int) (size / 0.75f) + 1;
	}

	/** The three kinds of DynamoDB set. */
	private enum SetKind {

		STRING("string"), NUMBER("number"), BINARY("binary");

		private final String label;

		SetKind(String label) {
			this.label = label;
		}

		static SetKind of(Object element) {
			if (element instanceof String || element instanceof Enum<?>) {
				return STRING;
			}
			if (element instanceof Number) {
				return NUMBER;
			}
			if (element instanceof byte[] || element instanceof SdkBytes || element instanceof ByteBuffer) {
				return BINARY;
			}
			return null;
		}

	}

}
