package io.github.dynamoconnection.autoconfigure.metrics;

import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records the SDK client's per-call and per-attempt meters in Micrometer from the interceptor
 * hooks (no SDK {@code MetricPublisher}, whose per-call metric collections cost more than the
 * meters). Per API call: {@value #API_CALL} (timer), {@value #RETRIES}; per attempt:
 * {@value #SERVICE_CALL} (timer, with the HTTP status), {@value #ERRORS}, {@value #THROTTLED}.
 * A call keeps one small {@link CallTiming} in its execution attributes; the meters are looked up
 * once per operation and cached by {@link ClientMeters}.
 * <p>
 * Error types are those of the SDK's own metrics ({@code throttling}, {@code server_error},
 * {@code configured_timeout}, {@code io}, {@code other}): the last attempt's from the call's
 * exception; an earlier attempt, which was retried, from its HTTP status (429 or another 4xx:
 * {@code throttling}, the 4xx DynamoDB retries; 5xx: {@code server_error}; no answer: {@code io}).
 */
public class MeteringExecutionInterceptor implements ExecutionInterceptor {

	/** Timer of whole API calls, retries included; tags operation, outcome. */
	public static final String API_CALL = "dynamodb.client.api.call";

	/** Timer of single HTTP attempts; tags operation, outcome, http.status_code. */
	public static final String SERVICE_CALL = "dynamodb.client.service.call";

	/** Counter of retries; tag operation. */
	public static final String RETRIES = "dynamodb.client.retries";

	/** Counter of failed attempts; tags operation, error.type. */
	public static final String ERRORS = "dynamodb.client.errors";

	/** Counter of throttled attempts; tag operation. */
	public static final String THROTTLED = "dynamodb.client.throttled";

	private static final ExecutionAttribute<CallTiming> TIMING = new ExecutionAttribute<>(
			"dynamo-connection.metering");

	private final ClientMeters meters;

	/**
	 * Creates an interceptor recording into the given meters.
	 * @param meters the meters of one connection's client
	 */
	public MeteringExecutionInterceptor(ClientMeters meters) {
		this.meters = meters;
	}

	/** @return the meters this interceptor records into */
	public ClientMeters meters() {
		return this.meters;
	}

	@Override
	public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes executionAttributes) {
		executionAttributes.putAttribute(TIMING, new CallTiming(System.nanoTime()));
	}

	@Override
	public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes executionAttributes) {
		CallTiming timing = executionAttributes.getAttribute(TIMING);
		if (timing == null) {
			return;
		}
		if (timing.attemptStart != 0) {
			recordRetriedFailure(operation(executionAttributes), timing);
		}
		timing.attempts++;
		timing.status = 0;
		timing.attemptStart = System.nanoTime();
	}

	@Override
	public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes executionAttributes) {
		CallTiming timing = executionAttributes.getAttribute(TIMING);
		if (timing == null || timing.attemptStart == 0) {
			return;
		}
		timing.attemptEnd = System.nanoTime();
		timing.status = context.httpResponse().statusCode();
		if (context.httpResponse().isSuccessful()) {
			this.meters.forOperation(operation(executionAttributes))
				.serviceCall(ClientMeters.SUCCESS, timing.status)
				.record(timing.attemptEnd - timing.attemptStart, TimeUnit.NANOSECONDS);
			timing.attemptStart = 0;
		}
	}

	@Override
	public void afterExecution(Context.AfterExecution context, ExecutionAttributes executionAttributes) {
		CallTiming timing = executionAttributes.getAttribute(TIMING);
		if (timing != null) {
			finish(operation(executionAttributes), timing, ClientMeters.SUCCESS);
		}
	}

	@Override
	public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes executionAttributes) {
		CallTiming timing = executionAttributes.getAttribute(TIMING);
		if (timing == null) {
			return;
		}
		String operation = operation(executionAttributes);
		String errorType = ClientErrorTypes.of(context.exception());
		if (timing.attemptStart != 0) {
			recordFailedAttempt(operation, timing, errorType);
		}
		finish(operation, timing, errorType);
	}

	private void recordRetriedFailure(String operation, CallTiming timing) {
		recordFailedAttempt(operation, timing, ClientErrorTypes.ofStatus(timing.status));
	}

	private void recordFailedAttempt(String operation, CallTiming timing, String errorType) {
		long end = (timing.status != 0) ? timing.attemptEnd : System.nanoTime();
		ClientMeters.OperationMeters meters = this.meters.forOperation(operation);
		meters.serviceCall(errorType, timing.status).record(end - timing.attemptStart, TimeUnit.NANOSECONDS);
		meters.failedAttempt(errorType);
		timing.attemptStart = 0;
	}

	private void finish(String operation, CallTiming timing, String outcome) {
		ClientMeters.OperationMeters meters = this.meters.forOperation(operation);
		meters.apiCall(outcome).record(System.nanoTime() - timing.start, TimeUnit.NANOSECONDS);
		if (timing.attempts > 1) {
			meters.retries(timing.attempts - 1);
		}
	}

	private static String operation(ExecutionAttributes executionAttributes) {
		@Nullable String operation = executionAttributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
		return (operation != null) ? operation : "unknown";
	}

	/** What one API call has seen so far: a few fields, written by the hooks of that call only. */
	static final class CallTiming {

		final long start;

		long attemptStart;

		long attemptEnd;

		int attempts;

		int status;

		CallTiming(long start) {
			this.start = start;
		}

	}

}
