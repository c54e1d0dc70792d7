package io.github.dynamoconnection.expression;

/** {@code operand BETWEEN low AND high}. */
final class Between extends BuiltCondition {

	private final Operand operand;

	private final Object low;

	private final Object high;

	Between(Operand operand, Object low, Object high) {
		this.operand = operand;
		this.low = low;
		this.high = high;
	}

	@Override
	public String render(Placeholders placeholders) {
		return operand.render(placeholders) + " BETWEEN " + Operand.render(low, placeholders) + " AND "
				+ Operand.render(high, placeholders);
	}

	@Override
	int precedence() {
		return COMPARISON;
	}

}
