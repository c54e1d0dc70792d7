package io.github.dynamoconnection.autoconfigure;

import java.util.List;

import io.github.dynamoconnection.client.ClientSettings;
import io.github.dynamoconnection.internal.client.SdkClients;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;

/**
 * Configures a {@link DynamoDbAsyncClientBuilder} from the same connection details and properties
 * as the sync client, through core's {@link ClientSettings} path: the SDK's Netty client with the
 * timeouts and pool size, region, endpoint, credentials, retries and call timeout; extra headers
 * after signing. A connection details' in-process transport (the embedded engine) is adapted to
 * async. Then the {@link DynamoDbAsyncClientBuilderCustomizer customizers}, in order.
 */
public class DynamoDbAsyncClientBuilderConfigurer {

	private final DynamoDbConnectionDetails connectionDetails;

	private final ClientSettings settings;

	private final List<DynamoDbAsyncClientBuilderCustomizer> customizers;

	/**
	 * Creates a configurer.
	 * @param connectionDetails where and how to connect
	 * @param properties timeouts, retries, pool size and headers
	 * @param customizers customizers to apply last, already ordered
	 */
	public DynamoDbAsyncClientBuilderConfigurer(DynamoDbConnectionDetails connectionDetails,
			DynamoDbProperties properties, List<DynamoDbAsyncClientBuilderCustomizer> customizers) {
		this.connectionDetails = connectionDetails;
		this.settings = PropertiesClientSettings.of(connectionDetails, properties);
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * Applies the configuration and the customizers to a builder.
	 * @param builder the builder
	 * @return the same builder
	 */
	public DynamoDbAsyncClientBuilder configure(DynamoDbAsyncClientBuilder builder) {
		SdkHttpClient inProcess = this.connectionDetails.sdkHttpClient();
		SdkClients.configure(builder, this.settings, (inProcess != null) ? new InProcessAsyncHttpClient(inProcess) : null);
		this.customizers.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

}
