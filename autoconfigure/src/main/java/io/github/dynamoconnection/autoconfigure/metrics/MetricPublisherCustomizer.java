package io.github.dynamoconnection.autoconfigure.metrics;

import io.github.dynamoconnection.autoconfigure.ConnectionScoped;
import io.github.dynamoconnection.autoconfigure.DynamoDbClientBuilderCustomizer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Adds the {@link MicrometerMetricPublisher} to a client; each named connection gets a publisher of
 * its own, whose meters carry its name.
 */
final class MetricPublisherCustomizer
		implements DynamoDbClientBuilderCustomizer, ConnectionScoped<DynamoDbClientBuilderCustomizer> {

	private final MicrometerMetricPublisher publisher;

	MetricPublisherCustomizer(MicrometerMetricPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public void customize(DynamoDbClientBuilder builder) {
		builder.overrideConfiguration(builder.overrideConfiguration().toBuilder().addMetricPublisher(this.publisher).build());
	}

	@Override
	public DynamoDbClientBuilderCustomizer forConnection(String connectionName) {
		return new MetricPublisherCustomizer(this.publisher.forConnection(connectionName));
	}

}
