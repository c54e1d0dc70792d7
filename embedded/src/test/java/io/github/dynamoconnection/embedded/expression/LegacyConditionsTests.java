package io.github.dynamoconnection.embedded.expression;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.value.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LegacyConditionsTests {

	private static final Map<String, Value> ITEM = Map.of("id", Value.s("k"), "n", Value.n(5), "s", Value.s("hello"),
			"tags", new Value.SS(List.of("a", "b")), "arr", new Value.L(List.of(Value.n(1))));

	private static boolean filter(String attribute, String operator, Value... values) {
		return LegacyConditions.fromFilter(Map.of(attribute, new LegacyCondition(operator, List.of(values))), null)
			.test(ITEM);
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@CsvSource({ "n, EQ, 5, true", "n, EQ, 4, false", "n, NE, 4, true", "gone, NE, 4, true", "n, LT, 6, true",
			"n, LE, 5, true", "n, GT, 5, false", "n, GE, 5, true", "gone, GE, 5, false" })
	void numberComparisons(String attribute, String operator, String number, boolean expected) {
		assertThat(filter(attribute, operator, Value.n(number))).isEqualTo(expected);
	}

	@Test
	void everyOtherOperator() {
		assertThat(filter("n", "NOT_NULL")).isTrue();
		assertThat(filter("gone", "NOT_NULL")).isFalse();
		assertThat(filter("gone", "NULL")).isTrue();
		assertThat(filter("s", "CONTAINS", Value.s("ell"))).isTrue();
		assertThat(filter("tags", "CONTAINS", Value.s("a"))).isTrue();
		assertThat(filter("arr", "CONTAINS", Value.n(1))).isTrue();
		assertThat(filter("tags", "NOT_CONTAINS", Value.s("z"))).isTrue();
		assertThat(filter("tags", "NOT_CONTAINS", Value.s("a"))).isFalse();
		assertThat(filter("s", "BEGINS_WITH", Value.s("he"))).isTrue();
		assertThat(filter("n", "IN", Value.n(1), Value.n(5))).isTrue();
		assertThat(filter("n", "IN", Value.n(1), Value.n(2))).isFalse();
		assertThat(filter("n", "BETWEEN", Value.n(1), Value.n(5))).isTrue();
		assertThat(filter("n", "BETWEEN", Value.n(6), Value.n(9))).isFalse();
	}

	@Test
	void conditionalOperatorCombinesWithAndOrOr() {
		Map<String, LegacyCondition> conditions = new LinkedHashMap<>();
		conditions.put("n", new LegacyCondition("EQ", List.of(Value.n(5))));
		conditions.put("s", new LegacyCondition("EQ", List.of(Value.s("nope"))));
		assertThat(LegacyConditions.fromFilter(conditions, null).test(ITEM)).isFalse();
		assertThat(LegacyConditions.fromFilter(conditions, "AND").test(ITEM)).isFalse();
		assertThat(LegacyConditions.fromFilter(conditions, "OR").test(ITEM)).isTrue();
		assertThatThrownBy(() -> LegacyConditions.fromFilter(conditions, "XOR")).isInstanceOf(EngineException.class)
			.hasMessageContaining("Value 'XOR' at 'conditionalOperator' failed to satisfy constraint");
	}

	@ParameterizedTest(name = "{0} with {1} values")
	@CsvSource({ "EQ, 0", "EQ, 2", "NULL, 1", "NOT_NULL, 1", "IN, 0", "BETWEEN, 1", "BETWEEN, 3", "BEGINS_WITH, 2" })
	void argumentCountsAreValidated(String operator, int count) {
		List<Value> values = java.util.stream.IntStream.range(0, count).mapToObj(i -> (Value) Value.n(i)).toList();
		assertThatThrownBy(() -> LegacyConditions.fromFilter(Map.of("n", new LegacyCondition(operator, values)), null))
			.isInstanceOf(EngineException.class)
			.hasMessage("One or more parameter values were invalid: Invalid number of argument(s) for the " + operator
					+ " ComparisonOperator");
	}

	@Test
	void filterArgumentsAreTypeChecked() {
		assertThatThrownBy(() -> filter("n", "IN", Value.n(1), Value.s("x")))
			.hasMessage("One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type");
		assertThatThrownBy(() -> filter("n", "LT", new Value.SS(List.of("x"))))
			.hasMessage("One or more parameter values were invalid: ComparisonOperator LT is not valid for SS AttributeValue type");
		assertThatThrownBy(() -> filter("n", "BETWEEN", Value.n(9), Value.n(1)))
			.hasMessage("The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
		assertThatThrownBy(() -> filter("n", "LIKE", Value.n(9))).hasMessageContaining("Value 'LIKE' at 'comparisonOperator'");
	}

	@Test
	void expectedSupportsExistsValueAndComparisons() {
		assertThat(expected("n", new ExpectedCondition(null, Value.n(5), null, null))).isTrue();
		assertThat(expected("n", new ExpectedCondition(true, Value.n(4), null, null))).isFalse();
		assertThat(expected("gone", new ExpectedCondition(false, null, null, null))).isTrue();
		assertThat(expected("n", new ExpectedCondition(false, null, null, null))).isFalse();
		assertThat(expected("n", new ExpectedCondition(null, null, "GT", List.of(Value.n(1))))).isTrue();
		assertThat(expected("n", new ExpectedCondition(null, Value.n(1), "GT", null))).isTrue();
		assertThat(expected("gone", new ExpectedCondition(null, null, "NULL", null))).isTrue();
		assertThat(LegacyConditions.fromExpected(Map.of(), null).test(ITEM)).isTrue();
	}

	@Test
	void expectedRejectsInconsistentMembers() {
		assertThatThrownBy(() -> expected("n", new ExpectedCondition(null, null, null, null)))
			.hasMessage("One or more parameter values were invalid: Value must be provided when Exists is null for Attribute: n");
		assertThatThrownBy(() -> expected("n", new ExpectedCondition(true, null, null, null)))
			.hasMessage("One or more parameter values were invalid: Value must be provided when Exists is true for Attribute: n");
		assertThatThrownBy(() -> expected("n", new ExpectedCondition(false, Value.n(1), null, null)))
			.hasMessage("One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: n");
		assertThatThrownBy(() -> expected("n", new ExpectedCondition(true, null, "EQ", List.of(Value.n(1)))))
			.hasMessage("One or more parameter values were invalid: Exists and ComparisonOperator cannot be used together for Attribute: n");
		assertThatThrownBy(() -> expected("n", new ExpectedCondition(null, Value.n(1), "EQ", List.of(Value.n(1)))))
			.hasMessage("One or more parameter values were invalid: Value and AttributeValueList cannot be used together for Attribute: n");
		assertThatThrownBy(() -> expected("n", new ExpectedCondition(null, null, null, List.of(Value.n(1)))))
			.hasMessage("One or more parameter values were invalid: AttributeValueList can only be used with a ComparisonOperator for Attribute: n");
		assertThatThrownBy(() -> expected("n", new ExpectedCondition(null, null, "EQ", null)))
			.hasMessage("One or more parameter values were invalid: Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: n");
	}

	private static boolean expected(String attribute, ExpectedCondition condition) {
		return LegacyConditions.fromExpected(Map.of(attribute, condition), null).test(ITEM);
	}

	@Test
	void keyConditionsFollowTheKeyRules() {
		KeyConditionExpression key = LegacyConditions.fromKeyConditions(
				Map.of("pk", new LegacyCondition("EQ", List.of(Value.s("u"))), "sk",
						new LegacyCondition("BETWEEN", List.of(Value.n(1), Value.n(3)))), "pk", "sk");
		assertThat(key.hashValue()).isEqualTo(Value.s("u"));
		assertThat(key.range().op()).isEqualTo(RangeCondition.Op.BETWEEN);
		assertThat(key.range().matches(Value.n(2))).isTrue();
		assertThatThrownBy(() -> LegacyConditions.fromKeyConditions(
				Map.of("pk", new LegacyCondition("EQ", List.of(Value.s("u"))), "sk", new LegacyCondition("NE", List.of(Value.n(1)))),
				"pk", "sk"))
			.hasMessage("Attempted conditional constraint is not an indexable operation");
		assertThatThrownBy(() -> LegacyConditions.fromKeyConditions(
				Map.of("sk", new LegacyCondition("EQ", List.of(Value.n(1)))), "pk", "sk"))
			.hasMessage("Query condition missed key schema element: pk");
		assertThatThrownBy(() -> LegacyConditions.fromKeyConditions(
				Map.of("pk", new LegacyCondition("GT", List.of(Value.s("u")))), "pk", "sk"))
			.hasMessage("Query key condition not supported");
	}

	@Test
	void attributeUpdatesPutAddAndDelete() {
		Map<String, AttributeUpdate> updates = new LinkedHashMap<>();
		updates.put("s", new AttributeUpdate("PUT", Value.s("new")));
		updates.put("n", new AttributeUpdate("ADD", Value.n(2)));
		updates.put("fresh", new AttributeUpdate("ADD", Value.n(7)));
		updates.put("tags", new AttributeUpdate("DELETE", new Value.SS(List.of("a"))));
		updates.put("arr", new AttributeUpdate("ADD", new Value.L(List.of(Value.n(2)))));
		updates.put("id2", new AttributeUpdate(null, Value.s("x")));
		UpdateExpression update = LegacyConditions.fromAttributeUpdates(updates);
		Map<String, Value> result = update.apply(ITEM);
		assertThat(result).containsEntry("s", Value.s("new"))
			.containsEntry("n", Value.n(7))
			.containsEntry("fresh", Value.n(7))
			.containsEntry("tags", new Value.SS(List.of("b")))
			.containsEntry("arr", new Value.L(List.of(Value.n(1), Value.n(2))))
			.containsEntry("id2", Value.s("x"));
		assertThat(update.topLevelAttributes()).containsExactlyInAnyOrder("s", "n", "fresh", "tags", "arr", "id2");
		assertThat(LegacyConditions.fromAttributeUpdates(Map.of("s", new AttributeUpdate("DELETE", null))).apply(ITEM))
			.doesNotContainKey("s");
		assertThat(LegacyConditions.fromAttributeUpdates(Map.of("tags", new AttributeUpdate("ADD", new Value.SS(List.of("c")))))
			.apply(ITEM)).containsEntry("tags", new Value.SS(List.of("a", "b", "c")));
		assertThat(LegacyConditions.fromAttributeUpdates(Map.of("n", new AttributeUpdate("ADD", new Value.NS(List.of(BigDecimal.ONE))))))
			.satisfies(u -> assertThatThrownBy(() -> u.apply(ITEM)).hasMessage("Type mismatch for attribute to update"));
	}

	@Test
	void attributeUpdatesAreValidated() {
		assertThatThrownBy(() -> LegacyConditions.fromAttributeUpdates(Map.of("a", new AttributeUpdate("PUT", null))))
			.hasMessage("One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified");
		assertThatThrownBy(() -> LegacyConditions.fromAttributeUpdates(Map.of("a", new AttributeUpdate("DELETE", Value.n(1)))))
			.hasMessage("One or more parameter values were invalid: DELETE action with value is not supported for the type N");
		assertThatThrownBy(() -> LegacyConditions.fromAttributeUpdates(Map.of("a", new AttributeUpdate("ADD", Value.s("x")))))
			.hasMessage("One or more parameter values were invalid: ADD action is not supported for the type S");
	}

	@Test
	void attributesToGetProjectTopLevelNamesEvenReservedOnes() {
		ProjectionExpression projection = LegacyConditions.fromAttributesToGet(List.of("n", "name"));
		assertThat(projection.project(Map.of("n", Value.n(1), "name", Value.s("x"), "z", Value.n(2)))).containsOnlyKeys("n", "name");
		assertThatThrownBy(() -> LegacyConditions.fromAttributesToGet(List.of("n", "n")))
			.hasMessage("One or more parameter values were invalid: Duplicate value in attribute name: n");
	}

}
