package io.github.dynamoconnection.expression;

/**
 * A piece of a DynamoDB expression (condition, filter, key condition, update or projection) that
 * renders itself to expression text, registering its attribute names and values in the request's
 * {@link Placeholders}.
 */
public interface Expression {

	/**
	 * Renders this expression.
	 * @param placeholders the request's placeholders, shared by all its expressions
	 * @return expression text such as {@code #n0 = :v0}
	 */
	String render(Placeholders placeholders);

}
