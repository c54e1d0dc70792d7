package io.github.dynamoconnection.autoconfigure.metrics;

import java.io.IOException;

import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * The {@code error.type} of a failed attempt, in the SDK metrics' own categories
 * ({@code software.amazon.awssdk.core.internal.metrics.SdkErrorType}, internal, hence this copy of
 * its rules): throttling, server_error, configured_timeout, io, other.
 */
final class ClientErrorTypes {

	static final String THROTTLING = "throttling";

	static final String SERVER_ERROR = "server_error";

	static final String CONFIGURED_TIMEOUT = "configured_timeout";

	static final String IO = "io";

	static final String OTHER = "other";

	private ClientErrorTypes() {
	}

	/**
	 * The type of the exception a call ended with.
	 * @param failure the exception
	 * @return its error type
	 */
	static String of(Throwable failure) {
		if (failure instanceof SdkServiceException service) {
			if (service.isThrottlingException()) {
				return THROTTLING;
			}
			return (service.statusCode() >= 500) ? SERVER_ERROR : OTHER;
		}
		if (failure instanceof ApiCallAttemptTimeoutException || failure instanceof ApiCallTimeoutException) {
			return CONFIGURED_TIMEOUT;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException) {
				return IO;
			}
		}
		return OTHER;
	}

	/**
	 * The type of an attempt that the SDK retried, from its HTTP status.
	 * @param status the status, {@code 0} when no answer came
	 * @return its error type
	 */
	static String ofStatus(int status) {
		if (status == 0) {
			return IO;
		}
		return (status >= 500) ? SERVER_ERROR : THROTTLING;
	}

}
