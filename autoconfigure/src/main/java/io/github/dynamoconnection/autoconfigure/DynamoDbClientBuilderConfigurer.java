package io.github.dynamoconnection.autoconfigure;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.dynamoconnection.internal.client.DynamoDbClientFactory;
import io.github.dynamoconnection.internal.client.HeaderAddingHttpClient;
import org.springframework.boot.context.properties.PropertyMapper;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Configures a {@link DynamoDbClientBuilder} in one place: endpoint, region and credentials from
 * the {@link DynamoDbConnectionDetails}; the Apache 5 HTTP client with timeouts and pool size,
 * retries, the call timeout and extra headers from {@link DynamoDbProperties}; then the
 * {@link DynamoDbClientBuilderCustomizer customizers}, in order.
 */
public class DynamoDbClientBuilderConfigurer {

	private final DynamoDbConnectionDetails connectionDetails;

	private final DynamoDbProperties properties;

	private final List<DynamoDbClientBuilderCustomizer> customizers;

	/**
	 * Creates a configurer.
	 * @param connectionDetails where and how to connect
	 * @param properties timeouts, retries, pool size and headers
	 * @param customizers customizers to apply last, already ordered
	 */
	public DynamoDbClientBuilderConfigurer(DynamoDbConnectionDetails connectionDetails, DynamoDbProperties properties,
			List<DynamoDbClientBuilderCustomizer> customizers) {
		this.connectionDetails = connectionDetails;
		this.properties = properties;
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * Applies the configuration and the customizers to a builder.
	 * @param builder the builder
	 * @return the same builder
	 */
	public DynamoDbClientBuilder configure(DynamoDbClientBuilder builder) {
		URI endpoint = this.connectionDetails.endpoint();
		if (endpoint != null) {
			builder.endpointOverride(endpoint);
		}
		builder.region(region(this.connectionDetails.region()));
		builder.credentialsProvider(this.connectionDetails.credentialsProvider());
		configureTransport(builder);
		builder.overrideConfiguration(overrideConfiguration());
		this.customizers.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	private void configureTransport(DynamoDbClientBuilder builder) {
		Map<String, String> headers = this.properties.getExtraHeaders();
		SdkHttpClient inProcess = this.connectionDetails.sdkHttpClient();
		if (inProcess != null) {
			builder.httpClient(headers.isEmpty() ? inProcess : new HeaderAddingHttpClient(inProcess, headers));
			return;
		}
		Apache5HttpClient.Builder apache = Apache5HttpClient.builder();
		PropertyMapper map = PropertyMapper.get();
		map.from(this.properties.getConnectTimeout()).to(apache::connectionTimeout);
		map.from(this.properties.getReadTimeout()).to(apache::socketTimeout);
		map.from(this.properties.getMaxPoolConnections()).to(apache::maxConnections);
		builder.httpClientBuilder(headers.isEmpty() ? apache : HeaderAddingHttpClient.wrapping(apache, headers));
	}

	private ClientOverrideConfiguration overrideConfiguration() {
		ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder();
		PropertyMapper.get().from(this.properties.getApiCallTimeout()).to(override::apiCallTimeout);
		DynamoDbProperties.Retry retry = this.properties.getRetry();
		RetryStrategy strategy = DynamoDbClientFactory.retryStrategy(sdkRetryMode(retry.getMode()),
				retry.getMaxAttempts());
		if (strategy != null) {
			override.retryStrategy(strategy);
		}
		return override.build();
	}

	static @Nullable RetryMode sdkRetryMode(DynamoDbProperties.@Nullable RetryMode mode) {
		if (mode == null) {
			return null;
		}
		return switch (mode) {
			case STANDARD -> RetryMode.STANDARD;
			case ADAPTIVE -> RetryMode.ADAPTIVE_V2;
			case LEGACY -> RetryMode.LEGACY;
		};
	}

	private static Region region(@Nullable Region region) {
		if (region != null) {
			return region;
		}
		try {
			return DefaultAwsRegionProviderChain.builder().build().getRegion();
		}
		catch (RuntimeException ex) {
			return DynamoDbClientFactory.FALLBACK_REGION;
		}
	}

}
