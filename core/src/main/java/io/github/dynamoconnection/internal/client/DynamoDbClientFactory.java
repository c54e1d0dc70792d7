package io.github.dynamoconnection.internal.client;

import io.github.dynamoconnection.client.ClientSettings;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the {@link DynamoDbClient} a {@code Connection} owns from {@link ClientSettings}: the
 * Apache 5 HTTP client with the timeouts and pool size, the SDK's own retry strategy for the retry
 * mode and attempts, and extra headers added after signing.
 */
public final class DynamoDbClientFactory {

	/** Region used when none is configured and the SDK's region chain finds none (PynamoDB's default). */
	public static final Region FALLBACK_REGION = Region.US_EAST_1;

	private DynamoDbClientFactory() {
	}

	/** Builds a client; the caller owns and closes it. */
	public static DynamoDbClient create(ClientSettings settings) {
		return create(settings, null);
	}

	/**
	 * Builds a client over a given HTTP client (tests inject scripted transports this way); the caller closes that HTTP client.
	 * @param settings the settings
	 * @param httpClient the HTTP client, or {@code null} for Apache 5 built from the settings
	 * @return the client
	 */
	public static DynamoDbClient create(ClientSettings settings, SdkHttpClient httpClient) {
		DynamoDbClientBuilder builder = DynamoDbClient.builder();
		boolean headers = !settings.extraHeaders().isEmpty();
		if (httpClient != null) {
			builder.httpClient(headers ? new HeaderAddingHttpClient(httpClient, settings.extraHeaders()) : httpClient);
		}
		else {
			SdkHttpClient.Builder<?> apache = apache(settings);
			builder.httpClientBuilder(headers ? HeaderAddingHttpClient.wrapping(apache, settings.extraHeaders()) : apache);
		}
		return configure(builder, settings).build();
	}

	/**
	 * Applies region, endpoint, credentials, call timeout and retry strategy to a client builder, sync or async.
	 * @param builder the SDK client builder
	 * @param settings the settings
	 * @return the builder
	 */
	public static <B extends AwsClientBuilder<B, ?>> B configure(B builder, ClientSettings settings) {
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
	public static RetryStrategy retryStrategy(RetryMode mode, Integer maxAttempts) {
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
