package io.github.dynamoconnection.conformance;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Asserts that a call fails with DynamoDB's error type ({@code __type}), HTTP status and message. */
final class DynamoErrors {

	private DynamoErrors() {
	}

	/** The call must fail with this error code and HTTP 400; returns the exception for further checks. */
	static DynamoDbException assertError(ThrowingCallable call, String errorCode) {
		DynamoDbException error = catchThrowableOfType(DynamoDbException.class, call);
		assertThat(error).as("expected %s", errorCode).isNotNull();
		assertThat(error.awsErrorDetails().errorCode()).as("error code of: %s", error.getMessage()).isEqualTo(errorCode);
		assertThat(error.statusCode()).as("HTTP status of: %s", error.getMessage()).isEqualTo(400);
		return error;
	}

	/** The call must fail with this error code, HTTP 400 and a message containing each fragment. */
	static DynamoDbException assertError(ThrowingCallable call, String errorCode, String... messageFragments) {
		DynamoDbException error = assertError(call, errorCode);
		for (String fragment : messageFragments) {
			assertThat(error.awsErrorDetails().errorMessage()).contains(fragment);
		}
		return error;
	}

	/** A ValidationException whose message contains each fragment. */
	static DynamoDbException assertValidation(ThrowingCallable call, String... messageFragments) {
		return assertError(call, "ValidationException", messageFragments);
	}

}
