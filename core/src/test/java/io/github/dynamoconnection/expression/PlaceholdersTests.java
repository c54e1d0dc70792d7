package io.github.dynamoconnection.expression;

import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlaceholdersTests {

	private final Placeholders placeholders = new Placeholders();

	@Test
	void emptyWhenNothingWasRendered() {
		assertThat(placeholders.names()).isEmpty();
		assertThat(placeholders.values()).isEmpty();
	}

	@Test
	void sameNameGetsSamePlaceholderAndEveryValueItsOwn() {
		assertThat(placeholders.name("a")).isEqualTo("#n0");
		assertThat(placeholders.name("b")).isEqualTo("#n1");
		assertThat(placeholders.name("a")).isEqualTo("#n0");
		assertThat(placeholders.value(1)).isEqualTo(":v0");
		assertThat(placeholders.value(1)).isEqualTo(":v1");
		assertThat(placeholders.values()).containsExactly(Map.entry(":v0", AttributeValue.fromN("1")),
				Map.entry(":v1", AttributeValue.fromN("1")));
	}

	@Test
	void plainNamesStayBareAndEveryOtherNameGetsAPlaceholder() {
		assertThat(placeholders.bareOrName("pk")).isEqualTo("pk");
		assertThat(placeholders.bareOrName("user_id2")).isEqualTo("user_id2");
		assertThat(placeholders.bareOrName("a")).isEqualTo("a");
		assertThat(placeholders.names()).isEmpty();
		assertThat(placeholders.bareOrName("name")).isEqualTo("#n0");
		assertThat(placeholders.bareOrName("Status")).isEqualTo("#n1");
		assertThat(placeholders.bareOrName("DATA")).isEqualTo("#n2");
		assertThat(placeholders.bareOrName("a.b")).isEqualTo("#n3");
		assertThat(placeholders.bareOrName("a-b")).isEqualTo("#n4");
		assertThat(placeholders.bareOrName("a b")).isEqualTo("#n5");
		assertThat(placeholders.bareOrName("1a")).isEqualTo("#n6");
		assertThat(placeholders.bareOrName("_a")).isEqualTo("#n7");
		assertThat(placeholders.bareOrName("a[0]")).isEqualTo("#n8");
		assertThat(placeholders.bareOrName("\u00e9t\u00e9")).isEqualTo("#n9");
		assertThat(placeholders.bareOrName("#a")).isEqualTo("#n10");
		assertThat(placeholders.names()).hasSize(11).containsEntry("#n1", "Status").containsEntry("#n3", "a.b");
	}

	@Test
	void aReservedWordSharesItsPlaceholderWithName() {
		assertThat(placeholders.name("size")).isEqualTo("#n0");
		assertThat(placeholders.bareOrName("size")).isEqualTo("#n0");
		assertThat(placeholders.names()).containsExactly(Map.entry("#n0", "size"));
	}

	@Test
	void answersStayRightPastTheRememberedNames() {
		for (int i = 0; i < 1100; i++) {
			assertThat(BareNames.isBare("attr" + i)).isTrue();
			assertThat(BareNames.isBare("attr-" + i)).isFalse();
		}
		assertThat(BareNames.isBare("Comment")).isFalse();
		assertThat(BareNames.isBare("comment")).isFalse();
		assertThat(BareNames.isBare("comments")).isTrue();
	}

	@Test
	void placeholdersPastTheFirstFewAreNumberedOn() {
		for (int i = 0; i < 12; i++) {
			assertThat(placeholders.name("a" + i)).isEqualTo("#n" + i);
			assertThat(placeholders.value(i)).isEqualTo(":v" + i);
		}
	}

	@Test
	void bareOrNameRefusesNullAndEmptyLikeName() {
		assertThatIllegalArgumentException().isThrownBy(() -> placeholders.bareOrName(null));
		assertThatIllegalArgumentException().isThrownBy(() -> placeholders.bareOrName(""));
	}

	@Test
	void reservedWordsAreTheEmbeddedEnginesList() throws Exception {
		String resource = "/io/github/dynamoconnection/embedded/expression/reserved-words.txt";
		try (var in = PlaceholdersTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			var engine = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.map(String::strip).filter((line) -> !line.isEmpty())
				.map((line) -> line.toUpperCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
			assertThat(BareNames.reservedWords()).hasSize(573).isEqualTo(engine);
		}
	}

	@Test
	void valuesAreConverted() {
		placeholders.value("s");
		placeholders.value(null);
		assertThat(placeholders.values()).containsValues(AttributeValue.fromS("s"), AttributeValue.fromNul(true));
		assertThatExceptionOfType(io.github.dynamoconnection.convert.ValueConversionException.class)
			.isThrownBy(() -> placeholders.value(new Object()));
	}

	@Test
	void rawNamesAndValuesMergeAndGeneratedOnesAvoidTheirKeys() {
		placeholders.addRaw(Map.of("#n0", "status", "#t", "type"), Map.of(":v0", "open"));
		assertThat(placeholders.name("other")).isEqualTo("#n1");
		assertThat(placeholders.value(2)).isEqualTo(":v1");
		assertThat(placeholders.names()).containsEntry("#n0", "status").containsEntry("#t", "type").containsEntry("#n1", "other");
		assertThat(placeholders.values()).containsEntry(":v0", AttributeValue.fromS("open"));
	}

	@Test
	void rawKeyWithTheSameMeaningIsAccepted() {
		assertThat(placeholders.name("a")).isEqualTo("#n0");
		placeholders.addRaw(Map.of("#n0", "a"), Map.of(":x", AttributeValue.fromN("1")));
		placeholders.addRaw(null, Map.of(":x", 1));
		assertThat(placeholders.names()).hasSize(1);
		assertThat(placeholders.values()).containsExactly(Map.entry(":x", AttributeValue.fromN("1")));
	}

	@Test
	void rawKeyThatAlreadyMeansSomethingElseIsRefused() {
		placeholders.name("a");
		assertThatIllegalArgumentException().isThrownBy(() -> placeholders.addRaw(Map.of("#n0", "b"), null))
			.withMessage("expression attribute name placeholder '#n0' is already bound in this request to 'a' and cannot also mean 'b'");
		placeholders.value("secret");
		assertThatIllegalArgumentException().isThrownBy(() -> placeholders.addRaw(null, Map.of(":v0", "other")))
			.withMessage("expression attribute value placeholder ':v0' is already bound in this request to a different value")
			.withMessageNotContaining("secret");
	}

	@Test
	void malformedRawKeysAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> placeholders.addRaw(Map.of("n", "a"), null))
			.withMessageContaining("placeholder 'n' must start with '#'");
		assertThatIllegalArgumentException().isThrownBy(() -> placeholders.addRaw(null, Map.of("#v", 1)))
			.withMessageContaining("placeholder '#v' must start with ':'");
		assertThatIllegalArgumentException().isThrownBy(() -> placeholders.name(""))
			.withMessage("attribute name must not be null or empty");
	}

	@Test
	void returnedMapsAreReadOnly() {
		placeholders.name("a");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> placeholders.names().clear());
	}

}
