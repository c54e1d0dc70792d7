package io.github.dynamoconnection.fault;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client in front of a real one (the embedded engine's) that watches the batch and scan
 * requests: how many are in flight at once (the most ever), an optional gate holding them, an
 * optional delay, and scripted faults by the BatchWriteItem request's number (1-based) answered
 * without the server ever seeing the request, so what the server holds stays exact.
 */
final class BatchTraffic implements SdkHttpClient {

	/** A 500 from the service. */
	static final String SERVER_ERROR = "500 {\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\","
			+ "\"message\":\"injected\"}";

	/** Throttling. */
	static final String THROTTLED = "400 {\"__type\":\"com.amazonaws.dynamodb.v20120810#"
			+ "ProvisionedThroughputExceededException\",\"message\":\"injected\"}";

	private static final Set<String> WATCHED = Set.of("BatchWriteItem", "BatchGetItem", "Scan");

	private final SdkHttpClient delegate;

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger maxInFlight = new AtomicInteger();

	private final AtomicInteger batchWrites = new AtomicInteger();

	private volatile IntFunction<String> faults = n -> null;

	private volatile CountDownLatch gate;

	private volatile long delayMillis;

	BatchTraffic(SdkHttpClient delegate) {
		this.delegate = delegate;
	}

	/** The answer (status, space, body) to the n-th BatchWriteItem, or null to let it through. */
	BatchTraffic faults(IntFunction<String> faults) {
		this.faults = faults;
		return this;
	}

	/** Holds every watched request until {@link #openGate()}. */
	BatchTraffic closeGate() {
		this.gate = new CountDownLatch(1);
		return this;
	}

	void openGate() {
		gate.countDown();
	}

	BatchTraffic delay(long millis) {
		this.delayMillis = millis;
		return this;
	}

	int inFlight() {
		return inFlight.get();
	}

	int maxInFlight() {
		return maxInFlight.get();
	}

	@Override
	public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
		String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
		String operation = target.substring(target.indexOf('.') + 1);
		ExecutableHttpRequest real = delegate.prepareRequest(request);
		if (!WATCHED.contains(operation)) {
			return real;
		}
		return new ExecutableHttpRequest() {
			@Override
			public HttpExecuteResponse call() throws java.io.IOException {
				maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
				try {
					waitAtGate();
					String fault = operation.equals("BatchWriteItem") ? faults.apply(batchWrites.incrementAndGet()) : null;
					return (fault != null) ? answer(fault) : real.call();
				}
				finally {
					inFlight.decrementAndGet();
				}
			}

			@Override
			public void abort() {
				real.abort();
			}
		};
	}

	private void waitAtGate() {
		try {
			CountDownLatch held = gate;
			if (held != null && !held.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("gate never opened");
			}
			if (delayMillis > 0) {
				Thread.sleep(delayMillis);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static HttpExecuteResponse answer(String fault) {
		int status = Integer.parseInt(fault.substring(0, 3));
		byte[] body = fault.substring(4).getBytes(StandardCharsets.UTF_8);
		return HttpExecuteResponse.builder()
			.response(SdkHttpResponse.builder().statusCode(status)
				.putHeader("Content-Type", "application/x-amz-json-1.0")
				.putHeader("Content-Length", String.valueOf(body.length)).build())
			.responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
			.build();
	}

	@Override
	public void close() {
		delegate.close();
	}

}
