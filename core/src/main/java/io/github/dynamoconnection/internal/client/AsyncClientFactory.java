package io.github.dynamoconnection.internal.client;

import io.github.dynamoconnection.client.ClientSettings;
import io.github.dynamoconnection.internal.client.DynamoDbClientFactory;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;

/**
 * Builds the {@link DynamoDbAsyncClient} an {@code AsyncConnection} owns: the SDK's Netty client
 * with the timeouts and pool size, everything else (region, endpoint, credentials, retry strategy,
 * call timeout) configured as for the sync client by {@link DynamoDbClientFactory#configure}.
 */
public final class AsyncClientFactory {

	private AsyncClientFactory() {
	}

	/**
	 * @param settings the settings
	 * @param httpClient the HTTP client, or {@code null} for Netty built from the settings (the caller closes a given one)
	 * @return the client, owned by the caller
	 */
	public static DynamoDbAsyncClient create(ClientSettings settings, SdkAsyncHttpClient httpClient) {
		DynamoDbAsyncClientBuilder builder = DynamoDbAsyncClient.builder();
		boolean headers = !settings.extraHeaders().isEmpty();
		if (httpClient != null) {
			builder.httpClient(headers ? new HeaderAddingAsyncHttpClient(httpClient, settings.extraHeaders()) : httpClient);
		}
		else {
			builder.httpClientBuilder(httpClientBuilder(settings));
		}
		return DynamoDbClientFactory.configure(builder, settings).build();
	}

	/**
	 * The Netty client builder for the settings' timeouts and pool size, adding their extra headers after signing.
	 * @param settings the settings
	 * @return a builder the SDK builds (and closes) the HTTP client with
	 */
	public static SdkAsyncHttpClient.Builder<?> httpClientBuilder(ClientSettings settings) {
		SdkAsyncHttpClient.Builder<?> netty = netty(settings);
		return settings.extraHeaders().isEmpty() ? netty : HeaderAddingAsyncHttpClient.wrapping(netty, settings.extraHeaders());
	}

	private static SdkAsyncHttpClient.Builder<?> netty(ClientSettings settings) {
		NettyNioAsyncHttpClient.Builder netty = NettyNioAsyncHttpClient.builder();
		if (settings.connectTimeout() != null) {
			netty.connectionTimeout(settings.connectTimeout());
		}
		if (settings.readTimeout() != null) {
			netty.readTimeout(settings.readTimeout());
		}
		if (settings.maxPoolConnections() != null) {
			netty.maxConcurrency(settings.maxPoolConnections());
		}
		return netty;
	}

}
