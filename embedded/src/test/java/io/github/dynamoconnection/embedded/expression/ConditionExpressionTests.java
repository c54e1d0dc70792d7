package io.github.dynamoconnection.embedded.expression;

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

class ConditionExpressionTests {

	private static final Map<String, Value> ITEM = item();

	private static Map<String, Value> item() {
		Map<String, Value> item = new LinkedHashMap<>();
		item.put("id", Value.s("user-1"));
		item.put("age", Value.n(42));
		item.put("name_", Value.s("Alice"));
		item.put("tags", new Value.SS(List.of("red", "blue")));
		item.put("scores", new Value.NS(List.of(new java.math.BigDecimal("1"), new java.math.BigDecimal("2.5"))));
		item.put("bin", Value.b("hello"));
		item.put("arr", new Value.L(List.of(Value.s("x"), Value.n(7), new Value.M(Map.of("deep", Value.s("d"))))));
		item.put("map", new Value.M(Map.of("nested", new Value.M(Map.of("leaf", Value.n(3))), "flag", Value.Bool.TRUE)));
		item.put("nothing", Value.Null.INSTANCE);
		return item;
	}

	private static Map<String, Value> values() {
		Map<String, Value> values = new LinkedHashMap<>();
		values.put(":s", Value.s("Alice"));
		values.put(":al", Value.s("Al"));
		values.put(":n40", Value.n(40));
		values.put(":n42", Value.n(42));
		values.put(":n50", Value.n(50));
		values.put(":n42s", Value.s("42"));
		values.put(":red", Value.s("red"));
		values.put(":x", Value.s("x"));
		values.put(":seven", Value.n(7));
		values.put(":two5", Value.n("2.50"));
		values.put(":three", Value.n(3));
		values.put(":hel", Value.b("hel"));
		values.put(":ll", Value.b("ll"));
		values.put(":typeS", Value.s("S"));
		values.put(":typeSS", Value.s("SS"));
		values.put(":typeNULL", Value.s("NULL"));
		values.put(":typeM", Value.s("M"));
		values.put(":true", Value.Bool.TRUE);
		return values;
	}

	private static boolean eval(String expression) {
		return ExpressionParser.parseCondition(expression, new ExpressionAttributes(Map.of("#n", "name_", "#m", "map"), values()))
			.test(ITEM);
	}

	private static String error(String expression) {
		return error(expression, Map.of("#n", "name_"), values());
	}

	private static String error(String expression, Map<String, String> names, Map<String, Value> values) {
		try {
			ExpressionParser.parseCondition(expression, new ExpressionAttributes(names, values));
		}
		catch (EngineException ex) {
			assertThat(ex.errorType()).isEqualTo("ValidationException");
			assertThat(ex.status()).isEqualTo(400);
			return ex.getMessage();
		}
		throw new AssertionError("No error for " + expression);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"age = :n42 | true", "age = :n40 | false", "age <> :n40 | true", "age <> :n42 | false",
			"age < :n50 | true", "age <= :n42 | true", "age > :n42 | false", "age >= :n42 | true",
			"age = :n42s | false", "age <> :n42s | true", "age < :n42s | false", "age > :n42s | false",
			"gone = :n42 | false", "gone <> :n42 | true", "gone < :n42 | false",
			":n40 < age | true", "#n = :s | true", "#n < :s | false", "#n >= :al | true",
			"age BETWEEN :n40 AND :n50 | true", "age BETWEEN :n42 AND :n42 | true", "age BETWEEN :n40 AND :n40 | false",
			"#n BETWEEN :n40 AND :n50 | false", "gone BETWEEN :n40 AND :n50 | false",
			"age IN (:n40, :n42) | true", "age IN (:n40, :n50) | false", "age IN (:n42s) | false" })
	void comparisonsFollowDynamoDbTypeRules(String expression, boolean expected) {
		assertThat(eval(expression)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"attribute_exists(age) | true", "attribute_exists(gone) | false", "attribute_not_exists(gone) | true",
			"attribute_not_exists(age) | false", "attribute_exists(nothing) | true",
			"attribute_exists(#m.nested.leaf) | true", "attribute_exists(#m.nested.absentkey) | false",
			"attribute_exists(arr[2].deep) | true", "attribute_exists(arr[3]) | false",
			"attribute_type(age, :typeS) | false", "attribute_type(#n, :typeS) | true", "attribute_type(tags, :typeSS) | true",
			"attribute_type(nothing, :typeNULL) | true", "attribute_type(#m, :typeM) | true", "attribute_type(gone, :typeS) | false",
			"begins_with(#n, :al) | true", "begins_with(#n, :s) | true", "begins_with(#n, :x) | false",
			"begins_with(bin, :hel) | true", "begins_with(bin, :ll) | false", "begins_with(age, :al) | false",
			"contains(#n, :al) | true", "contains(#n, :x) | false", "contains(tags, :red) | true",
			"contains(tags, :x) | false", "contains(scores, :two5) | true", "contains(scores, :seven) | false",
			"contains(arr, :x) | true", "contains(arr, :seven) | true", "contains(arr, :red) | false",
			"contains(bin, :ll) | true", "contains(gone, :x) | false", "contains(age, :n42) | false",
			"size(#n) = :seven | false", "size(tags) < :three | true", "size(arr) = :three | true",
			"size(#m) = :two5 | false", "size(bin) > :three | true", "size(age) = :n42 | false",
			"size(gone) >= :n40 | false", "#m.nested.leaf = :three | true", "arr[1] = :seven | true",
			"arr[2].deep <> :x | true", "#m.flag = :true | true", "#m.nested = :three | false" })
	void functionsAndPaths(String expression, boolean expected) {
		assertThat(eval(expression)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"age = :n40 OR age = :n42 AND #n = :x | false",
			"(age = :n40 OR age = :n42) AND #n = :x | false",
			"age = :n42 OR age = :n40 AND #n = :x | true",
			"NOT age = :n40 AND #n = :s | true", "NOT (age = :n42 AND #n = :x) | true",
			"NOT age = :n42 OR #n = :s | true", "NOT NOT age = :n42 | true",
			"(age = :n42) | true", "((age) = :n42) | true", "(size(tags)) = (:two5) | false",
			"age = :n42 and #n = :s | true", "age = :n40 or not #n = :x | true",
			"attribute_exists(age) AND NOT attribute_exists(gone) | true" })
	void precedenceIsNotThenAndThenOr(String expression, boolean expected) {
		assertThat(eval(expression)).isEqualTo(expected);
	}

	@Test
	void numbersCompareNumericallyAndStringsByBytes() {
		Map<String, Value> values = Map.of(":a", Value.n("10"), ":b", Value.n("9"), ":s1", Value.s("Z"), ":s2", Value.s("a"));
		ConditionExpression numeric = ExpressionParser.parseCondition(":a > :b", new ExpressionAttributes(null, values));
		assertThat(numeric.test(Map.of())).isTrue();
		ConditionExpression text = ExpressionParser.parseCondition(":s1 < :s2",
				new ExpressionAttributes(null, Map.of(":s1", Value.s("Z"), ":s2", Value.s("a"))));
		assertThat(text.test(Map.of())).isTrue();
	}

	@Test
	void parsedConditionsAreReusableAcrossItems() {
		ConditionExpression condition = ExpressionParser.parseCondition("age >= :n",
				new ExpressionAttributes(null, Map.of(":n", Value.n(18))));
		assertThat(condition.test(Map.of("age", Value.n(20)))).isTrue();
		assertThat(condition.test(Map.of("age", Value.n(10)))).isFalse();
		assertThat(condition.test(Map.of())).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"age = | Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\"",
			"age = = :n42 | Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= = :n42\"",
			"age :n42 | Invalid ConditionExpression: Syntax error; token: \":n42\", near: \"age :n42\"",
			"age = :n42 AND | Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"AND\"",
			"a-b = :n42 | Invalid ConditionExpression: Syntax error; token: \"-\", near: \"a-b\"",
			"age = :n42) | Invalid ConditionExpression: Syntax error; token: \")\", near: \":n42)\"",
			"(age = :n42 | Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \":n42\"",
			"AND = :n42 | Invalid ConditionExpression: Syntax error; token: \"AND\", near: \"AND =\"",
			"age $ :n42 | Invalid ConditionExpression: Syntax error; token: \"$\", near: \"age $ :n42\"",
			"age | Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"age\"",
			"arr[x] = :n42 | Invalid ConditionExpression: Syntax error; token: \"x\", near: \"[x]\"",
			"name = :s | Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: name",
			"#n.Status = :s | Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: Status",
			"#zz = :s | Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #zz",
			"age = :zz | Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :zz",
			"foo(age) | Invalid ConditionExpression: Invalid function name; function: foo",
			"begins_with(age) | Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 1",
			"attribute_exists(:s) | Invalid ConditionExpression: Operator or function requires a document path; operator or function: attribute_exists",
			"attribute_type(age, :x) | Invalid ConditionExpression: Invalid attribute type name found; type: x, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}",
			"attribute_type(age, :n42) | Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N",
			"begins_with(age, :n42) | Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
			"size(:n42) = :n42 | Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: size, operand type: N",
			"size(age) | Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: size",
			"attribute_exists(age) = :true | Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: attribute_exists",
			"age = age | Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [age]",
			"contains(#n.a[1], #n.a[1]) | Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [name_, a, [1]]",
			"age BETWEEN :n50 AND :n40 | Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:50}, upper bound operand: AttributeValue: {N:40}",
			"age BETWEEN :n40 AND :s | Invalid ConditionExpression: The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:40}, upper bound operand: AttributeValue: {S:Alice}",
			"((age = :n42)) | Invalid ConditionExpression: The expression has redundant parentheses;",
			"`` | Invalid ConditionExpression: The expression can not be empty;" })
	void errorsUseDynamoDbMessages(String expression, String message) {
		assertThat(error(expression)).isEqualTo(message);
	}

	@Test
	void reservedWordErrorOutranksUndefinedPlaceholder() {
		assertThat(error("#zz = :s AND size = :s")).contains("reserved keyword: size");
	}

	@Test
	void expressionsLongerThan4KbAreRejected() {
		String expression = "age = :n42" + " OR age = :n42".repeat(300);
		assertThat(error(expression)).startsWith(
				"Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: ");
	}

	@Test
	void inAcceptsAtMostOneHundredOperands() {
		Map<String, Value> values = new LinkedHashMap<>();
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < 101; i++) {
			values.put(":v" + i, Value.n(i));
			list.append((i == 0) ? "" : ",").append(":v").append(i);
		}
		assertThat(error("a IN (" + list + ")", Map.of(), values)).isEqualTo(
				"Invalid ConditionExpression: The IN operator is provided with too many operands; number of operands: 101");
		values.remove(":v100");
		ConditionExpression in = ExpressionParser.parseCondition("a IN (" + list.substring(0, list.lastIndexOf(",")) + ")",
				new ExpressionAttributes(null, values));
		assertThat(in.test(Map.of("a", Value.n(99)))).isTrue();
	}

	@Test
	void filterExpressionErrorsNameTheFilterParameter() {
		assertThatThrownBy(() -> ExpressionParser.parseFilter("a =", ExpressionAttributes.none()))
			.hasMessage("Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \"=\"");
	}

	@Test
	void keywordsAreCaseInsensitiveAndPlaceholdersMayStartWithDigits() {
		ConditionExpression condition = ExpressionParser.parseCondition("a between :1 and :2 oR NoT a In (:1)",
				new ExpressionAttributes(null, Map.of(":1", Value.n(1), ":2", Value.n(5))));
		assertThat(condition.test(Map.of("a", Value.n(3)))).isTrue();
		assertThat(condition.test(Map.of("a", Value.n(1)))).isTrue();
		assertThat(condition.test(Map.of("a", Value.n(9)))).isTrue();
	}

	@Test
	void parsedConditionsNameTheTopLevelAttributesTheyRead() {
		ConditionExpression condition = ExpressionParser.parseFilter("#n = :s AND (size(tags) > :three OR NOT arr[1].x = :x)",
				new ExpressionAttributes(Map.of("#n", "name_"), values()));
		assertThat(condition.topLevelAttributes()).containsExactlyInAnyOrder("name_", "tags", "arr");
		ConditionExpression legacy = LegacyConditions.fromFilter(Map.of("age", new LegacyCondition("NOT_NULL", List.of())), null);
		assertThat(legacy.topLevelAttributes()).containsExactly("age");
	}

	@Test
	void theLengthLimitCountsUtf8Bytes() {
		assertThat(error("\u00e9".repeat(2100))).isEqualTo(
				"Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: 4200");
		assertThat(error("\u00e9".repeat(2000))).startsWith("Invalid ConditionExpression: Syntax error; token: ");
	}

	@Test
	void atMostThreeHundredOperatorsAsDynamoDbCountsThem() {
		String allowed = "a<b " + "or (a<b ".repeat(149) + ")".repeat(149);
		assertThat(ExpressionParser.parseCondition(allowed, ExpressionAttributes.none())
			.test(Map.of("a", Value.n(1), "b", Value.n(2)))).isTrue();
		String tooMany = "a<b " + "or (a<b ".repeat(454) + ")".repeat(454);
		assertThat(error(tooMany, Map.of(), Map.of()))
			.isEqualTo("Invalid ConditionExpression: The expression contains too many operators; operator count: 301");
		assertThat(error("not ".repeat(1000) + "a<b", Map.of(), Map.of()))
			.isEqualTo("Invalid ConditionExpression: The expression contains too many operators; operator count: 301");
	}

	@Test
	void deepNestingWithinTheLengthLimitReportsWhatDynamoDbReports() {
		assertThat(error("(".repeat(2046) + "a<b" + ")".repeat(2046), Map.of(), Map.of()))
			.isEqualTo("Invalid ConditionExpression: The expression has redundant parentheses;");
		assertThat(error("a < " + "f(".repeat(1355) + "b" + ")".repeat(1355), Map.of(), Map.of()))
			.isEqualTo("Invalid ConditionExpression: Invalid function name; function: f");
		assertThat(error("a < " + "size(".repeat(680) + "b" + ")".repeat(680), Map.of(), Map.of()))
			.startsWith("Invalid ConditionExpression: ");
	}

}
