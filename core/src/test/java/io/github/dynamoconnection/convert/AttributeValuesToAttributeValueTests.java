package io.github.dynamoconnection.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AttributeValuesToAttributeValueTests {

	@Test
	void stringBecomesS() {
		assertThat(AttributeValues.toAttributeValue("hello")).isEqualTo(AttributeValue.fromS("hello"));
		assertThat(AttributeValues.toAttributeValue("")).isEqualTo(AttributeValue.fromS(""));
	}

	@Test
	void everyNumberTypeBecomesPlainDecimalText() {
		assertThat(n(42)).isEqualTo("42");
		assertThat(n(-9_000_000_000L)).isEqualTo("-9000000000");
		assertThat(n((short) 7)).isEqualTo("7");
		assertThat(n((byte) -3)).isEqualTo("-3");
		assertThat(n(1.5d)).isEqualTo("1.5");
		assertThat(n(3.0d)).isEqualTo("3");
		assertThat(n(-0.0d)).isEqualTo("0");
		assertThat(n(1e20d)).isEqualTo("100000000000000000000");
		assertThat(n(1.0e-7d)).isEqualTo("0.0000001");
		assertThat(n(1.5e300d)).startsWith("15000").hasSize(301);
		assertThat(n(-2.5e-10d)).isEqualTo("-0.00000000025");
		assertThat(n(123456789.125d)).isEqualTo("123456789.125");
		assertThat(n(0.1f)).isEqualTo("0.1");
		assertThat(n(2.5e10f)).doesNotContain("E").satisfies(text -> assertThat(Float.parseFloat(text)).isEqualTo(2.5e10f));
		assertThat(n(1.0e-10f)).doesNotContain("E").satisfies(text -> assertThat(Float.parseFloat(text)).isEqualTo(1.0e-10f));
		assertThat(n(new BigDecimal("1E+3"))).isEqualTo("1000");
		assertThat(n(new BigDecimal("1.50"))).isEqualTo("1.50");
		assertThat(n(new BigInteger("123456789012345678901234567890"))).isEqualTo("123456789012345678901234567890");
		assertThat(n(new AtomicLong(5))).isEqualTo("5");
	}

	@Test
	void notANumberAndInfinityAreRefused() {
		assertThatExceptionOfType(ValueConversionException.class).isThrownBy(() -> AttributeValues.toAttributeValue(Double.NaN))
			.withMessageContaining("NaN");
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> AttributeValues.toAttributeValue(Float.NEGATIVE_INFINITY))
			.withMessageContaining("-Infinity")
			.withMessageContaining("DynamoDB number");
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> AttributeValues.toItem(Map.of("ratio", Double.POSITIVE_INFINITY)))
			.withMessageStartingWith("attribute 'ratio': ")
			.satisfies(ex -> assertThat(ex.path()).isEqualTo("ratio"));
	}

	@Test
	void binariesBecomeB() {
		byte[] bytes = { 1, 2, 3 };
		AttributeValue fromArray = AttributeValues.toAttributeValue(bytes);
		bytes[0] = 9;
		assertThat(fromArray.b().asByteArray()).containsExactly(1, 2, 3);
		SdkBytes sdkBytes = SdkBytes.fromUtf8String("x");
		assertThat(AttributeValues.toAttributeValue(sdkBytes).b()).isSameAs(sdkBytes);
		ByteBuffer buffer = ByteBuffer.wrap("abc".getBytes(StandardCharsets.UTF_8));
		assertThat(AttributeValues.toAttributeValue(buffer).b().asUtf8String()).isEqualTo("abc");
	}

	@Test
	void booleansAndNull() {
		assertThat(AttributeValues.toAttributeValue(true)).isEqualTo(AttributeValue.fromBool(true));
		assertThat(AttributeValues.toAttributeValue(Boolean.FALSE)).isEqualTo(AttributeValue.fromBool(false));
		assertThat(AttributeValues.toAttributeValue(null)).isEqualTo(AttributeValue.fromNul(true));
	}

	@Test
	void setsBecomeTypedSetsInIterationOrder() {
		assertThat(AttributeValues.toAttributeValue(new LinkedHashSet<>(List.of("b", "a"))))
			.isEqualTo(AttributeValue.fromSs(List.of("b", "a")));
		assertThat(AttributeValues.toAttributeValue(new LinkedHashSet<>(List.of(2, 1.5, new BigDecimal("10")))))
			.isEqualTo(AttributeValue.fromNs(List.of("2", "1.5", "10")));
		AttributeValue binaries = AttributeValues.toAttributeValue(
				new LinkedHashSet<>(List.of(new byte[] { 1 }, SdkBytes.fromByteArray(new byte[] { 2 }))));
		assertThat(binaries.type()).isEqualTo(AttributeValue.Type.BS);
		assertThat(binaries.bs()).extracting(SdkBytes::asByteArray).containsExactly(new byte[] { 1 }, new byte[] { 2 });
		assertThat(AttributeValues.toAttributeValue(Set.of(Color.RED))).isEqualTo(AttributeValue.fromSs(List.of("RED")));
	}

	@Test
	void emptySetIsRefused() {
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> AttributeValues.toItem(Map.of("tags", Set.of())))
			.withMessage("attribute 'tags': cannot convert an empty Set (DynamoDB has no empty sets; remove the attribute or use null)");
	}

	@Test
	void mixedSetIsRefusedNamingTheElement() {
		Set<Object> mixed = new LinkedHashSet<>(List.of("a", 1));
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> AttributeValues.toItem(Map.of("tags", mixed)))
			.withMessage("attribute 'tags'[1]: a Set must not mix string and number elements (found java.lang.Integer)")
			.satisfies(ex -> assertThat(ex.path()).isEqualTo("tags[1]"));
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> AttributeValues.toAttributeValue(new LinkedHashSet<>(List.of(true))))
			.withMessage("value [0]: a Set may hold only strings, numbers or binaries, not java.lang.Boolean");
	}

	@Test
	void setElementsThatBecomeEqualAreRefused() {
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> AttributeValues.toItem(Map.of("ns", new LinkedHashSet<>(List.of(new BigDecimal("1"), new BigDecimal("1.0"))))))
			.withMessage("attribute 'ns'[1]: this number Set element equals an earlier one once converted (DynamoDB refuses duplicate set elements)");
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> AttributeValues.toAttributeValue(new LinkedHashSet<>(List.of(new byte[] { 1 }, new byte[] { 1 }))))
			.withMessageStartingWith("value [1]: this binary Set element equals an earlier one");
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> AttributeValues.toAttributeValue(new LinkedHashSet<>(List.of(Color.RED, "RED"))))
			.withMessageStartingWith("value [1]: this string Set element equals an earlier one");
		assertThat(AttributeValues.toAttributeValue(new LinkedHashSet<>(List.of(1, 1.5, 2L))))
			.isEqualTo(AttributeValue.fromNs(List.of("1", "1.5", "2")));
	}

	@Test
	void listsAndArraysBecomeL() {
		AttributeValue expected = AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromN("1"),
				AttributeValue.fromNul(true)));
		assertThat(AttributeValues.toAttributeValue(Arrays.asList("a", 1, null))).isEqualTo(expected);
		assertThat(AttributeValues.toAttributeValue(new Object[] { "a", 1, null })).isEqualTo(expected);
		assertThat(AttributeValues.toAttributeValue(List.of())).isEqualTo(AttributeValue.fromL(List.of()));
	}

	@Test
	void nestedMapsAndListsBecomeNestedMAndL() {
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("city", "Oslo");
		address.put("lines", List.of("a", Map.of("n", 1)));
		AttributeValue converted = AttributeValues.toAttributeValue(Map.of("address", address));
		AttributeValue lines = converted.m().get("address").m().get("lines");
		assertThat(converted.m().get("address").m().get("city")).isEqualTo(AttributeValue.fromS("Oslo"));
		assertThat(lines.l().get(1).m().get("n")).isEqualTo(AttributeValue.fromN("1"));
	}

	@Test
	void enumBecomesItsNameNotItsToString() {
		assertThat(AttributeValues.toAttributeValue(Color.RED)).isEqualTo(AttributeValue.fromS("RED"));
	}

	@Test
	void attributeValuePassesThroughUntouched() {
		AttributeValue value = AttributeValue.fromN("1.50");
		assertThat(AttributeValues.toAttributeValue(value)).isSameAs(value);
		Map<String, AttributeValue> item = AttributeValues.toItem(Map.of("a", value));
		assertThat(item.get("a")).isSameAs(value);
	}

	@Test
	void typesTheEnhancedClientKnowsUseItsConverters() {
		Instant instant = Instant.parse("2026-11-26T08:00:00Z");
		assertThat(AttributeValues.toAttributeValue(instant)).isEqualTo(AttributeValue.fromS("2026-11-26T08:00:00Z"));
		UUID uuid = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
		assertThat(AttributeValues.toAttributeValue(uuid)).isEqualTo(AttributeValue.fromS(uuid.toString()));
	}

	@Test
	void unsupportedValueDeepInsideNamesItsPath() {
		List<Object> tags = new ArrayList<>(List.of("a", "b"));
		tags.add(Thread.currentThread());
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> AttributeValues.toItem(Map.of("tags", tags)))
			.withMessageStartingWith("attribute 'tags'[2]: cannot convert java.lang.Thread to a DynamoDB attribute value (supported: ")
			.satisfies(ex -> assertThat(ex.path()).isEqualTo("tags[2]"))
			.satisfies(ex -> assertThat(ex.problem()).startsWith("cannot convert java.lang.Thread"));
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> AttributeValues.toItem(Map.of("a", Map.of("b", List.of(new Object())))))
			.withMessageStartingWith("attribute 'a'.b[0]: cannot convert java.lang.Object")
			.satisfies(ex -> assertThat(ex.path()).isEqualTo("a.b[0]"));
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> AttributeValues.toAttributeValue(new Object[] { 1, new int[] { 1 } }))
			.withMessageStartingWith("value [1]: cannot convert [I");
	}

	@Test
	void unsupportedValueAtTopHasNoPath() {
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> AttributeValues.toAttributeValue(new StringBuilder("x").append(Thread.currentThread()).getClass()))
			.withMessageStartingWith("cannot convert java.lang.Class")
			.satisfies(ex -> assertThat(ex.path()).isEmpty());
	}

	@Test
	void valueThatContainsItselfIsRefusedNotOverflowed() {
		List<Object> cyclic = new ArrayList<>();
		cyclic.add(cyclic);
		assertThatExceptionOfType(ValueConversionException.class).isThrownBy(() -> AttributeValues.toItem(Map.of("loop", cyclic)))
			.satisfies(ex -> assertThat(ex.problem())
				.isEqualTo("cannot convert lists and maps nested more than 64 levels deep (DynamoDB allows 32; does the value contain itself?)"))
			.satisfies(ex -> assertThat(ex.path()).startsWith("loop[0][0][0]"));
		Object deep = "leaf";
		for (int i = 0; i < 16; i++) {
			deep = List.of(Map.of("k", deep));
		}
		assertThat(AttributeValues.toAttributeValue(deep).type()).as("32 levels, as deep as DynamoDB allows")
			.isEqualTo(AttributeValue.Type.L);
	}

	@Test
	void mapKeysMustBeStrings() {
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> AttributeValues.toItem(Map.of("outer", Map.of(1, "x"))))
			.withMessage("attribute 'outer': map key java.lang.Integer is not a String (DynamoDB attribute names are strings)");
	}

	@Test
	void itemKeepsOrderAndTurnsNullIntoNul() {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("z", 1);
		attributes.put("a", null);
		Map<String, AttributeValue> item = AttributeValues.toItem(attributes);
		assertThat(item).containsExactly(Map.entry("z", AttributeValue.fromN("1")), Map.entry("a", AttributeValue.fromNul(true)));
		assertThatExceptionOfType(ValueConversionException.class).isThrownBy(() -> AttributeValues.toItem(null))
			.withMessageContaining("null attribute map");
	}

	private static String n(Number number) {
		AttributeValue value = AttributeValues.toAttributeValue(number);
		assertThat(value.type()).isEqualTo(AttributeValue.Type.N);
		return value.n();
	}

	enum Color {

		RED;

		@Override
		public String toString() {
			return "red colour";
		}

	}

}
