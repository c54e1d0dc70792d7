package io.github.dynamoconnection.expression;

import java.util.List;

/** {@code operand IN (a, b, ...)}. */
final class In extends BuiltCondition {

	private final Operand operand;

	private final List<Object> terms;

	In(Operand operand, List<Object> terms) {
		this.operand = operand;
		this.terms = List.copyOf(terms);
	}

	@Override
	public String render(Placeholders placeholders) {
		StringBuilder text = new StringBuilder(operand.render(placeholders)).append(" IN (");
		for (int i = 0; i < terms.size(); i++) {
			text.append((i > 0) ? ", " : "").append(Operand.render(terms.get(i), placeholders));
		}
		return text.append(')').toString();
	}

	@Override
	int precedence() {
		return COMPARISON;
	}

}
