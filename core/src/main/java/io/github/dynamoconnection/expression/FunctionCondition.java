package io.github.dynamoconnection.expression;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A condition function on a path: {@code attribute_exists(#n0)}, {@code begins_with(#n0, :v0)}, ... */
final class FunctionCondition extends BuiltCondition {

	private final String function;

	private final Path path;

	private final AttributeValue argument;

	/** {@code argument} is {@code null} for one-argument functions. */
	FunctionCondition(String function, Path path, AttributeValue argument) {
		this.function = function;
		this.path = path;
		this.argument = argument;
	}

	@Override
	public String render(Placeholders placeholders) {
		String pathText = path.render(placeholders);
		return (argument != null) ? function + "(" + pathText + ", " + placeholders.value(argument) + ")"
				: function + "(" + pathText + ")";
	}

	@Override
	int precedence() {
		return FUNCTION;
	}

}
