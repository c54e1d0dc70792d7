package io.github.dynamoconnection.embedded.contract;

import tools.jackson.databind.node.ObjectNode;

/**
 * A DynamoDB error answered by the engine: the error type (the {@code __type} suffix, e.g.
 * {@code ValidationException}), DynamoDB's message, the HTTP status (400 for client errors) and
 * optional extra response members (e.g. {@code CancellationReasons}, or {@code Item} for
 * ReturnValuesOnConditionCheckFailure). The faces render it; the engine knows nothing of HTTP.
 */
public class EngineException extends RuntimeException {

	private final String errorType;

	private final int status;

	private final transient ObjectNode extra;

	public EngineException(String errorType, String message) {
		this(errorType, message, 400, null);
	}

	public EngineException(String errorType, String message, int status, ObjectNode extra) {
		super(message, null, false, false);
		this.errorType = errorType;
		this.status = status;
		this.extra = extra;
	}

	/** A {@code ValidationException} with this message. */
	public static EngineException validation(String message) {
		return new EngineException("ValidationException", message);
	}

	/** A {@code ResourceNotFoundException} with DynamoDB's usual message. */
	public static EngineException resourceNotFound() {
		return new EngineException("ResourceNotFoundException", "Requested resource not found");
	}

	/** DynamoDB error type, e.g. {@code ConditionalCheckFailedException}. */
	public String errorType() {
		return errorType;
	}

	/** HTTP status: 400 for client errors, 500 for an internal failure. */
	public int status() {
		return status;
	}

	/** Extra top-level members of the error body, or {@code null}. */
	public ObjectNode extra() {
		return extra;
	}

}
