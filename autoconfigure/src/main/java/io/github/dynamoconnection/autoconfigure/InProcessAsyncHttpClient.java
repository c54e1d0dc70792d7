package io.github.dynamoconnection.autoconfigure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpResponseHandler;

/**
 * Lets the async client use a sync in-process transport (the embedded engine's): the request
 * body is collected, the exchange runs on the common pool so the caller never waits, and the
 * response is handed back as one buffer. The transport belongs to whoever provided it, so closing
 * this client leaves it open.
 */
final class InProcessAsyncHttpClient implements SdkAsyncHttpClient {

	private final SdkHttpClient transport;

	InProcessAsyncHttpClient(SdkHttpClient transport) {
		this.transport = transport;
	}

	@Override
	public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		request.requestContentPublisher().subscribe(new BodyCollector(request, done));
		return done;
	}

	private void exchange(AsyncExecuteRequest request, byte[] body, CompletableFuture<Void> done) {
		SdkAsyncHttpResponseHandler handler = request.responseHandler();
		try {
			ExecutableHttpRequest exchange = this.transport.prepareRequest(HttpExecuteRequest.builder()
				.request(request.request())
				.contentStreamProvider(() -> new ByteArrayInputStream(body))
				.build());
			HttpExecuteResponse response = exchange.call();
			byte[] content = read(response);
			handler.onHeaders(response.httpResponse());
			handler.onStream(AsyncRequestBody.fromBytes(content));
			done.complete(null);
		}
		catch (IOException | RuntimeException ex) {
			handler.onError(ex);
			done.completeExceptionally(ex);
		}
	}

	private static byte[] read(HttpExecuteResponse response) throws IOException {
		if (response.responseBody().isEmpty()) {
			return new byte[0];
		}
		try (InputStream in = response.responseBody().get()) {
			return in.readAllBytes();
		}
	}

	@Override
	public String clientName() {
		return "InProcessAsync";
	}

	@Override
	public void close() {
	}

	private final class BodyCollector implements Subscriber<ByteBuffer> {

		private final AsyncExecuteRequest request;

		private final CompletableFuture<Void> done;

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		BodyCollector(AsyncExecuteRequest request, CompletableFuture<Void> done) {
			this.request = request;
			this.done = done;
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(ByteBuffer buffer) {
			byte[] bytes = new byte[buffer.remaining()];
			buffer.get(bytes);
			this.body.writeBytes(bytes);
		}

		@Override
		public void onError(Throwable failure) {
			this.request.responseHandler().onError(failure);
			this.done.completeExceptionally(failure);
		}

		@Override
		public void onComplete() {
			byte[] bytes = this.body.toByteArray();
			CompletableFuture.runAsync(() -> exchange(this.request, bytes, this.done));
		}

	}

}
