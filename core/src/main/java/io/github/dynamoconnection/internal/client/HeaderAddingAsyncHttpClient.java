package io.github.dynamoconnection.internal.client;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.dynamoconnection.internal.client.HeaderAddingHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * The async twin of {@link HeaderAddingHttpClient}: adds fixed headers to every request after the
 * SDK signed it, so they are never signed. Hand-written: the SDK's interceptors all run before signing.
 */
final class HeaderAddingAsyncHttpClient implements SdkAsyncHttpClient {

	private final SdkAsyncHttpClient delegate;

	private final Map<String, String> headers;

	HeaderAddingAsyncHttpClient(SdkAsyncHttpClient delegate, Map<String, String> headers) {
		this.delegate = delegate;
		this.headers = Map.copyOf(headers);
	}

	@Override
	public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
		SdkHttpRequest.Builder http = request.request().toBuilder();
		headers.forEach(http::putHeader);
		AsyncExecuteRequest.Builder withHeaders = AsyncExecuteRequest.builder()
			.request(http.build())
			.requestContentPublisher(request.requestContentPublisher())
			.responseHandler(request.responseHandler())
			.fullDuplex(request.fullDuplex())
			.httpExecutionAttributes(request.httpExecutionAttributes());
		request.metricCollector().ifPresent(withHeaders::metricCollector);
		return delegate.execute(withHeaders.build());
	}

	/** A builder that wraps another async HTTP client builder, so the SDK builds (and closes) the whole stack. */
	static SdkAsyncHttpClient.Builder<?> wrapping(SdkAsyncHttpClient.Builder<?> delegate, Map<String, String> headers) {
		return new Builder(delegate, headers);
	}

	@Override
	public String clientName() {
		return delegate.clientName();
	}

	@Override
	public void close() {
		delegate.close();
	}

	private static final class Builder implements SdkAsyncHttpClient.Builder<Builder> {

		private final SdkAsyncHttpClient.Builder<?> delegate;

		private final Map<String, String> headers;

		Builder(SdkAsyncHttpClient.Builder<?> delegate, Map<String, String> headers) {
			this.delegate = delegate;
			this.headers = headers;
		}

		@Override
		public SdkAsyncHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
			return new HeaderAddingAsyncHttpClient(delegate.buildWithDefaults(serviceDefaults), headers);
		}

	}

}
