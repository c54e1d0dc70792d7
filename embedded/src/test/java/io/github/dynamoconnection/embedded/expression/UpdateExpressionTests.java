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

class UpdateExpressionTests {

	private static Map<String, Value> item() {
		Map<String, Value> item = new LinkedHashMap<>();
		item.put("id", Value.s("k"));
		item.put("n", Value.n(10));
		item.put("s", Value.s("text"));
		item.put("tags", new Value.SS(List.of("a", "b")));
		item.put("nums", new Value.NS(List.of(BigDecimal.ONE, BigDecimal.TEN)));
		item.put("arr", new Value.L(List.of(Value.n(0), Value.n(1), Value.n(2), Value.n(3))));
		item.put("doc", new Value.M(Map.of("a", new Value.M(Map.of("b", Value.n(1))), "l", new Value.L(List.of(Value.s("x"))))));
		return item;
	}

	private static Map<String, Value> values() {
		Map<String, Value> values = new LinkedHashMap<>();
		values.put(":one", Value.n(1));
		values.put(":five", Value.n(5));
		values.put(":str", Value.s("new"));
		values.put(":ss", new Value.SS(List.of("b", "c")));
		values.put(":ssab", new Value.SS(List.of("a", "b")));
		values.put(":ns", new Value.NS(List.of(BigDecimal.TEN)));
		values.put(":list", new Value.L(List.of(Value.s("y"))));
		values.put(":empty", new Value.L(List.of()));
		values.put(":big", Value.n("9E+125"));
		values.put(":m", new Value.M(Map.of()));
		return values;
	}

	private static Map<String, Value> apply(String expression, Map<String, Value> item) {
		return ExpressionParser.parseUpdate(expression, new ExpressionAttributes(Map.of("#s", "s", "#d", "doc"), values()))
			.apply(item);
	}

	private static Map<String, Value> apply(String expression) {
		return apply(expression, item());
	}

	private static String runtimeError(String expression) {
		try {
			apply(expression);
		}
		catch (EngineException ex) {
			assertThat(ex.errorType()).isEqualTo("ValidationException");
			return ex.getMessage();
		}
		throw new AssertionError("No error for " + expression);
	}

	@Test
	void applyLeavesTheInputUntouchedAndReturnsANewMap() {
		Map<String, Value> original = item();
		Map<String, Value> before = new LinkedHashMap<>(original);
		Map<String, Value> updated = apply("SET n = :five REMOVE #s", original);
		assertThat(original).isEqualTo(before);
		assertThat(updated).containsEntry("n", Value.n(5)).doesNotContainKey("s");
	}

	@Test
	void setAssignsValuesPathsAndArithmetic() {
		Map<String, Value> updated = apply("SET a = :str, b = n, c = n + :five, d = n - :one, e = :five - n, f = (n + :one)");
		assertThat(updated).containsEntry("a", Value.s("new"))
			.containsEntry("b", Value.n(10))
			.containsEntry("c", Value.n(15))
			.containsEntry("d", Value.n(9))
			.containsEntry("e", Value.n(-5))
			.containsEntry("f", Value.n(11));
	}

	@Test
	void setValuesAreComputedFromTheItemBeforeTheUpdate() {
		Map<String, Value> updated = apply("SET n = :five, m = n");
		assertThat(updated).containsEntry("n", Value.n(5)).containsEntry("m", Value.n(10));
	}

	@Test
	void ifNotExistsAndListAppend() {
		Map<String, Value> updated = apply("SET n = if_not_exists(n, :one), fresh = if_not_exists(nope, :one), "
				+ "arr = list_append(arr, :list), pre = list_append(:list, #d.l), "
				+ "made = list_append(if_not_exists(made, :empty), :list)");
		assertThat(updated).containsEntry("n", Value.n(10)).containsEntry("fresh", Value.n(1));
		assertThat(((Value.L) updated.get("arr")).values()).hasSize(5).last().isEqualTo(Value.s("y"));
		assertThat(updated.get("pre")).isEqualTo(new Value.L(List.of(Value.s("y"), Value.s("x"))));
		assertThat(updated.get("made")).isEqualTo(new Value.L(List.of(Value.s("y"))));
	}

	@Test
	void setWritesNestedMapAndListPaths() {
		Map<String, Value> updated = apply("SET #d.a.b = :five, #d.a.c = :str, #d.l[0] = :one, #d.l[7] = :str, arr[1] = :str");
		Value.M doc = (Value.M) updated.get("doc");
		assertThat(((Value.M) doc.values().get("a")).values()).containsEntry("b", Value.n(5)).containsEntry("c", Value.s("new"));
		assertThat(doc.values().get("l")).isEqualTo(new Value.L(List.of(Value.n(1), Value.s("new"))));
		assertThat(((Value.L) updated.get("arr")).values().get(1)).isEqualTo(Value.s("new"));
	}

	@Test
	void removeDeletesAttributesNestedPathsAndShiftsLists() {
		Map<String, Value> updated = apply("REMOVE #s, #d.a.b, arr[1], arr[3], nope, #d.l[5]");
		assertThat(updated).doesNotContainKey("s");
		assertThat(((Value.M) ((Value.M) updated.get("doc")).values().get("a")).values()).isEmpty();
		assertThat(updated.get("arr")).isEqualTo(new Value.L(List.of(Value.n(0), Value.n(2))));
	}

	@Test
	void addSumsNumbersAndUnitesSetsAndCreatesWhenAbsent() {
		Map<String, Value> updated = apply("ADD n :five, tags :ss, nums :ns, counter2 :one, fresh :ss");
		assertThat(updated).containsEntry("n", Value.n(15))
			.containsEntry("tags", new Value.SS(List.of("a", "b", "c")))
			.containsEntry("nums", new Value.NS(List.of(BigDecimal.ONE, BigDecimal.TEN)))
			.containsEntry("counter2", Value.n(1))
			.containsEntry("fresh", new Value.SS(List.of("b", "c")));
	}

	@Test
	void deleteRemovesSetMembersAndAnEmptiedSet() {
		Map<String, Value> updated = apply("DELETE tags :ss, nums :ns, nope :ss");
		assertThat(updated).containsEntry("tags", new Value.SS(List.of("a")))
			.containsEntry("nums", new Value.NS(List.of(BigDecimal.ONE)))
			.doesNotContainKey("nope");
		assertThat(apply("DELETE tags :ssab")).doesNotContainKey("tags");
	}

	@Test
	void allFourClausesInOneExpressionInAnyOrder() {
		Map<String, Value> updated = apply("delete tags :ss add n :one remove #s set x = :str");
		assertThat(updated).containsEntry("x", Value.s("new")).containsEntry("n", Value.n(11)).doesNotContainKey("s");
		assertThat(updated.get("tags")).isEqualTo(new Value.SS(List.of("a")));
	}

	@Test
	void topLevelAttributesAndUpdatedPathsNameEveryTarget() {
		UpdateExpression update = ExpressionParser.parseUpdate("SET #d.a.b = :five, n = :one REMOVE arr[0] ADD tags :ss",
				new ExpressionAttributes(Map.of("#d", "doc"), values()));
		assertThat(update.topLevelAttributes()).containsExactlyInAnyOrder("doc", "n", "arr", "tags");
		assertThat(update.updatedPaths().paths()).extracting(DocumentPath::toString)
			.containsExactly("[doc, a, b]", "[n]", "[arr, [0]]", "[tags]");
		Map<String, Value> projected = update.updatedPaths().project(item());
		assertThat(projected).containsOnlyKeys("doc", "n", "arr", "tags");
		assertThat(projected.get("arr")).isEqualTo(new Value.L(List.of(Value.n(0))));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"SET a = nope | The provided expression refers to an attribute that does not exist in the item",
			"SET a = nope + :one | The provided expression refers to an attribute that does not exist in the item",
			"SET a = #s + :one | Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: S",
			"SET a = :one - tags | Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: -, operand type: SS",
			"SET a = list_append(n, :list) | Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: list_append, operand type: N",
			"ADD #s :one | An operand in the update expression has an incorrect data type",
			"ADD tags :ns | An operand in the update expression has an incorrect data type",
			"DELETE tags :ns | An operand in the update expression has an incorrect data type",
			"SET nope.a = :one | The document path provided in the update expression is invalid for update",
			"SET #s.a = :one | The document path provided in the update expression is invalid for update",
			"SET arr.a = :one | The document path provided in the update expression is invalid for update",
			"SET #d.a[0] = :one | The document path provided in the update expression is invalid for update",
			"REMOVE #s.a | The document path provided in the update expression is invalid for update",
			"REMOVE nope.a | The document path provided in the update expression is invalid for update",
			"REMOVE nope[0] | The document path provided in the update expression is invalid for update",
			"SET n = :big + :big | Number overflow. Attempting to store a number with magnitude larger than supported range",
			"ADD n :big | Attempting to store more than 38 significant digits in a Number" })
	void runtimeErrorsUseDynamoDbMessages(String expression, String message) {
		assertThat(runtimeError(expression)).isEqualTo(message);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"SET a = :one, a = :five | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
			"SET a = :one REMOVE a.b | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
			"SET a.b = :one REMOVE a[1] | Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [1]]",
			"SET a = :one SET b = :one | The \"SET\" section can only be used once in an update expression;",
			"REMOVE a REMOVE b | The \"REMOVE\" section can only be used once in an update expression;",
			"SET a = size(b) | Invalid function name; function: size",
			"SET a = if_not_exists(:one, :one) | Operator or function requires a document path; operator or function: if_not_exists",
			"SET a = list_append(:one, :list) | Incorrect operand type for operator or function; operator or function: list_append, operand type: N",
			"SET a = if_not_exists(b) | Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1",
			"SET a = :str + :one | Incorrect operand type for operator or function; operator or function: +, operand type: S",
			"ADD a :str | Incorrect operand type for operator or function; operator: ADD, operand type: STRING",
			"ADD a :list | Incorrect operand type for operator or function; operator: ADD, operand type: LIST",
			"DELETE a :one | Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER",
			"SET #zz = :one | An expression attribute name used in the document path is not defined; attribute name: #zz",
			"SET a = :zz | An expression attribute value used in expression is not defined; attribute value: :zz",
			"SET name = :one | Attribute name is a reserved keyword; reserved keyword: name",
			"SET a = :one, | Syntax error; token: \"<EOF>\", near: \",\"",
			"SET a :one | Syntax error; token: \":one\", near: \"a :one\"",
			"UPDATE a = :one | Syntax error; token: \"UPDATE\", near: \"UPDATE a\"",
			"SET a = b + c + :one | Syntax error; token: \"+\", near: \"c + :one\"",
			"ADD a b | Syntax error; token: \"b\", near: \"a b\"",
			"REMOVE a = :one | Syntax error; token: \"=\", near: \"a = :one\"",
			"`` | The expression can not be empty;" })
	void staticErrorsUseDynamoDbMessages(String expression, String detail) {
		assertThatThrownBy(() -> ExpressionParser.parseUpdate(expression, new ExpressionAttributes(Map.of("#s", "s"), values())))
			.isInstanceOf(EngineException.class)
			.hasMessage("Invalid UpdateExpression: " + detail);
	}

	@ParameterizedTest(name = "[{0}]")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"`SET a . b = 5` | 5 | = 5", "`SET a [  [2] ]. b = 5` | [ | [  [2", "`SET a [2 1]. b = 5` | 1 | 2 1]",
			"`SET #s a = 5` | a | #s a =", "`SET attrName = 34` | 34 | = 34", "`SET MyStr[ 3` | <EOF> | 3",
			"`SET MyStr[ 3 ` | <EOF> | `3 `", "`SET MyStr[3)` | ) | 3)", "`SET 2` | 2 | SET 2", "`2` | 2 | 2",
			"`SET ) 3` | ) | SET ) 3", "`SET MyStr = (:one ` | <EOF> | `:one `", "`SET MyStr = [:one  ` | [ | = [:one",
			"`SET MyStr = ):one + :five` | ) | = ):one", "`  RESET NonExistent value` | RESET | `  RESET NonExistent`",
			"`SET MyStr = NoExist + + :one ` | + | + + :one", "`SET _123 = :one` | _ | SET _123", "`SET 123a = :one` | 123 | SET 123a",
			"`SET hi$there = :one` | $ | hi$there" })
	void syntaxErrorsNameTheTokenAndItsNeighbours(String expression, String token, String near) {
		assertThatThrownBy(() -> ExpressionParser.parseUpdate(expression, new ExpressionAttributes(Map.of("#s", "s"), values())))
			.hasMessage("Invalid UpdateExpression: Syntax error; token: \"" + token + "\", near: \"" + near + "\"");
	}

	@Test
	void operatorAndNestingLimits() {
		String manySums = "SET " + java.util.stream.IntStream.range(0, 301)
			.mapToObj(i -> "a" + i + "=n+:one")
			.collect(java.util.stream.Collectors.joining(","));
		assertThatThrownBy(() -> ExpressionParser.parseUpdate(manySums, new ExpressionAttributes(null, values())))
			.isInstanceOf(EngineException.class)
			.hasMessage("Invalid UpdateExpression: The expression contains too many operators; operator count: 301");
		assertThatThrownBy(() -> ExpressionParser.parseUpdate("SET a = " + "(".repeat(161) + ":one" + ")".repeat(161),
				new ExpressionAttributes(null, values())))
			.hasMessage("Invalid UpdateExpression: The expression has too many levels of nesting; maximum: 160");
		Map<String, Value> nested = ExpressionParser.parseUpdate("SET a = " + "if_not_exists(a, ".repeat(150) + ":one"
				+ ")".repeat(150), new ExpressionAttributes(null, values())).apply(Map.of());
		assertThat(nested).containsEntry("a", Value.n(1));
	}

	@Test
	void listIndexesReferToTheListBeforeTheUpdateWhateverTheClauseOrder() {
		Map<String, Value> item = Map.of("arr",
				new Value.L(List.of(Value.n(2), Value.n(3), Value.n(4), Value.n(5), Value.n(6), Value.n(7))));
		Value expected = new Value.L(List.of(Value.n(2), Value.n(4), Value.n(17), Value.n(6), Value.n(7)));
		Map<String, Value> values = Map.of(":val", Value.n(17));
		assertThat(ExpressionParser.parseUpdate("REMOVE arr[1] SET arr[3] = :val", new ExpressionAttributes(null, values))
			.apply(item)
			.get("arr")).isEqualTo(expected);
		assertThat(ExpressionParser.parseUpdate("SET arr[3] = :val REMOVE arr[1]", new ExpressionAttributes(null, values))
			.apply(item)
			.get("arr")).isEqualTo(expected);
	}

	@Test
	void aRemovedAttributeCanStillBeReadBySet() {
		Map<String, Value> updated = ExpressionParser.parseUpdate("REMOVE n SET duplicate = n", ExpressionAttributes.none())
			.apply(item());
		assertThat(updated).doesNotContainKey("n").containsEntry("duplicate", Value.n(10));
	}

	@Test
	void removeThroughAMissingParentIsIgnoredOnlyWhenTheItemDoesNotExist() {
		UpdateExpression update = ExpressionParser.parseUpdate("REMOVE x.y, z[0]", ExpressionAttributes.none());
		assertThat(update.apply(Map.of())).isEmpty();
	}

	@Test
	void setsPastTheEndOfAListAppendInIndexOrder() {
		Map<String, Value> values = new LinkedHashMap<>();
		for (String name : List.of(":a1", ":a2", ":a3", ":a4")) {
			values.put(name, Value.s(name.substring(1)));
		}
		Map<String, Value> updated = ExpressionParser
			.parseUpdate("SET arr[84] = :a1, arr[37] = :a2, arr[17] = :a3, arr[50] = :a4, arr[0] = :a1",
					new ExpressionAttributes(null, values))
			.apply(Map.of("arr", new Value.L(List.of(Value.s("one"), Value.s("two")))));
		assertThat(updated.get("arr")).isEqualTo(new Value.L(List.of(Value.s("a1"), Value.s("two"), Value.s("a3"),
				Value.s("a2"), Value.s("a4"), Value.s("a1"))));
	}

}
