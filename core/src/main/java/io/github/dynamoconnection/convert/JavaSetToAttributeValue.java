package io.github.dynamoconnection.convert;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts a Java {@code Set} to a DynamoDB string, number or binary set, refusing what DynamoDB
 * refuses: empty sets, mixed element kinds, and elements that become equal once converted
 * ({@code 1} and {@code 1.0}, equal byte arrays, an enum and its name).
 */
// Hand-written: the enhanced client's set converters need the element type up front.
final class JavaSetToAttributeValue {

	private JavaSetToAttributeValue() {
	}

	static AttributeValue convert(Set<?> set) {
		if (set.isEmpty()) {
			throw new ValueConversionException("cannot convert an empty Set (DynamoDB has no empty sets; remove the attribute or use null)");
		}
		Kind kind = null;
		boolean mayRepeat = false;
		List<Object> elements = new ArrayList<>(set.size());
		int index = 0;
		for (Object element : set) {
			Kind elementKind = Kind.of(element);
			if (elementKind == null) {
				throw new ValueConversionException("a Set may hold only strings, numbers or binaries, not "
						+ JavaToAttributeValue.describe(element)).insideIndex(index);
			}
			if (kind != null && kind != elementKind) {
				throw new ValueConversionException("a Set must not mix " + kind.label + " and " + elementKind.label
						+ " elements (found " + JavaToAttributeValue.describe(element) + ")").insideIndex(index);
			}
			kind = elementKind;
			mayRepeat |= !(element instanceof String);
			try {
				elements.add(kind.convert(element));
			}
			catch (ValueConversionException ex) {
				throw ex.insideIndex(index);
			}
			index++;
		}
		if (mayRepeat && set.size() > 1) {
			refuseDuplicates(kind, elements);
		}
		return kind.toAttributeValue(elements);
	}

	/** Java set members that differ can still be one DynamoDB set member, which DynamoDB refuses. */
	private static void refuseDuplicates(Kind kind, List<Object> elements) {
		Set<Object> seen = new HashSet<>(JavaToAttributeValue.capacity(elements.size()));
		for (int i = 0; i < elements.size(); i++) {
			Object element = elements.get(i);
			Object identity = (kind == Kind.NUMBER) ? new BigDecimal((String) element).stripTrailingZeros() : element;
			if (!seen.add(identity)) {
				throw new ValueConversionException("this " + kind.label + " Set element equals an earlier one once converted "
						+ "(DynamoDB refuses duplicate set elements)").insideIndex(i);
			}
		}
	}

	/** The three kinds of DynamoDB set. */
	private enum Kind {

		STRING("string"), NUMBER("number"), BINARY("binary");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		static Kind of(Object element) {
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

		/** The element as DynamoDB set member: text for strings and numbers, {@code SdkBytes} for binaries. */
		Object convert(Object element) {
			return switch (this) {
				case STRING -> (element instanceof Enum<?> constant) ? constant.name() : element;
				case NUMBER -> NumberText.of((Number) element);
				case BINARY -> JavaToAttributeValue.bytesOrNull(element);
			};
		}

		@SuppressWarnings("unchecked")
		AttributeValue toAttributeValue(List<Object> elements) {
			return switch (this) {
				case STRING -> AttributeValue.fromSs((List<String>) (List<?>) elements);
				case NUMBER -> AttributeValue.fromNs((List<String>) (List<?>) elements);
				case BINARY -> AttributeValue.fromBs((List<SdkBytes>) (List<?>) elements);
			};
		}

	}

}
