package io.github.dynamoconnection.embedded.validation;

import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DynamoDB's serialization layer: every member must have the JSON type its shape declares, or the
 * request is a {@code SerializationException} with the message DynamoDB's deserializer gives.
 * Coercions DynamoDB's deserializer makes (a boolean written as {@code "true"}, a fraction for an
 * integer) are applied to the request in place, so the handlers see the value DynamoDB would.
 */
final class SerializationLayer {

	private static final String MODEL_PACKAGE = "com.amazonaws.dynamodb.v20120810.";

	private static final String START_OF_STRUCTURE = "Start of structure or map found where not expected";

	private final RequestShapes shapes;

	SerializationLayer(RequestShapes shapes) {
		this.shapes = shapes;
	}

	/** The first serialization problem of a structure's members, or {@code null}. */
	RequestProblem check(ObjectNode structure, Shape shape) {
		for (Shape.Member member : shape.members()) {
			JsonNode value = structure.get(member.name());
			if (value == null || value.isNull()) {
				continue;
			}
			Shape memberShape = shapes.shape(member.shape());
			RequestProblem problem = checkValue(value, memberShape, false);
			if (problem != null) {
				return problem;
			}
			JsonNode coerced = coerce(value, memberShape);
			if (coerced != value) {
				structure.set(member.name(), coerced);
			}
		}
		return null;
	}

	private RequestProblem checkValue(JsonNode value, Shape shape, boolean element) {
		switch (shape.type()) {
			case "structure":
				if (value.isObject()) {
					return check((ObjectNode) value, shape);
				}
				if (value.isArray()) {
					return RequestProblem.serialization("Unrecognized collection type class " + javaType(shape));
				}
				return RequestProblem.serialization(element ? "Unexpected value type in payload" : "Unexpected field type");
			case "list":
				if (value.isArray()) {
					return checkElements((ArrayNode) value, shapes.shape(shape.element()));
				}
				return RequestProblem.serialization(value.isObject() ? START_OF_STRUCTURE : "Unexpected field type");
			case "map":
				if (value.isObject()) {
					return checkEntries((ObjectNode) value, shapes.shape(shape.element()));
				}
				if (value.isArray()) {
					return RequestProblem.serialization("Unrecognized collection type " + javaType(shape));
				}
				return RequestProblem.serialization("Unexpected field type");
			default:
				return checkScalar(value, shape);
		}
	}

	private RequestProblem checkElements(ArrayNode list, Shape elementShape) {
		for (int i = 0; i < list.size(); i++) {
			JsonNode element = list.get(i);
			if (element.isNull()) {
				continue;
			}
			RequestProblem problem = checkValue(element, elementShape, true);
			if (problem != null) {
				return problem;
			}
			JsonNode coerced = coerce(element, elementShape);
			if (coerced != element) {
				list.set(i, coerced);
			}
		}
		return null;
	}

	private RequestProblem checkEntries(ObjectNode map, Shape valueShape) {
		for (String key : List.copyOf(map.propertyNames())) {
			JsonNode value = map.get(key);
			if (value.isNull()) {
				continue;
			}
			RequestProblem problem = checkValue(value, valueShape, true);
			if (problem != null) {
				return problem;
			}
			JsonNode coerced = coerce(value, valueShape);
			if (coerced != value) {
				map.set(key, coerced);
			}
		}
		return null;
	}

	private RequestProblem checkScalar(JsonNode value, Shape shape) {
		if (value.isArray()) {
			return RequestProblem.serialization("Unrecognized collection type class " + javaType(shape));
		}
		if (value.isObject()) {
			return RequestProblem.serialization(START_OF_STRUCTURE);
		}
		switch (shape.type()) {
			case "string":
				return value.isString() ? null : RequestProblem.serialization(tokenName(value) + " cannot be converted to String");
			case "boolean":
				if (value.isBoolean() || (value.isString() && booleanText(value.stringValue()) != null)) {
					return null;
				}
				return RequestProblem.serialization(value.isString() ? "Unexpected token received from parser"
						: tokenName(value) + " cannot be converted to Boolean");
			case "integer", "long", "double":
				return value.isNumber() ? null
						: RequestProblem.serialization(tokenName(value) + " cannot be converted to " + simpleName(shape));
			case "blob":
				return value.isString() ? null
						: RequestProblem.serialization("only base-64-encoded strings are convertible to bytes");
			case "timestamp":
				return (value.isNumber() || value.isString()) ? null : RequestProblem.serialization("Unexpected field type");
			default:
				return null;
		}
	}

	/** The value DynamoDB's deserializer reads from {@code value}: the same node unless it coerces it. */
	private static JsonNode coerce(JsonNode value, Shape shape) {
		if ("boolean".equals(shape.type()) && value.isString()) {
			return BooleanNode.valueOf(booleanText(value.stringValue()));
		}
		if (value.isNumber() && !value.isIntegralNumber()) {
			if ("integer".equals(shape.type())) {
				return IntNode.valueOf((int) Math.floor(value.doubleValue()));
			}
			if ("long".equals(shape.type())) {
				return LongNode.valueOf((long) Math.floor(value.doubleValue()));
			}
		}
		return value;
	}

	private static Boolean booleanText(String text) {
		return switch (text.toUpperCase(Locale.ROOT)) {
			case "TRUE", "1", "YES" -> Boolean.TRUE;
			case "FALSE", "0", "NO" -> Boolean.FALSE;
			default -> null;
		};
	}

	private static String tokenName(JsonNode value) {
		if (value.isBoolean()) {
			return value.booleanValue() ? "TRUE_VALUE" : "FALSE_VALUE";
		}
		if (value.isNumber()) {
			return value.isIntegralNumber() ? "NUMBER_VALUE" : "DECIMAL_VALUE";
		}
		return "STRING_VALUE";
	}

	/** The unqualified name of {@link #javaType}, e.g. {@code Integer}. */
	private String simpleName(Shape shape) {
		String javaType = javaType(shape);
		return javaType.substring(javaType.lastIndexOf('.') + 1);
	}

	/** The Java type DynamoDB's deserializer names for a shape. */
	private String javaType(Shape shape) {
		return switch (shape.type()) {
			case "structure" -> MODEL_PACKAGE + shape.name();
			case "list" -> "java.util.List<" + javaType(shapes.shape(shape.element())) + ">";
			case "map" -> "java.util.Map<java.lang.String, " + javaType(shapes.shape(shape.element())) + ">";
			case "integer" -> "java.lang.Integer";
			case "long" -> "java.lang.Long";
			case "double" -> "java.lang.Double";
			case "boolean" -> "java.lang.Boolean";
			case "blob" -> "java.nio.ByteBuffer";
			case "timestamp" -> "java.util.Date";
			default -> "java.lang.String";
		};
	}

}
