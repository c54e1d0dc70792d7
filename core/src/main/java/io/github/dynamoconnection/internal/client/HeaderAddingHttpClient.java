package io.github.dynamoconnection.internal.client;

import java.util.Map;

import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * An {@link SdkHttpClient} that adds fixed headers to every request just before it goes on the
 * wire, after the SDK signed it, so the headers are never part of the signature (PynamoDB 6.0 signed
 * them, and proxies that rewrite them broke every call). Hand-written: the SDK's interceptors all
 * run before signing.
 */
public final class HeaderAddingHttpClient implements SdkHttpClient {

	private final SdkHttpClient delegate;

	private final Map<String, String> headers;

	public HeaderAddingHttpClient(SdkHttpClient delegate, Map<String, String> headers) {
		this.delegate = delegate;
		this.headers = Map.copyOf(headers);
	}

	@Override
	public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
		SdkHttpRequest.Builder http = request.httpRequest().toBuilder();
		headers.forEach(http::putHeader);
		return delegate.prepareRequest(HttpExecuteRequest.builder()
			.request(http.build())
			.contentStreamProvider(request.contentStreamProvider().orElse(null))
			.metricCollector(request.metricCollector().orElse(null))
			.build());
	}

	/** A builder that wraps another HTTP client builder, so the SDK builds (and closes) the whole stack. */
	public static SdkHttpClient.Builder<?> wrapping(SdkHttpClient.Builder<?> delegate, Map<String, String> headers) {
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

	private static final class Builder implements SdkHttpClient.Builder<Builder> {

		private final SdkHttpClient.Builder<?> delegate;

		private final Map<String, String> headers;

		Builder(SdkHttpClient.Builder<?> delegate, Map<String, String> headers) {
			this.delegate = delegate;
			this.headers = headers;
		}

		@Override
		public SdkHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
			return new HeaderAddingHttpClient(delegate.buildWithDefaults(serviceDefaults), headers);
		}

	}

}
