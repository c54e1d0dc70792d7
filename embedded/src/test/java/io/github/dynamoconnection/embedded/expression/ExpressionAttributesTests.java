package io.github.dynamoconnection.embedded.expression;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.value.Value;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpressionAttributesTests {

	@Test
	void placeholdersUsedAcrossAllExpressionsOfARequestCount() {
		Map<String, String> names = new LinkedHashMap<>(Map.of("#a", "a", "#b", "b"));
		Map<String, Value> values = new LinkedHashMap<>(Map.of(":x", Value.n(1), ":y", Value.n(2)));
		ExpressionAttributes attributes = new ExpressionAttributes(names, values);
		ExpressionParser.parseCondition("#a = :x", attributes);
		ExpressionParser.parseUpdate("SET #b = :y", attributes);
		assertThatCode(attributes::assertAllUsed).doesNotThrowAnyException();
	}

	@Test
	void unusedNamesAreReportedBeforeUnusedValues() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("#a", "a");
		names.put("#b", "b");
		names.put("#c", "c");
		Map<String, Value> values = Map.of(":x", Value.n(1), ":unused", Value.n(2));
		ExpressionAttributes attributes = new ExpressionAttributes(names, values);
		ExpressionParser.parseCondition("#a = :x", attributes);
		assertThatThrownBy(attributes::assertAllUsed).isInstanceOf(EngineException.class)
			.hasMessage("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b, #c}");
	}

	@Test
	void unusedValuesAreReported() {
		ExpressionAttributes attributes = new ExpressionAttributes(null, Map.of(":x", Value.n(1), ":unused", Value.n(2)));
		ExpressionParser.parseCondition("a = :x", attributes);
		assertThatThrownBy(attributes::assertAllUsed)
			.hasMessage("Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
	}

	@Test
	void noPlaceholdersAtAllIsFine() {
		ExpressionAttributes attributes = ExpressionAttributes.none();
		ExpressionParser.parseProjection("a, b.c", attributes);
		assertThatCode(attributes::assertAllUsed).doesNotThrowAnyException();
	}

	@Test
	void malformedPlaceholdersAreRejected() {
		assertThatThrownBy(() -> new ExpressionAttributes(Map.of("name", "a"), null))
			.hasMessage("ExpressionAttributeNames contains invalid key: Syntax error; key: \"name\"");
		assertThatThrownBy(() -> new ExpressionAttributes(Map.of("#a-b", "a"), null))
			.hasMessage("ExpressionAttributeNames contains invalid key: Syntax error; key: \"#a-b\"");
		assertThatThrownBy(() -> new ExpressionAttributes(null, Map.of(":", Value.n(1))))
			.hasMessage("ExpressionAttributeValues contains invalid key: Syntax error; key: \":\"");
		assertThatThrownBy(() -> new ExpressionAttributes(null, Map.of("#v", Value.n(1))))
			.hasMessage("ExpressionAttributeValues contains invalid key: Syntax error; key: \"#v\"");
		assertThatCode(() -> new ExpressionAttributes(Map.of("#_1", "a"), Map.of(":_x9", Value.n(1)))).doesNotThrowAnyException();
	}

	/** Quotas, expression parameters: a placeholder is at most 255 bytes; only the names message gives the size. */
	@Test
	void placeholdersLongerThan255BytesAreRejected() {
		assertThatCode(() -> new ExpressionAttributes(Map.of("#" + "n".repeat(254), "a"), Map.of(":" + "v".repeat(254), Value.n(1))))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> new ExpressionAttributes(Map.of("#" + "\u00e9".repeat(128), "a"), null))
			.hasMessage("ExpressionAttributeNames contains invalid key: The expression attribute map contains a key that is too long; size of key: 257");
		assertThatThrownBy(() -> new ExpressionAttributes(null, Map.of(":" + "v".repeat(255), Value.n(1))))
			.hasMessage("ExpressionAttributeValues contains invalid key: The expression attribute map contains a key that is too long;");
	}

	/** Quotas, expression parameters: all substitution variables (names and values) together at most 2 MB. */
	@Test
	void substitutionVariablesTogetherAreAtMostTwoMegabytes() {
		int limit = 2 * 1024 * 1024;
		assertThatCode(() -> new ExpressionAttributes(Map.of("#a", "b"), Map.of(":v", Value.s("x".repeat(limit - 5)))))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> new ExpressionAttributes(Map.of("#a", "bc"), Map.of(":v", Value.s("x".repeat(limit - 5)))))
			.hasMessage("Combined size of ExpressionAttributeNames and ExpressionAttributeValues exceeds max size");
	}

	@Test
	void emptyAttributeNamesAreRejected() {
		assertThatThrownBy(() -> new ExpressionAttributes(Map.of("#a", ""), null))
			.hasMessage("ExpressionAttributeNames contains invalid value: Empty attribute name for key #a");
	}

}
