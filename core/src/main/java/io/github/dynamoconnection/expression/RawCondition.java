package io.github.dynamoconnection.expression;

import java.util.Map;

/** A hand-written condition expression with its own names and values. */
final class RawCondition implements Condition {

	private final RawExpression raw;

	RawCondition(String expression, Map<String, String> names, Map<String, ?> values) {
		this.raw = new RawExpression("condition", expression, names, values);
	}

	@Override
	public String render(Placeholders placeholders) {
		return raw.render(placeholders);
	}

	@Override
	public String toString() {
		return raw.toString();
	}

}
