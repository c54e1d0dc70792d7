package io.github.dynamoconnection.conformance;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Short builders for {@link AttributeValue}s and items, so scenarios read like the data they store. */
final class Values {

	private Values() {
	}

	static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	static AttributeValue n(String value) {
		return AttributeValue.fromN(value);
	}

	static AttributeValue n(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

	static AttributeValue b(int... bytes) {
		return AttributeValue.fromB(bytes(bytes));
	}

	static AttributeValue ss(String... values) {
		return AttributeValue.fromSs(List.of(values));
	}

	static AttributeValue ns(String... values) {
		return AttributeValue.fromNs(List.of(values));
	}

	static AttributeValue bs(SdkBytes... values) {
		return AttributeValue.fromBs(List.of(values));
	}

	static AttributeValue bool(boolean value) {
		return AttributeValue.fromBool(value);
	}

	static AttributeValue nul() {
		return AttributeValue.fromNul(true);
	}

	static AttributeValue list(AttributeValue... values) {
		return AttributeValue.fromL(Arrays.asList(values));
	}

	static AttributeValue map(Object... namesAndValues) {
		return AttributeValue.fromM(item(namesAndValues));
	}

	/** Bytes from ints 0-255, so that unsigned values read naturally. */
	static SdkBytes bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return SdkBytes.fromByteArray(bytes);
	}

	/** An item (or key) from alternating names and values, in order. */
	static Map<String, AttributeValue> item(Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("names and values must alternate: " + Arrays.toString(namesAndValues));
		}
		Map<String, AttributeValue> item = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			item.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
		}
		return item;
	}

}
