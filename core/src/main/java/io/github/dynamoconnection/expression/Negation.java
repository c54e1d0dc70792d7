package io.github.dynamoconnection.expression;

/** {@code NOT condition}; the negated condition is parenthesized unless it is a function call. */
final class Negation extends BuiltCondition {

	private final Condition condition;

	private Negation(Condition condition) {
		this.condition = condition;
	}

	static Condition of(Condition condition) {
		if (condition == null) {
			throw new IllegalArgumentException("NOT needs a condition, got null");
		}
		return new Negation(condition);
	}

	/** Negating a negation gives back the original condition. */
	@Override
	public Condition negate() {
		return condition;
	}

	@Override
	public String render(Placeholders placeholders) {
		return "NOT " + renderOperand(condition, FUNCTION, placeholders);
	}

	@Override
	int precedence() {
		return NOT;
	}

}
