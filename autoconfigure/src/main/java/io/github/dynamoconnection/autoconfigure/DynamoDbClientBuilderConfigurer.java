package io.github.dynamoconnection.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.dynamoconnection.client.ClientSettings;
import io.github.dynamoconnection.internal.client.SdkClients;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Configures a {@link DynamoDbClientBuilder}: maps the {@link DynamoDbConnectionDetails} (endpoint,
 * region, credentials, in-process HTTP client) and the {@link DynamoDbProperties} (timeouts, retries,
 * pool size, extra headers) onto the core's {@link ClientSettings}, applied by the same code that
 * builds a {@code Connection}'s own client; then the {@link DynamoDbClientBuilderCustomizer
 * customizers}, in order.
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
		SdkClients.configure(builder, clientSettings(), this.connectionDetails.sdkHttpClient());
		this.customizers.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	/**
	 * The connection details and properties as the core's client settings, which
	 * {@code SdkClients} turns into the client the same way a {@code Connection} builder does.
	 * @return the settings
	 */
	ClientSettings clientSettings() {
		return PropertiesClientSettings.of(this.connectionDetails, this.properties);
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

}
