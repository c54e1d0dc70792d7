package io.github.dynamoconnection.embedded.validation;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * DynamoDB's constraint layer: required members, lengths, value ranges, patterns and enum values,
 * every violation collected (up to ten, as DynamoDB stops there) with the member path DynamoDB
 * writes ({@code requestItems.Thread.member.keys}), then reported in one message.
 */
final class ConstraintLayer {

	/** DynamoDB reports at most this many violations in one message. */
	static final int MAX_REPORTED = 10;

	private final RequestShapes shapes;

	private final List<String> violations = new ArrayList<>();

	ConstraintLayer(RequestShapes shapes) {
		this.shapes = shapes;
	}

	/** Checks a request's top-level members in {@code order}; the combined problem, or {@code null}. */
	RequestProblem check(JsonNode request, Shape input, List<Shape.Member> order) {
		checkMembers(request, input, order, null);
		if (violations.isEmpty()) {
			return null;
		}
		int count = violations.size();
		return RequestProblem.validation(count + " validation error" + ((count == 1) ? "" : "s") + " detected: "
				+ String.join("; ", violations));
	}

	private void checkMembers(JsonNode structure, Shape shape, List<Shape.Member> members, Path parent) {
		for (Shape.Member member : members) {
			JsonNode value = present(structure.get(member.name()));
			if (value == null) {
				if (!shape.required().isEmpty() && shape.required().contains(member.name())) {
					violate(null, Path.member(parent, member.name()), "Member must not be null");
				}
				continue;
			}
			checkValue(value, shapes.shape(member.shape()), Path.member(parent, member.name()));
		}
	}

	private void checkValue(JsonNode value, Shape shape, Path path) {
		checkOwnConstraints(value, shape, path);
		checkChildren(value, shape, path);
	}

	private void checkOwnConstraints(JsonNode value, Shape shape, Path path) {
		Shape constrained = shape;
		if (shape.nameShape() != null && !(value.isString() && value.stringValue().startsWith("arn:"))) {
			constrained = shapes.shape(shape.nameShape());
		}
		for (String constraint : violatedConstraints(value, constrained)) {
			violate(value, path, constraint);
		}
	}

	private void checkChildren(JsonNode value, Shape shape, Path path) {
		if (shape.isStructure() && value.isObject()) {
			checkMembers(value, shape, shape.members(), path);
		}
		else if (shape.isList() && value.isArray()) {
			Shape elementShape = shapes.shape(shape.element());
			for (int i = 0; i < value.size(); i++) {
				JsonNode element = present(value.get(i));
				if (element != null) {
					checkValue(element, elementShape, Path.element(path, i + 1));
				}
			}
		}
		else if (shape.isMap() && value.isObject()) {
			checkEntries(value, shape, path);
		}
	}

	private void checkEntries(JsonNode map, Shape shape, Path path) {
		Shape keyShape = shapes.shape(shape.key());
		Shape valueShape = shapes.shape(shape.element());
		if (keyShape.nameShape() != null) {
			keyShape = shapes.shape(keyShape.nameShape());
		}
		for (String key : map.propertyNames()) {
			if (!violatedConstraints(JsonNodes.text(key), keyShape).isEmpty()) {
				violate(map, path, "Map keys must satisfy constraint: [" + String.join(", ", bracketed(keyShape)) + "]");
			}
		}
		for (String key : map.propertyNames()) {
			JsonNode value = present(map.get(key));
			if (value != null && !violatedConstraints(value, valueShape).isEmpty()) {
				violate(map, path, "Map value must satisfy constraint: [" + String.join(", ", bracketed(valueShape)) + "]");
			}
		}
		for (String key : map.propertyNames()) {
			JsonNode value = present(map.get(key));
			if (value != null) {
				checkChildren(value, valueShape, Path.element(path, key));
			}
		}
	}

	/** The constraints of {@code shape} that {@code value} violates, in the order DynamoDB lists them. */
	private static List<String> violatedConstraints(JsonNode value, Shape shape) {
		if (shape.pattern() == null && shape.min() == null && shape.max() == null && shape.enumValues().isEmpty()) {
			return List.of();
		}
		List<String> violated = new ArrayList<>(2);
		if (shape.pattern() != null && value.isString() && !shape.pattern().matcher(value.stringValue()).matches()) {
			violated.add(patternMessage(shape));
		}
		if (shape.isNumber()) {
			if (value.isNumber() && shape.min() != null && value.doubleValue() < shape.min()) {
				violated.add("Member must have value greater than or equal to " + shape.min());
			}
			if (value.isNumber() && shape.max() != null && value.doubleValue() > shape.max()) {
				violated.add("Member must have value less than or equal to " + shape.max());
			}
		}
		else {
			long length = length(value);
			if (length >= 0 && shape.min() != null && length < shape.min()) {
				violated.add(minLengthMessage(shape));
			}
			if (length >= 0 && shape.max() != null && length > shape.max()) {
				violated.add(maxLengthMessage(shape));
			}
		}
		if (!shape.enumValues().isEmpty() && value.isString() && !shape.enumValues().contains(value.stringValue())) {
			violated.add("Member must satisfy enum value set: [" + String.join(", ", shape.enumValues()) + "]");
		}
		return violated;
	}

	/** Every length and pattern constraint of a map's key or value shape, as DynamoDB lists them in brackets. */
	private static List<String> bracketed(Shape shape) {
		List<String> constraints = new ArrayList<>(3);
		if (shape.max() != null) {
			constraints.add(maxLengthMessage(shape));
		}
		if (shape.min() != null) {
			constraints.add(minLengthMessage(shape));
		}
		if (shape.pattern() != null) {
			constraints.add(patternMessage(shape));
		}
		return constraints;
	}

	private static String minLengthMessage(Shape shape) {
		return "Member must have length greater than or equal to " + shape.min();
	}

	private static String maxLengthMessage(Shape shape) {
		return "Member must have length less than or equal to " + shape.max();
	}

	private static String patternMessage(Shape shape) {
		return "Member must satisfy regular expression pattern: " + shape.pattern().pattern();
	}

	/** A string's length in UTF-16 units, a list's or map's size, or -1 for other values. */
	private static long length(JsonNode value) {
		if (value.isString()) {
			return value.stringValue().length();
		}
		if (value.isArray() || value.isObject()) {
			return value.size();
		}
		return -1;
	}

	private void violate(JsonNode value, Path path, String constraint) {
		if (violations.size() < MAX_REPORTED) {
			violations.add("Value " + JsonNodes.shown(value) + " at '" + path + "' failed to satisfy constraint: " + constraint);
		}
	}

	private static JsonNode present(JsonNode value) {
		return (value == null || value.isNull()) ? null : value;
	}

	/**
	 * A member path as DynamoDB writes it ({@code requestItems.Thread.member.keys}), spelled out only
	 * when a violation names it: most requests have none, and building the text for every member of
	 * every attribute value was most of this layer's cost.
	 */
	private record Path(Path parent, String segment, boolean member) {

		/** A structure member: {@code parent.name}, its first letter lower-case. */
		static Path member(Path parent, String name) {
			return new Path(parent, name, true);
		}

		/** A list element (1-based) or map entry: {@code parent.<index or key>.member}. */
		static Path element(Path parent, Object indexOrKey) {
			return new Path(parent, String.valueOf(indexOrKey), false);
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder();
			append(text);
			return text.toString();
		}

		private void append(StringBuilder text) {
			if (parent != null) {
				parent.append(text);
				text.append('.');
			}
			if (member) {
				text.append(Character.toLowerCase(segment.charAt(0))).append(segment, 1, segment.length());
			}
			else {
				text.append(segment).append(".member");
			}
		}

	}

}
