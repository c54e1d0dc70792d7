package io.github.dynamoconnection.embedded.validation;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One walk over a request proving that it passes both the {@link SerializationLayer} and the
 * {@link ConstraintLayer} unchanged (no coercion to apply): the common case, answered without
 * building a member path or message and with no look-up by shape name. Any doubt answers
 * {@code false}, and the two layers then run as before to report DynamoDB's exact problem (so which
 * problem, its message and its order are theirs alone). Stateless and thread-safe.
 */
final class QuickCheck {

	private QuickCheck() {
	}

	/** Whether the top-level structure {@code request} of shape {@code input} certainly passes both layers. */
	static boolean passes(JsonNode request, CompiledShape input) {
		return structure(request, input);
	}

	private static boolean value(JsonNode value, CompiledShape shape) {
		return switch (shape.kind) {
			case STRUCTURE -> structure(value, shape);
			case LIST -> list(value, shape);
			case MAP -> map(value, shape);
			case STRING, BLOB -> value.isString();
			case INTEGER, LONG -> value.isIntegralNumber();
			case DOUBLE -> value.isNumber();
			case BOOLEAN -> value.isBoolean();
			case TIMESTAMP -> value.isNumber() || value.isString();
			case OTHER -> !value.isArray() && !value.isObject();
		};
	}

	private static boolean structure(JsonNode value, CompiledShape shape) {
		if (!value.isObject()) {
			return false;
		}
		for (Map.Entry<String, JsonNode> property : value.properties()) {
			CompiledShape member = shape.members.get(property.getKey());
			JsonNode child = property.getValue();
			if (member != null && !child.isNull() && !(ownConstraints(child, member) && value(child, member))) {
				return false;
			}
		}
		for (String name : shape.required) {
			JsonNode child = value.get(name);
			if (child == null || child.isNull()) {
				return false;
			}
		}
		return true;
	}

	private static boolean list(JsonNode value, CompiledShape shape) {
		if (!value.isArray()) {
			return false;
		}
		CompiledShape element = shape.element;
		for (JsonNode child : value) {
			if (!child.isNull() && !(ownConstraints(child, element) && value(child, element))) {
				return false;
			}
		}
		return true;
	}

	private static boolean map(JsonNode value, CompiledShape shape) {
		if (!value.isObject()) {
			return false;
		}
		CompiledShape key = shape.key;
		CompiledShape element = shape.element;
		for (Map.Entry<String, JsonNode> entry : value.properties()) {
			if (key.constrained && !satisfies(entry.getKey(), key)) {
				return false;
			}
			JsonNode child = entry.getValue();
			if (!child.isNull() && !(satisfies(child, element) && value(child, element))) {
				return false;
			}
		}
		return true;
	}

	/** A value's own constraints as the constraint layer checks them: a table name that is no ARN by its name shape. */
	private static boolean ownConstraints(JsonNode value, CompiledShape shape) {
		CompiledShape constrained = shape;
		if (shape.nameShape != null && !(value.isString() && value.stringValue().startsWith("arn:"))) {
			constrained = shape.nameShape;
		}
		return satisfies(value, constrained);
	}

	private static boolean satisfies(JsonNode value, CompiledShape shape) {
		if (!shape.constrained) {
			return true;
		}
		if (value.isString()) {
			return satisfies(value.stringValue(), shape);
		}
		if (shape.isNumber()) {
			return !value.isNumber() || within(value.doubleValue(), shape);
		}
		if (value.isArray() || value.isObject()) {
			return within(value.size(), shape);
		}
		return true;
	}

	private static boolean satisfies(String text, CompiledShape shape) {
		if (shape.pattern != null && !shape.matches(text)) {
			return false;
		}
		if (!shape.isNumber() && !within(text.length(), shape)) {
			return false;
		}
		return shape.enumValues.isEmpty() || shape.enumValues.contains(text);
	}

	private static boolean within(double number, CompiledShape shape) {
		return (shape.min == null || number >= shape.min) && (shape.max == null || number <= shape.max);
	}

}
