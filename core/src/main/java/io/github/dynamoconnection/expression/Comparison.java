package io.github.dynamoconnection.expression;

/** {@code left <op> right}, e.g. {@code #n0 >= :v0}. */
final class Comparison extends BuiltCondition {

	private final Operand left;

	private final String operator;

	private final Object right;

	Comparison(Operand left, String operator, Object right) {
		this.left = left;
		this.operator = operator;
		this.right = right;
	}

	@Override
	public String render(Placeholders placeholders) {
		return left.render(placeholders) + " " + operator + " " + Operand.render(right, placeholders);
	}

	@Override
	int precedence() {
		return COMPARISON;
	}

}
