package io.github.dynamoconnection.internal.client;

import io.github.dynamoconnection.client.ClientSettings;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.utils.SdkAutoCloseable;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClientBuilder;

/**
 * The one place that turns {@link ClientSettings} into SDK clients, sync and async: the HTTP client
 * (Apache 5 or Netty) with the timeouts and pool size unless one is given, extra headers added after
 * signing, region (the SDK's chain, else {@link #FALLBACK_REGION}), endpoint, credentials, call
 * timeout and the SDK's retry strategy for the retry mode and attempts. The auto-configuration maps
 * its properties onto the same settings.
 */
public final class SdkClients {

	/** Region used when none is configured and the SDK's region chain finds none (PynamoDB's default). */
	public static final Region FALLBACK_REGION = Region.US_EAST_1;

	private SdkClients() {
	}

	/** Closes {@code client} when the connection built it ({@code owned}); a wrapped client stays open. */
	public static void closeIfOwned(SdkAutoCloseable client, boolean owned) {
		if (owned) {
			client.close();
		}
	}

	/**
	 * A sync client; the caller owns and closes it.
	 * @param settings the settings
	 * @param httpClient the HTTP client (closed by its owner), or {@code null} for Apache 5 built from the settings
	 * @return the client
	 */
	public static DynamoDbClient sync(ClientSettings settings, SdkHttpClient httpClient) {
		return configure(DynamoDbClient.builder(), settings, httpClient).build();
	}

	/**
	 * An async client; the caller owns and closes it.
	 * @param settings the settings
	 * @param httpClient the HTTP client (closed by its owner), or {@code null} for Netty built from the settings
	 * @return the client
	 */
	public static DynamoDbAsyncClient async(ClientSettings settings, SdkAsyncHttpClient httpClient) {
		return configure(DynamoDbAsyncClient.builder(), settings, httpClient).build();
	}

	/** Applies the settings to a sync client builder ({@code httpClient} may be {@code null}: Apache 5). */
	public static DynamoDbClientBuilder configure(DynamoDbClientBuilder builder, ClientSettings settings,
			SdkHttpClient httpClient) {
		return configureSync(builder, settings, httpClient);
	}

	/**
	 * Applies the settings to a DynamoDB Streams client builder, so a stream is read through the same
	 * endpoint, region, credentials and transport as the tables ({@code httpClient} may be {@code null}: Apache 5).
	 */
	public static DynamoDbStreamsClientBuilder configure(DynamoDbStreamsClientBuilder builder, ClientSettings settings,
			SdkHttpClient httpClient) {
		return configureSync(builder, settings, httpClient);
	}

	private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configureSync(B builder,
			ClientSettings settings, SdkHttpClient httpClient) {
		AfterSigningHeaders headers = new AfterSigningHeaders(settings.extraHeaders());
		if (httpClient != null) {
			builder.httpClient(headers.wrap(httpClient));
		}
		else {
			builder.httpClientBuilder(headers.wrap(apache(settings)));
		}
		return common(builder, settings);
	}

	/** Applies the settings to an async client builder ({@code httpClient} may be {@code null}: Netty). */
	public static DynamoDbAsyncClientBuilder configure(DynamoDbAsyncClientBuilder builder, ClientSettings settings,
			SdkAsyncHttpClient httpClient) {
		AfterSigningHeaders headers = new AfterSigningHeaders(settings.extraHeaders());
		if (httpClient != null) {
			builder.httpClient(headers.wrap(httpClient));
		}
		else {
			builder.httpClientBuilder(headers.wrap(netty(settings)));
		}
		return common(builder, settings);
	}

	private static <B extends AwsClientBuilder<B, ?>> B common(B builder, ClientSettings settings) {
		builder.region(region(settings));
		if (settings.endpoint() != null) {
			builder.endpointOverride(settings.endpoint());
		}
		if (settings.credentialsProvider() != null) {
			builder.credentialsProvider(settings.credentialsProvider());
		}
		ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder();
		if (settings.apiCallTimeout() != null) {
			override.apiCallTimeout(settings.apiCallTimeout());
		}
		RetryStrategy retry = retryStrategy(settings.retryMode(), settings.maxAttempts());
		if (retry != null) {
			override.retryStrategy(retry);
		}
		return builder.overrideConfiguration(override.build());
	}

	/**
	 * The SDK retry strategy for a mode and a total number of attempts, or {@code null} for the SDK default.
	 * @param mode the retry mode, or {@code null} for the SDK's default mode
	 * @param maxAttempts total attempts (1 = no retry), or {@code null} for the mode's default
	 * @return the strategy
	 */
	static RetryStrategy retryStrategy(RetryMode mode, Integer maxAttempts) {
		if (mode == null && maxAttempts == null) {
			return null;
		}
		RetryStrategy strategy = AwsRetryStrategy.forRetryMode((mode != null) ? mode : RetryMode.defaultRetryMode());
		if (maxAttempts == null) {
			return strategy;
		}
		if (maxAttempts == 1) {
			return AwsRetryStrategy.doNotRetry();
		}
		return strategy.toBuilder().maxAttempts(maxAttempts).build();
	}

	private static SdkHttpClient.Builder<?> apache(ClientSettings settings) {
		Apache5HttpClient.Builder http = Apache5HttpClient.builder();
		if (settings.connectTimeout() != null) {
			http.connectionTimeout(settings.connectTimeout());
		}
		if (settings.readTimeout() != null) {
			http.socketTimeout(settings.readTimeout());
		}
		if (settings.maxPoolConnections() != null) {
			http.maxConnections(settings.maxPoolConnections());
		}
		return http;
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

	private static Region region(ClientSettings settings) {
		if (settings.region() != null) {
			return settings.region();
		}
		try {
			return DefaultAwsRegionProviderChain.builder().build().getRegion();
		}
		catch (RuntimeException ex) {
			return FALLBACK_REGION;
		}
	}

}
