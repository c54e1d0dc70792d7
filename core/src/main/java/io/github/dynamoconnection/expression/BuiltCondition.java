package io.github.dynamoconnection.expression;

/**
 * A condition built by this package, which knows how tightly it binds so that combinations add
 * only the parentheses they need. Conditions from elsewhere (raw strings, user classes) bind
 * loosest and are always parenthesized inside a combination.
 */
abstract class BuiltCondition implements Condition {

	static final int LOOSEST = 0;

	static final int OR = 1;

	static final int AND = 2;

	static final int NOT = 3;

	static final int COMPARISON = 4;

	static final int FUNCTION = 5;

	/** The condition with attribute names as they are and values as {@code ?}, e.g. {@code age >= ?}. */
	@Override
	public String toString() {
		return Placeholders.display(this);
	}

	/** How tightly this condition binds: higher binds tighter. */
	abstract int precedence();

	/** Renders a part of a combination, parenthesized when it binds looser than {@code minimum}. */
	static String renderOperand(Condition condition, int minimum, Placeholders placeholders) {
		int precedence = (condition instanceof BuiltCondition built) ? built.precedence() : LOOSEST;
		String text = condition.render(placeholders);
		return (precedence < minimum) ? "(" + text + ")" : text;
	}

}
