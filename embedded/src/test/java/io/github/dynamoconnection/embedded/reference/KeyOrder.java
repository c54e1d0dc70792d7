package io.github.dynamoconnection.embedded.reference;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's documented key orderings, written independently of the engine: numbers numerically,
 * strings by their UTF-8 bytes and binary by bytes, both compared unsigned.
 */
final class KeyOrder {

	static final Comparator<AttributeValue> ORDER = KeyOrder::compare;

	private KeyOrder() {
	}

	static int compare(AttributeValue a, AttributeValue b) {
		if (a.n() != null && b.n() != null) {
			return new BigDecimal(a.n()).compareTo(new BigDecimal(b.n()));
		}
		if (a.s() != null && b.s() != null) {
			return Arrays.compareUnsigned(a.s().getBytes(StandardCharsets.UTF_8), b.s().getBytes(StandardCharsets.UTF_8));
		}
		if (a.b() != null && b.b() != null) {
			return Arrays.compareUnsigned(a.b().asByteArray(), b.b().asByteArray());
		}
		throw new IllegalArgumentException("Not comparable key values: " + a + ", " + b);
	}

	/** {@code begins_with} on a string or binary value. */
	static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
		byte[] bytes = (value.s() != null) ? value.s().getBytes(StandardCharsets.UTF_8) : value.b().asByteArray();
		byte[] head = (prefix.s() != null) ? prefix.s().getBytes(StandardCharsets.UTF_8) : prefix.b().asByteArray();
		return bytes.length >= head.length && Arrays.equals(bytes, 0, head.length, head, 0, head.length);
	}

}
