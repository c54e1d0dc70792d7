package io.github.dynamoconnection.convert;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AttributeValuesToJavaTests {

	@Test
	void scalarsBecomePlainJava() {
		assertThat(AttributeValues.toJava(AttributeValue.fromS("x"))).isEqualTo("x");
		assertThat(AttributeValues.toJava(AttributeValue.fromN("1.50"))).isEqualTo(new BigDecimal("1.50"));
		SdkBytes bytes = SdkBytes.fromUtf8String("b");
		assertThat(AttributeValues.toJava(AttributeValue.fromB(bytes))).isEqualTo(bytes);
		assertThat(AttributeValues.toJava(AttributeValue.fromBool(true))).isEqualTo(Boolean.TRUE);
		assertThat(AttributeValues.toJava(AttributeValue.fromNul(true))).isNull();
	}

	@Test
	void setsBecomeOrderedSets() {
		assertThat(AttributeValues.toJava(AttributeValue.fromSs(List.of("b", "a"))))
			.isInstanceOf(LinkedHashSet.class)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.iterable(String.class))
			.containsExactly("b", "a");
		assertThat(AttributeValues.toJava(AttributeValue.fromNs(List.of("10", "2"))))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.iterable(BigDecimal.class))
			.containsExactly(new BigDecimal("10"), new BigDecimal("2"));
		SdkBytes one = SdkBytes.fromUtf8String("1");
		assertThat(AttributeValues.toJava(AttributeValue.fromBs(List.of(one)))).isEqualTo(Set.of(one));
	}

	@Test
	void everyTypeRoundTripsThroughAnItem() {
		Map<String, Object> original = new LinkedHashMap<>();
		original.put("s", "text");
		original.put("n", new BigDecimal("12.5"));
		original.put("b", SdkBytes.fromUtf8String("bin"));
		original.put("bool", false);
		original.put("nul", null);
		original.put("ss", new LinkedHashSet<>(List.of("x", "y")));
		original.put("ns", new LinkedHashSet<>(List.of(new BigDecimal("1"), new BigDecimal("2.5"))));
		original.put("bs", new LinkedHashSet<>(List.of(SdkBytes.fromUtf8String("p"))));
		original.put("l", Arrays.asList("a", new BigDecimal("1"), null, List.of(true)));
		Map<String, Object> nested = new LinkedHashMap<>();
		nested.put("inner", Map.of("deep", List.of(new BigDecimal("7"))));
		original.put("m", nested);

		Map<String, Object> roundTripped = AttributeValues.toJavaItem(AttributeValues.toItem(original));

		assertThat(roundTripped).isEqualTo(original);
		assertThat(roundTripped.keySet()).containsExactlyElementsOf(original.keySet());
	}

	@Test
	void javaNumbersComeBackAsBigDecimal() {
		Map<String, Object> item = AttributeValues.toJavaItem(AttributeValues.toItem(Map.of("i", 3, "d", 0.25)));
		assertThat(item).containsEntry("i", new BigDecimal("3")).containsEntry("d", new BigDecimal("0.25"));
	}

	@Test
	void returnedCollectionsAreMutableCopies() {
		Map<String, Object> item = AttributeValues.toJavaItem(Map.of("l", AttributeValue.fromL(List.of())));
		@SuppressWarnings("unchecked")
		List<Object> list = (List<Object>) item.get("l");
		list.add("x");
		item.put("extra", 1);
		assertThat(item).containsKeys("l", "extra");
	}

	@Test
	void malformedNumberNamesItsPath() {
		Map<String, AttributeValue> item = Map.of("m",
				AttributeValue.fromM(Map.of("ns", AttributeValue.fromNs(List.of("1", "one")))));
		assertThatExceptionOfType(ValueConversionException.class).isThrownBy(() -> AttributeValues.toJavaItem(item))
			.withMessage("attribute 'm'.ns[1]: 'one' is not a valid DynamoDB number")
			.satisfies(ex -> assertThat(ex.path()).isEqualTo("m.ns[1]"))
			.withCauseInstanceOf(NumberFormatException.class);
	}

	@Test
	void untypedOrNullAttributeValuesAreRefused() {
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> AttributeValues.toJava(AttributeValue.builder().build()))
			.withMessageContaining("AttributeValue");
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> AttributeValues.toJavaItem(Map.of("l", AttributeValue.fromL(Arrays.asList(AttributeValue.fromS("a"), null)))))
			.withMessageStartingWith("attribute 'l'[1]: cannot convert a null AttributeValue");
		assertThatExceptionOfType(ValueConversionException.class).isThrownBy(() -> AttributeValues.toJavaItem(null))
			.withMessage("cannot convert a null item");
	}

}
