package io.github.dynamoconnection.embedded.expression;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.value.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyConditionExpressionTests {

	private static Map<String, Value> values() {
		Map<String, Value> values = new LinkedHashMap<>();
		values.put(":h", Value.s("user"));
		values.put(":lo", Value.n(10));
		values.put(":hi", Value.n(20));
		values.put(":p", Value.s("ab"));
		values.put(":b", Value.b("ab"));
		return values;
	}

	private static KeyConditionExpression parse(String text) {
		return ExpressionParser.parseKeyCondition(text, new ExpressionAttributes(Map.of("#pk", "pk"), values()), "pk", "sk");
	}

	@Test
	void partitionKeyEqualityAlone() {
		KeyConditionExpression key = parse("pk = :h");
		assertThat(key.hashKeyName()).isEqualTo("pk");
		assertThat(key.hashValue()).isEqualTo(Value.s("user"));
		assertThat(key.range()).isNull();
		assertThat(key.matches(Map.of("pk", Value.s("user")))).isTrue();
		assertThat(key.matches(Map.of("pk", Value.s("other")))).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"#pk = :h AND sk = :lo | EQ | 10 | true | false | false",
			"#pk = :h AND sk < :lo | LT | 5 | false | false | false",
			"#pk = :h AND sk <= :lo | LE | 10 | true | false | false",
			"#pk = :h AND sk > :lo | GT | 15 | false | true | true",
			"#pk = :h AND sk >= :lo | GE | 10 | true | true | true",
			"#pk = :h AND :lo > sk | LT | 5 | false | false | false",
			"#pk = :h AND :lo <= sk | GE | 10 | true | true | true",
			"sk BETWEEN :lo AND :hi AND pk = :h | BETWEEN | 10 | true | true | false",
			"(pk = :h) AND (sk >= :lo) | GE | 10 | true | true | true" })
	void sortKeyConditions(String text, RangeCondition.Op op, String sample, boolean at10, boolean at15, boolean at25) {
		RangeCondition range = parse(text).range();
		assertThat(range.op()).isEqualTo(op);
		assertThat(range.attributeName()).isEqualTo("sk");
		assertThat(range.matches(Value.n(10))).isEqualTo(at10);
		assertThat(range.matches(Value.n(15))).isEqualTo(at15);
		assertThat(range.matches(Value.n(25))).isEqualTo(at25);
		assertThat(range.matches(Value.s("10"))).isFalse();
		assertThat(range.matches(null)).isFalse();
	}

	@Test
	void beginsWithOnStringsAndBinary() {
		RangeCondition range = parse("pk = :h AND begins_with(sk, :p)").range();
		assertThat(range.op()).isEqualTo(RangeCondition.Op.BEGINS_WITH);
		assertThat(range.matches(Value.s("abc"))).isTrue();
		assertThat(range.matches(Value.s("xab"))).isFalse();
		RangeCondition binary = parse("pk = :h AND begins_with(sk, :b)").range();
		assertThat(binary.matches(Value.b("abz"))).isTrue();
		assertThat(binary.matches(Value.s("abz"))).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"pk = :h OR sk = :lo | Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: OR",
			"NOT pk = :h | Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: NOT",
			"pk IN (:h) | Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: IN",
			"pk <> :h | Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: <>",
			"pk = :h AND attribute_exists(sk) | Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: attribute_exists",
			"pk = :h AND contains(sk, :p) | Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: contains",
			"pk = :h AND size(sk) = :lo | Invalid KeyConditionExpression: KeyConditionExpressions cannot contain nested operations",
			"pk = sk | Invalid KeyConditionExpression: Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition",
			":h = :p | Invalid KeyConditionExpression: Invalid condition in KeyConditionExpression: No key attribute specified",
			"pk.a = :h | Invalid KeyConditionExpression: KeyConditionExpressions cannot have conditions on nested attributes",
			"pk = :h AND pk = :h | Invalid KeyConditionExpression: KeyConditionExpressions must only contain one condition per key",
			"pk = :h AND :lo BETWEEN sk AND :hi | Invalid KeyConditionExpression: Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand",
			"pk = :h AND begins_with(:p, sk) | Invalid KeyConditionExpression: Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand",
			"pk = :h AND sk BETWEEN :hi AND :lo | Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:20}, upper bound operand: AttributeValue: {N:10}",
			"pk = :h AND begins_with(sk, :lo) | Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
			"sk = :lo | Query condition missed key schema element: pk",
			"pk > :h | Query key condition not supported",
			"pk = :h AND color = :lo | Query condition missed key schema element: sk",
			"pk = :h AND | Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\", near: \"AND\"" })
	void dynamoDbRulesAreEnforced(String text, String message) {
		assertThatThrownBy(() -> parse(text)).isInstanceOf(EngineException.class).hasMessage(message);
	}

	@Test
	void anAttributeThatIsNoKeyOnAHashOnlyTableIsNotSupported() {
		assertThatThrownBy(() -> ExpressionParser.parseKeyCondition("pk = :h AND sk = :lo",
				new ExpressionAttributes(null, Map.of(":h", Value.s("u"), ":lo", Value.n(1))), "pk", null))
			.hasMessage("Query key condition not supported");
	}

}
