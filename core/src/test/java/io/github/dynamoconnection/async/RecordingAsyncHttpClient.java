package io.github.dynamoconnection.async;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/** An async HTTP client that records every request as it goes on the wire, then sends it with a real client. */
final class RecordingAsyncHttpClient implements SdkAsyncHttpClient {

	private final SdkAsyncHttpClient delegate;

	private final List<SdkHttpRequest> requests = new CopyOnWriteArrayList<>();

	RecordingAsyncHttpClient(SdkAsyncHttpClient delegate) {
		this.delegate = delegate;
	}

	List<SdkHttpRequest> requests() {
		return requests;
	}

	@Override
	public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
		requests.add(request.request());
		return delegate.execute(request);
	}

	@Override
	public void close() {
		delegate.close();
	}

}
