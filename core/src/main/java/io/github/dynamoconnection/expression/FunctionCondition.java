package io.github.dynamoconnection.expression;

/** A condition function on a path: {@code attribute_exists(#n0)}, {@code begins_with(#n0, :v0)}, ... */
final class FunctionCondition extends BuiltCondition {

	private final String function;

	private final Path path;

	/** An {@code AttributeValue}, an {@link Operand}, or {@code null} for one-argument functions. */
	private final Object argument;

	FunctionCondition(String function, Path path, Object argument) {
		this.function = function;
		this.path = path;
		this.argument = argument;
	}

	@Override
	public String render(Placeholders placeholders) {
		String pathText = path.render(placeholders);
		return (argument != null) ? function + "(" + pathText + ", " + Operand.render(argument, placeholders) + ")"
				: function + "(" + pathText + ")";
	}

	@Override
	int precedence() {
		return FUNCTION;
	}

}
