package io.github.dynamoconnection.embedded.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Seeded values over a small key space, chosen to exercise DynamoDB's orderings: strings whose UTF-8
 * order differs from their UTF-16 order, binary values past 0x7F, negative and fractional numbers.
 */
final class RandomValues {

	private static final List<String> STRINGS = List.of("a", "ab", "abc", "b", "\u00e9", "\uFF5E", "\uD83D\uDE00", "z");

	private static final List<String> NUMBERS = List.of("-10", "-1.5", "0", "0.25", "2", "10", "100");

	private static final List<byte[]> BINARIES = List.of(new byte[] { 0 }, new byte[] { 1 }, new byte[] { 1, 2 },
			new byte[] { 0x7F }, new byte[] { (byte) 0x80 }, new byte[] { (byte) 0xFF }, new byte[] { (byte) 0xFF, 0 });

	final Random random;

	RandomValues(Random random) {
		this.random = random;
	}

	/** A value of this type from the small pool ({@code partition}: one of three, so partitions fill and empty). */
	AttributeValue of(ScalarAttributeType type, boolean partition) {
		int size = partition ? 3 : 7;
		return switch (type) {
			case S -> AttributeValue.fromS(STRINGS.get(random.nextInt(size)));
			case N -> AttributeValue.fromN(NUMBERS.get(random.nextInt(size)));
			case B -> AttributeValue.fromB(SdkBytes.fromByteArray(BINARIES.get(random.nextInt(size))));
			default -> throw new IllegalArgumentException(type.toString());
		};
	}

	/** A value of this type that no generated item ever holds (an absent partition). */
	static AttributeValue absent(ScalarAttributeType type) {
		return switch (type) {
			case S -> AttributeValue.fromS("never-written");
			case N -> AttributeValue.fromN("999");
			case B -> AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { 0x42, 0x42, 0x42 }));
			default -> throw new IllegalArgumentException(type.toString());
		};
	}

	/** A partition key value: usually from the pool, sometimes absent. */
	AttributeValue hash(ScalarAttributeType type, boolean hashOnly) {
		if (random.nextInt(10) == 0) {
			return absent(type);
		}
		return of(type, !hashOnly);
	}

	/** A random primary key of this shape. */
	Map<String, AttributeValue> key(TableShape shape) {
		TableShape.Keys keys = shape.keys();
		Map<String, AttributeValue> key = new LinkedHashMap<>();
		key.put(keys.hash(), of(keys.hashType(), keys.hasRange()));
		if (keys.hasRange()) {
			key.put(keys.range(), of(keys.rangeType(), false));
		}
		return key;
	}

	/** A random item: the key, a payload and (most of the time) each index key attribute. */
	Map<String, AttributeValue> item(TableShape shape) {
		Map<String, AttributeValue> item = key(shape);
		item.put("v", AttributeValue.fromS("v" + random.nextInt(1000)));
		if (shape.hasIndex()) {
			TableShape.Keys index = shape.indexKeys();
			if (!item.containsKey(index.hash()) && random.nextInt(10) < 7) {
				item.put(index.hash(), of(index.hashType(), true));
			}
			if (index.hasRange() && random.nextInt(10) < 7) {
				item.put(index.range(), of(index.rangeType(), false));
			}
		}
		return item;
	}

	boolean chance(int percent) {
		return random.nextInt(100) < percent;
	}

	int between(int low, int high) {
		return low + random.nextInt(high - low + 1);
	}

	<T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
