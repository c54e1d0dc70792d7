package io.github.dynamoconnection.expression;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Expression text written by hand, with the names and values it refers to (checked and converted up front). */
final class RawExpression {

	private final String expression;

	private final Map<String, String> names;

	private final Map<String, AttributeValue> values;

	RawExpression(String kind, String expression, Map<String, String> names, Map<String, ?> values) {
		if (expression == null || expression.isBlank()) {
			throw new IllegalArgumentException("raw " + kind + " expression must not be null or blank");
		}
		Placeholders own = new Placeholders();
		own.addRaw(names, values);
		this.expression = expression;
		this.names = own.names();
		this.values = own.values();
	}

	String render(Placeholders placeholders) {
		placeholders.addRaw(names, values);
		return expression;
	}

	@Override
	public String toString() {
		return expression;
	}

}
