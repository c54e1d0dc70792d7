package io.github.dynamoconnection.internal.client;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.utils.AttributeMap;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Fixed headers added to every request after the SDK signed it, so they are never signed, on the
 * sync and on the async HTTP client alike. Hand-written: the SDK's interceptors all run before
 * signing. With no headers every wrap returns what it was given.
 */
public final class AfterSigningHeaders {

	private final Map<String, String> headers;

	/** @param headers the headers to add (copied) */
	public AfterSigningHeaders(Map<String, String> headers) {
		this.headers = Map.copyOf(headers);
	}

	/** {@code client} adding the headers. */
	public SdkHttpClient wrap(SdkHttpClient client) {
		return headers.isEmpty() ? client : new Sync(client);
	}

	/** {@code client} adding the headers. */
	public SdkAsyncHttpClient wrap(SdkAsyncHttpClient client) {
		return headers.isEmpty() ? client : new Async(client);
	}

	/** A builder whose client adds the headers, so the SDK builds (and closes) the whole stack. */
	public SdkHttpClient.Builder<?> wrap(SdkHttpClient.Builder<?> builder) {
		return headers.isEmpty() ? builder : new SyncBuilder(builder);
	}

	/** A builder whose client adds the headers, so the SDK builds (and closes) the whole stack. */
	public SdkAsyncHttpClient.Builder<?> wrap(SdkAsyncHttpClient.Builder<?> builder) {
		return headers.isEmpty() ? builder : new AsyncBuilder(builder);
	}

	private SdkHttpRequest added(SdkHttpRequest request) {
		SdkHttpRequest.Builder http = request.toBuilder();
		headers.forEach(http::putHeader);
		return http.build();
	}

	/** What both wrappers share: the delegate's name and closing it. */
	private abstract static class Wrapper<C extends SdkAutoCloseable> {

		final C delegate;

		Wrapper(C delegate) {
			this.delegate = delegate;
		}

		public void close() {
			delegate.close();
		}

	}

	private final class Sync extends Wrapper<SdkHttpClient> implements SdkHttpClient {

		Sync(SdkHttpClient delegate) {
			super(delegate);
		}

		@Override
		public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
			return delegate.prepareRequest(HttpExecuteRequest.builder()
				.request(added(request.httpRequest()))
				.contentStreamProvider(request.contentStreamProvider().orElse(null))
				.metricCollector(request.metricCollector().orElse(null))
				.build());
		}

		@Override
		public String clientName() {
			return delegate.clientName();
		}

	}

	private final class Async extends Wrapper<SdkAsyncHttpClient> implements SdkAsyncHttpClient {

		Async(SdkAsyncHttpClient delegate) {
			super(delegate);
		}

		@Override
		public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
			AsyncExecuteRequest.Builder withHeaders = AsyncExecuteRequest.builder()
				.request(added(request.request()))
				.requestContentPublisher(request.requestContentPublisher())
				.responseHandler(request.responseHandler())
				.fullDuplex(request.fullDuplex())
				.httpExecutionAttributes(request.httpExecutionAttributes());
			request.metricCollector().ifPresent(withHeaders::metricCollector);
			return delegate.execute(withHeaders.build());
		}

		@Override
		public String clientName() {
			return delegate.clientName();
		}

	}

	private final class SyncBuilder implements SdkHttpClient.Builder<SyncBuilder> {

		private final SdkHttpClient.Builder<?> delegate;

		SyncBuilder(SdkHttpClient.Builder<?> delegate) {
			this.delegate = delegate;
		}

		@Override
		public SdkHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
			return new Sync(delegate.buildWithDefaults(serviceDefaults));
		}

	}

	private final class AsyncBuilder implements SdkAsyncHttpClient.Builder<AsyncBuilder> {

		private final SdkAsyncHttpClient.Builder<?> delegate;

		AsyncBuilder(SdkAsyncHttpClient.Builder<?> delegate) {
			this.delegate = delegate;
		}

		@Override
		public SdkAsyncHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
			return new Async(delegate.buildWithDefaults(serviceDefaults));
		}

	}

}
