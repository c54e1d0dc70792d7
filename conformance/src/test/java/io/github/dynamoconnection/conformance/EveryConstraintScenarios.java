package io.github.dynamoconnection.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.dynamoconnection.conformance.Tables.hashTable;

/**
 * Each constraint of each operation's top-level members, violated alone on an otherwise valid request
 * (every required member present and valid), answers DynamoDB's single-violation message, on an
 * existing and on a missing table. The requests are built from the engine's declarations of
 * DynamoDB's API reference; the expected messages follow DynamoDB's format, so a constraint that
 * is not checked, checked late (after the table) or reported under another path fails here.
 */
class EveryConstraintScenarios {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String SHAPES = "/io/github/dynamoconnection/embedded/validation/request-shapes.json";

	/** Operations that word a table name problem their own way before other constraints. */
	private static final List<String> TABLE_NAME_FIRST = List.of("CreateTable", "DeleteTable", "DescribeTable",
			"DescribeTimeToLive", "UpdateTable");

	@Scenario
	void eachConstraintAloneAgainstAnExistingTable(Backend backend) {
		hashTable("Existing").create(backend.client());

		assertEachConstraint(backend, "Existing");
	}

	@Scenario
	void eachConstraintAloneAgainstAMissingTable(Backend backend) {
		assertEachConstraint(backend, "Missing");
	}

	private static void assertEachConstraint(Backend backend, String table) {
		JsonNode document = load();
		JsonNode shapes = document.get("shapes");
		SoftAssertions softly = new SoftAssertions();
		int checked = 0;
		for (Map.Entry<String, JsonNode> operation : document.get("operations").properties()) {
			JsonNode input = shapes.get(operation.getValue().get("input").asString());
			for (JsonNode member : input.path("members")) {
				String name = member.get(0).asString();
				JsonNode shape = shapes.get(member.get(1).asString());
				if (shape.has("nameShape") || (name.equals("TableName") && TABLE_NAME_FIRST.contains(operation.getKey()))) {
					continue; // table names and ARNs have scenarios of their own
				}
				for (Violation violation : violations(shape, shapes)) {
					ObjectNode request = validRequest(input, shapes, table);
					request.set(name, violation.value());
					String expected = "1 validation error detected: Value " + violation.shown() + " at '" + lowerFirst(name)
							+ "' failed to satisfy constraint: " + violation.constraint();
					RawHttp.Answer answer = backend.raw().post(operation.getKey(), request.toString());
					String message = answer.json().path("message").asString(answer.json().path("Message").asString());
					softly.assertThat(answer.errorType() + ": " + message).as("%s %s", operation.getKey(), request)
						.isEqualTo("ValidationException: " + expected);
					checked++;
				}
			}
		}
		softly.assertThat(checked).as("constraints checked").isGreaterThan(100);
		softly.assertAll();
	}

	/** A value breaking one constraint of the shape, and only that one, with how DynamoDB shows it. */
	private record Violation(JsonNode value, String shown, String constraint) {
	}

	private static List<Violation> violations(JsonNode shape, JsonNode shapes) {
		List<Violation> violations = new ArrayList<>();
		String type = shape.get("type").asString();
		Pattern pattern = shape.has("pattern") ? Pattern.compile(shape.get("pattern").asString()) : null;
		if (type.equals("string")) {
			if (shape.has("enum")) {
				List<String> values = new ArrayList<>();
				shape.get("enum").forEach((value) -> values.add(value.asString()));
				violations.add(new Violation(NODES.stringNode("NOT_A_MEMBER"), "'NOT_A_MEMBER'",
						"Member must satisfy enum value set: [" + String.join(", ", values) + "]"));
			}
			if (shape.has("min") && shape.get("min").asLong() > 1) {
				String text = validString(pattern, (int) shape.get("min").asLong() - 1);
				if (text != null) {
					violations.add(new Violation(NODES.stringNode(text), "'" + text + "'",
							"Member must have length greater than or equal to " + shape.get("min").asLong()));
				}
			}
			if (shape.has("max") && shape.get("max").asLong() < 5000) {
				String text = validString(pattern, (int) shape.get("max").asLong() + 1);
				if (text != null) {
					violations.add(new Violation(NODES.stringNode(text), "'" + text + "'",
							"Member must have length less than or equal to " + shape.get("max").asLong()));
				}
			}
			if (pattern != null && !shape.has("enum") && !pattern.matcher("!").matches()
					&& (!shape.has("min") || shape.get("min").asLong() <= 1)) {
				violations.add(new Violation(NODES.stringNode("!"), "'!'",
						"Member must satisfy regular expression pattern: " + pattern.pattern()));
			}
		}
		else if (type.equals("integer") || type.equals("long")) {
			if (shape.has("min")) {
				long below = shape.get("min").asLong() - 1;
				violations.add(new Violation(NODES.numberNode(below), "'" + below + "'",
						"Member must have value greater than or equal to " + shape.get("min").asLong()));
			}
			if (shape.has("max")) {
				long above = shape.get("max").asLong() + 1;
				violations.add(new Violation(NODES.numberNode(above), "'" + above + "'",
						"Member must have value less than or equal to " + shape.get("max").asLong()));
			}
		}
		else if ((type.equals("list") || type.equals("map")) && shape.has("min") && shape.get("min").asLong() >= 1) {
			violations.add(new Violation(type.equals("list") ? NODES.arrayNode() : NODES.objectNode(),
					type.equals("list") ? "'[]'" : "'{}'", "Member must have length greater than or equal to " + shape.get("min").asLong()));
		}
		return violations;
	}

	/** A request of this input shape with every required member present and valid. */
	private static ObjectNode validRequest(JsonNode input, JsonNode shapes, String table) {
		ObjectNode request = NODES.objectNode();
		List<String> required = new ArrayList<>();
		input.path("required").forEach((name) -> required.add(name.asString()));
		for (JsonNode member : input.path("members")) {
			String name = member.get(0).asString();
			if (required.contains(name)) {
				request.set(name, validValue(name, shapes.get(member.get(1).asString()), shapes, table));
			}
		}
		return request;
	}

	private static JsonNode validValue(String name, JsonNode shape, JsonNode shapes, String table) {
		String type = shape.get("type").asString();
		switch (type) {
			case "structure":
				if (shape.path("members").size() > 0 && shape.path("members").get(0).get(0).asString().equals("S")) {
					return NODES.objectNode().put("S", "a"); // an AttributeValue
				}
				return validRequest(shape, shapes, table);
			case "list": {
				ArrayNode list = NODES.arrayNode();
				list.add(validValue(name, shapes.get(shape.get("member").asString()), shapes, table));
				return list;
			}
			case "map": {
				ObjectNode map = NODES.objectNode();
				JsonNode key = shapes.get(shape.get("key").asString());
				String keyText = key.has("nameShape") ? table : validString(pattern(key), (int) Math.max(3, key.path("min").asLong(1)));
				map.set(keyText, validValue(name, shapes.get(shape.get("value").asString()), shapes, table));
				return map;
			}
			case "integer", "long", "double":
				return NODES.numberNode(Math.max(1, shape.path("min").asLong(1)));
			case "boolean":
				return NODES.booleanNode(true);
			case "blob":
				return NODES.stringNode("AA==");
			case "timestamp":
				return NODES.numberNode(1);
			default:
				if (shape.has("enum")) {
					return shape.get("enum").get(0);
				}
				if (shape.has("nameShape")) {
					return NODES.stringNode(table);
				}
				int length = (int) Math.max(shape.path("min").asLong(1), name.endsWith("Arn") ? 40 : 3);
				return NODES.stringNode(validString(pattern(shape), Math.min(length, (int) shape.path("max").asLong(length))));
		}
	}

	private static Pattern pattern(JsonNode shape) {
		return shape.has("pattern") ? Pattern.compile(shape.get("pattern").asString()) : null;
	}

	/** A string of this length matching the pattern, or {@code null} when none of the tried ones does. */
	private static String validString(Pattern pattern, int length) {
		for (String unit : List.of("a", "0", "0123456789abcdef", ",")) {
			String text = unit.repeat(length / unit.length() + 1).substring(0, length);
			if (pattern == null || pattern.matcher(text).matches()) {
				return text;
			}
		}
		return null;
	}

	private static String lowerFirst(String name) {
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	private static JsonNode load() {
		try (InputStream in = EveryConstraintScenarios.class.getResourceAsStream(SHAPES)) {
			return JsonMapper.shared().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
