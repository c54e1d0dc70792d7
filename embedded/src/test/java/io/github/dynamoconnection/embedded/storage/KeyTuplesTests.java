package io.github.dynamoconnection.embedded.storage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueOrder;

import static org.assertj.core.api.Assertions.assertThat;

/** The encoded tuples order as their attributes do, left to right, and a tuple's prefix is a byte prefix. */
class KeyTuplesTests {

	private static int compareEncoded(List<Value> a, List<Value> b) {
		return Arrays.compareUnsigned(KeyTuples.encode(a).value(), KeyTuples.encode(b).value());
	}

	private static int compareTuples(List<Value> a, List<Value> b) {
		for (int i = 0; i < a.size(); i++) {
			int byValue = ValueOrder.compare(a.get(i), b.get(i));
			if (byValue != 0) {
				return byValue;
			}
		}
		return 0;
	}

	private static Value randomNumber(Random random) {
		BigDecimal value = BigDecimal.valueOf(random.nextLong() % 100_000, random.nextInt(12) - 4);
		if (random.nextInt(5) == 0) {
			value = BigDecimal.ZERO;
		}
		return new Value.N(value.stripTrailingZeros());
	}

	private static Value randomString(Random random) {
		char[] chars = new char[random.nextInt(4)];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = "\u0000ab\u00ff\u4e2d".charAt(random.nextInt(5));
		}
		return new Value.S(new String(chars));
	}

	@Test
	void encodedOrderIsTheTupleOrder() {
		Random random = new Random(42);
		List<List<Value>> tuples = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			tuples.add(List.of(randomString(random), randomNumber(random), new Value.B(new byte[] { (byte) random.nextInt(3), 0 })));
		}
		for (List<Value> a : tuples) {
			for (List<Value> b : tuples) {
				assertThat(Integer.signum(compareEncoded(a, b))).as("%s vs %s", a, b).isEqualTo(Integer.signum(compareTuples(a, b)));
			}
		}
	}

	@Test
	void firstAttributesEncodeToABytePrefixOfTheWhole() {
		List<Value> whole = List.of(new Value.S("a\u0000b"), new Value.N(new BigDecimal("-12.5")), new Value.S(""));
		byte[] encoded = KeyTuples.encode(whole).value();

		for (int length = 0; length <= whole.size(); length++) {
			byte[] prefix = KeyTuples.encode(whole.subList(0, length)).value();
			assertThat(Arrays.copyOf(encoded, prefix.length)).isEqualTo(prefix);
		}
		assertThat(KeyTuples.encode(List.of(new Value.S("ab"))).value())
			.startsWith(KeyTuples.prefixBody(new Value.S("a")));
	}

}
