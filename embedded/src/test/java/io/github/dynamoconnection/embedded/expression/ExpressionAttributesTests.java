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

}
