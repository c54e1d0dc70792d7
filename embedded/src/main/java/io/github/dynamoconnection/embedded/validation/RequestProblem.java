package io.github.dynamoconnection.embedded.validation;

/**
 * Why DynamoDB's front end refuses a request: the error type ({@code SerializationException} or
 * {@code ValidationException}) and DynamoDB's message.
 *
 * @param errorType the {@code __type} suffix
 * @param message DynamoDB's message
 */
public record RequestProblem(String errorType, String message) {

	static RequestProblem serialization(String message) {
		return new RequestProblem("SerializationException", message);
	}

	static RequestProblem validation(String message) {
		return new RequestProblem("ValidationException", message);
	}

}
