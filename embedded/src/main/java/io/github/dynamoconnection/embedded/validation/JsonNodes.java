package io.github.dynamoconnection.embedded.validation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/** How DynamoDB shows a request value inside a validation message. */
final class JsonNodes {

	private JsonNodes() {
	}

	static JsonNode text(String value) {
		return StringNode.valueOf(value);
	}

	/** {@code null}, or the value in quotes: strings bare, lists as {@code [a, b]}, structures as JSON. */
	static String shown(JsonNode value) {
		return (value == null) ? "null" : "'" + unquoted(value) + "'";
	}

	private static String unquoted(JsonNode value) {
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isArray()) {
			StringBuilder shown = new StringBuilder("[");
			for (int i = 0; i < value.size(); i++) {
				shown.append((i > 0) ? ", " : "").append(unquoted(value.get(i)));
			}
			return shown.append(']').toString();
		}
		return value.toString();
	}

}
