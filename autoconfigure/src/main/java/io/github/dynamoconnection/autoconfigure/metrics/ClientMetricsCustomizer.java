package io.github.dynamoconnection.autoconfigure.metrics;

import org.jspecify.annotations.Nullable;

import io.github.dynamoconnection.autoconfigure.ConnectionScoped;
import io.github.dynamoconnection.autoconfigure.DynamoDbClientBuilderCustomizer;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Adds the {@link MeteringExecutionInterceptor} to a client, and the HTTP pool
 * {@link MicrometerMetricPublisher} when there is one; each named connection gets its own, whose
 * meters carry its name.
 */
final class ClientMetricsCustomizer
		implements DynamoDbClientBuilderCustomizer, ConnectionScoped<DynamoDbClientBuilderCustomizer> {

	private final ClientMeters meters;

	private final @Nullable MicrometerMetricPublisher publisher;

	ClientMetricsCustomizer(ClientMeters meters, @Nullable MicrometerMetricPublisher publisher) {
		this.meters = meters;
		this.publisher = publisher;
	}

	@Override
	public void customize(DynamoDbClientBuilder builder) {
		builder.overrideConfiguration(apply(builder.overrideConfiguration()));
	}

	/**
	 * The given override configuration with the interceptor (and the publisher) added.
	 * @param configuration a client's override configuration
	 * @return the configuration to build the client with
	 */
	ClientOverrideConfiguration apply(ClientOverrideConfiguration configuration) {
		ClientOverrideConfiguration.Builder builder = configuration.toBuilder()
			.addExecutionInterceptor(new MeteringExecutionInterceptor(this.meters));
		return ((this.publisher != null) ? builder.addMetricPublisher(this.publisher) : builder).build();
	}

	@Override
	public DynamoDbClientBuilderCustomizer forConnection(String connectionName) {
		return new ClientMetricsCustomizer(this.meters.forConnection(connectionName),
				(this.publisher != null) ? this.publisher.forConnection(connectionName) : null);
	}

}
