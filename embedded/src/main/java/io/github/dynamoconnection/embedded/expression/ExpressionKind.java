package io.github.dynamoconnection.embedded.expression;

import io.github.dynamoconnection.embedded.contract.EngineException;

/** Which request parameter an expression came from: it names the parameter in DynamoDB's error messages. */
enum ExpressionKind {

	CONDITION("ConditionExpression"), FILTER("FilterExpression"), KEY_CONDITION("KeyConditionExpression"),
	UPDATE("UpdateExpression"), PROJECTION("ProjectionExpression");

	private final String parameter;

	ExpressionKind(String parameter) {
		this.parameter = parameter;
	}

	/** The request parameter name, e.g. {@code ConditionExpression}. */
	String parameter() {
		return parameter;
	}

	/** A ValidationException {@code Invalid <parameter>: <detail>}. */
	EngineException invalid(String detail) {
		return EngineException.validation("Invalid " + parameter + ": " + detail);
	}

}
