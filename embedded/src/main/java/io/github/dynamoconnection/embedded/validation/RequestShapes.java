package io.github.dynamoconnection.embedded.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DynamoDB's request shapes and their constraints, read once from {@code request-shapes.json}
 * (generated from DynamoDB's service model by {@code embedded/src/build/generate_request_shapes.py}).
 */
final class RequestShapes {

	private static final String RESOURCE = "request-shapes.json";

	private static final RequestShapes INSTANCE = load();

	private final Map<String, Shape> shapes;

	private final Map<String, OperationInput> operations;

	/**
	 * An operation's input shape, the order it checks top-level members in, its table-name-first rule,
	 * and its compiled shape for {@link QuickCheck} ({@code null} where the layers must always run:
	 * the table-name-first operations, and any whose order leaves members out).
	 */
	record OperationInput(Shape shape, List<Shape.Member> order, boolean tableNameFirst, CompiledShape quick) {
	}

	private RequestShapes(Map<String, Shape> shapes, Map<String, OperationInput> operations) {
		this.shapes = shapes;
		this.operations = operations;
	}

	/** The declarations, loaded on first use. */
	static RequestShapes get() {
		return INSTANCE;
	}

	/** The input of {@code operation}, or {@code null} for an operation DynamoDB does not have. */
	OperationInput input(String operation) {
		return operations.get(operation);
	}

	/** The shape named {@code name}. */
	Shape shape(String name) {
		return shapes.get(name);
	}

	/** How many operations, shapes, members and constraints are declared (for the record). */
	String counts() {
		int members = 0;
		int constraints = 0;
		for (Shape shape : shapes.values()) {
			members += shape.members().size();
			constraints += shape.required().size() + ((shape.min() != null) ? 1 : 0) + ((shape.max() != null) ? 1 : 0)
					+ ((shape.pattern() != null) ? 1 : 0) + (shape.enumValues().isEmpty() ? 0 : 1);
		}
		return operations.size() + " operations, " + shapes.size() + " shapes, " + members + " members, " + constraints
				+ " constraints";
	}

	private static RequestShapes load() {
		try (InputStream in = RequestShapes.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE + " beside " + RequestShapes.class.getName());
			}
			JsonNode document = JsonMapper.shared().readTree(in);
			Map<String, Shape> shapes = new HashMap<>();
			for (Map.Entry<String, JsonNode> entry : document.get("shapes").properties()) {
				shapes.put(entry.getKey(), shape(entry.getKey(), entry.getValue()));
			}
			Map<String, CompiledShape> compiled = CompiledShape.compile(shapes);
			Map<String, OperationInput> operations = new HashMap<>();
			for (Map.Entry<String, JsonNode> entry : document.get("operations").properties()) {
				JsonNode declared = entry.getValue();
				String inputName = declared.get("input").stringValue();
				Shape input = shapes.get(inputName);
				List<Shape.Member> order = order(input, declared.get("order"));
				boolean tableNameFirst = declared.path("tableNameFirst").asBoolean(false);
				boolean quick = !tableNameFirst && order.size() == input.members().size();
				operations.put(entry.getKey(),
						new OperationInput(input, order, tableNameFirst, quick ? compiled.get(inputName) : null));
			}
			return new RequestShapes(Map.copyOf(shapes), Map.copyOf(operations));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Shape.Member> order(Shape input, JsonNode order) {
		if (order == null) {
			return input.members();
		}
		List<Shape.Member> ordered = new ArrayList<>();
		for (JsonNode name : order) {
			input.members().stream().filter((m) -> m.name().equals(name.stringValue())).forEach(ordered::add);
		}
		return List.copyOf(ordered);
	}

	private static Shape shape(String name, JsonNode node) {
		List<Shape.Member> members = new ArrayList<>();
		for (JsonNode member : node.path("members")) {
			members.add(new Shape.Member(member.get(0).stringValue(), member.get(1).stringValue()));
		}
		Set<String> required = new LinkedHashSet<>();
		node.path("required").forEach((member) -> required.add(member.stringValue()));
		List<String> enumValues = new ArrayList<>();
		node.path("enum").forEach((value) -> enumValues.add(value.stringValue()));
		String pattern = text(node, "pattern");
		String element = (text(node, "member") != null) ? text(node, "member") : text(node, "value");
		return new Shape(name, node.get("type").stringValue(), List.copyOf(members), Set.copyOf(required),
				number(node, "min"), number(node, "max"), (pattern != null) ? Pattern.compile(pattern) : null,
				List.copyOf(enumValues), element, text(node, "key"), text(node, "nameShape"));
	}

	private static String text(JsonNode node, String member) {
		JsonNode value = node.get(member);
		return (value != null) ? value.stringValue() : null;
	}

	private static Long number(JsonNode node, String member) {
		JsonNode value = node.get(member);
		return (value != null) ? value.longValue() : null;
	}

}
