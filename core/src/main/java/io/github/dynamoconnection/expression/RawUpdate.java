package io.github.dynamoconnection.expression;

import java.util.Map;

/** A hand-written update expression with its own names and values. */
final class RawUpdate implements Update {

	private final RawExpression raw;

	RawUpdate(String expression, Map<String, String> names, Map<String, ?> values) {
		this.raw = new RawExpression("update", expression, names, values);
	}

	@Override
	public String render(Placeholders placeholders) {
		return raw.render(placeholders);
	}

	/** The expression text as written (placeholders, not values). */
	@Override
	public String toString() {
		return raw.toString();
	}

}
