package io.github.dynamoconnection.autoconfigure.metrics;

import io.github.dynamoconnection.autoconfigure.DynamoDbAsyncClientBuilderCustomizer;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.DynamoDbClientBuilderCustomizer;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for DynamoDB metrics: the SDK client publishes
 * its metrics through a {@link MicrometerMetricPublisher} (registered by a
 * {@link DynamoDbClientBuilderCustomizer}) and the {@code Connection} records its calls through a
 * {@link MicrometerConnectionListener}; the async client publishes through the same publisher.
 * {@code dynamodb.metrics.enabled=false} turns them off.
 */
@AutoConfiguration(before = DynamoDbAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({ MeterRegistry.class, DynamoDbClient.class })
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "dynamodb.metrics.enabled", matchIfMissing = true)
public final class DynamoDbMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MicrometerMetricPublisher dynamoDbMicrometerMetricPublisher(MeterRegistry meterRegistry) {
		return new MicrometerMetricPublisher(meterRegistry);
	}

	@Bean
	DynamoDbClientBuilderCustomizer dynamoDbMetricPublisherCustomizer(MicrometerMetricPublisher publisher) {
		return new MetricPublisherCustomizer(publisher);
	}

	@Bean
	DynamoDbAsyncClientBuilderCustomizer dynamoDbAsyncMetricPublisherCustomizer(MicrometerMetricPublisher publisher) {
		return (builder) -> builder
			.overrideConfiguration(builder.overrideConfiguration().toBuilder().addMetricPublisher(publisher).build());
	}

	@Bean
	@ConditionalOnMissingBean
	MicrometerConnectionListener dynamoDbMicrometerConnectionListener(MeterRegistry meterRegistry) {
		return new MicrometerConnectionListener(meterRegistry);
	}

}
