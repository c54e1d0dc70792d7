package io.github.dynamoconnection.embedded.expression;

import java.util.Base64;

import io.github.dynamoconnection.embedded.value.Value;

/** Renders a value as DynamoDB prints it inside messages, e.g. {@code N:5} or {@code S:abc}. */
final class ValueText {

	private ValueText() {
	}

	/** {@code TYPE:content}. */
	static String render(Value value) {
		String content;
		if (value instanceof Value.S s) {
			content = s.value();
		}
		else if (value instanceof Value.N n) {
			content = n.text();
		}
		else if (value instanceof Value.B b) {
			content = Base64.getEncoder().encodeToString(b.value());
		}
		else if (value instanceof Value.Bool bool) {
			content = Boolean.toString(bool.value());
		}
		else if (value instanceof Value.Null) {
			content = "true";
		}
		else {
			content = value.toString();
		}
		return value.type().name() + ":" + content;
	}

}
