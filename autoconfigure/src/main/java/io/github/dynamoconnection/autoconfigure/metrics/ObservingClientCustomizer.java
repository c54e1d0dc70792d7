package io.github.dynamoconnection.autoconfigure.metrics;

import io.github.dynamoconnection.autoconfigure.ConnectionScoped;
import io.github.dynamoconnection.autoconfigure.DynamoDbClientBuilderCustomizer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Adds the {@link ObservingExecutionInterceptor} of one connection to an SDK client builder, so
 * direct calls on that connection's client are observed with its name.
 */
final class ObservingClientCustomizer
		implements DynamoDbClientBuilderCustomizer, ConnectionScoped<DynamoDbClientBuilderCustomizer> {

	private final DynamoDbObservations observations;

	private final String connectionName;

	ObservingClientCustomizer(DynamoDbObservations observations, String connectionName) {
		this.observations = observations;
		this.connectionName = connectionName;
	}

	@Override
	public void customize(DynamoDbClientBuilder builder) {
		builder.overrideConfiguration(builder.overrideConfiguration()
			.toBuilder()
			.addExecutionInterceptor(this.observations.clientInterceptor(this.connectionName))
			.build());
	}

	@Override
	public DynamoDbClientBuilderCustomizer forConnection(String connectionName) {
		return new ObservingClientCustomizer(this.observations, connectionName);
	}

}
