package io.github.dynamoconnection.embedded.expression;

/**
 * Entry point of the expression language: parses DynamoDB expression text, resolving {@code #name} and
 * {@code :value} placeholders from the request's {@link ExpressionAttributes}, and validates it statically. Every
 * problem is an {@link io.github.dynamoconnection.embedded.contract.EngineException} ValidationException with
 * DynamoDB's message. The results are immutable and thread-safe.
 */
public final class ExpressionParser {

	private ExpressionParser() {
	}

	/** Parses a ConditionExpression. */
	public static ConditionExpression parseCondition(String text, ExpressionAttributes attrs) {
		return ParserBase.guarded(ExpressionKind.CONDITION,
				() -> new ConditionParser(text, ExpressionKind.CONDITION, attrs).parseWithAttributes());
	}

	/** Parses a FilterExpression (the same language; errors name FilterExpression). */
	public static ConditionExpression parseFilter(String text, ExpressionAttributes attrs) {
		return ParserBase.guarded(ExpressionKind.FILTER,
				() -> new ConditionParser(text, ExpressionKind.FILTER, attrs).parseWithAttributes());
	}

	/** Parses an UpdateExpression. */
	public static UpdateExpression parseUpdate(String text, ExpressionAttributes attrs) {
		return new ParsedUpdate(ParserBase.guarded(ExpressionKind.UPDATE, () -> new UpdateParser(text, attrs).parse()));
	}

	/** Parses a ProjectionExpression. */
	public static ProjectionExpression parseProjection(String text, ExpressionAttributes attrs) {
		return ParserBase.guarded(ExpressionKind.PROJECTION, () -> new ProjectionParser(text, attrs).parse());
	}

	/**
	 * Parses a KeyConditionExpression for a table or index with these key attributes.
	 * @param rangeKeyNameOrNull the sort key, or {@code null} when there is none
	 */
	public static KeyConditionExpression parseKeyCondition(String text, ExpressionAttributes attrs, String hashKeyName,
			String rangeKeyNameOrNull) {
		Condition condition = ParserBase.guarded(ExpressionKind.KEY_CONDITION,
				() -> new ConditionParser(text, ExpressionKind.KEY_CONDITION, attrs).parse());
		return KeyConditionRules.fromCondition(condition, hashKeyName, rangeKeyNameOrNull);
	}

}
