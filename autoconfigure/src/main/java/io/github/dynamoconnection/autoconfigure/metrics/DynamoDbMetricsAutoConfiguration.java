package io.github.dynamoconnection.autoconfigure.metrics;

import io.github.dynamoconnection.autoconfigure.DynamoDbAsyncClientBuilderCustomizer;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.DynamoDbClientBuilderCustomizer;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for DynamoDB metrics: the SDK clients (sync
 * and async) record their call and attempt meters through a {@link MeteringExecutionInterceptor}
 * (added by a {@link DynamoDbClientBuilderCustomizer}) and the {@code Connection} records what its
 * calls consumed through a {@link MicrometerConnectionListener}. The HTTP pool gauges need an SDK
 * {@link MicrometerMetricPublisher}, which makes the SDK collect metrics on every call, so they are
 * only there with {@code dynamodb.metrics.http-pool.enabled=true}. {@code dynamodb.metrics.enabled=false}
 * turns all of them off.
 */
@AutoConfiguration(before = DynamoDbAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({ MeterRegistry.class, DynamoDbClient.class })
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "dynamodb.metrics.enabled", matchIfMissing = true)
public final class DynamoDbMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ClientMeters dynamoDbClientMeters(MeterRegistry meterRegistry) {
		return new ClientMeters(meterRegistry, DynamoDbObservations.DEFAULT_CONNECTION);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "dynamodb.metrics.http-pool.enabled")
	MicrometerMetricPublisher dynamoDbMicrometerMetricPublisher(MeterRegistry meterRegistry) {
		return new MicrometerMetricPublisher(meterRegistry);
	}

	@Bean
	DynamoDbClientBuilderCustomizer dynamoDbClientMetricsCustomizer(ClientMeters meters,
			ObjectProvider<MicrometerMetricPublisher> publisher) {
		return new ClientMetricsCustomizer(meters, publisher.getIfAvailable());
	}

	@Bean
	DynamoDbAsyncClientBuilderCustomizer dynamoDbAsyncClientMetricsCustomizer(ClientMeters meters,
			ObjectProvider<MicrometerMetricPublisher> publisher) {
		ClientMetricsCustomizer metrics = new ClientMetricsCustomizer(meters, publisher.getIfAvailable());
		return (builder) -> builder.overrideConfiguration(metrics.apply(builder.overrideConfiguration()));
	}

	@Bean
	@ConditionalOnMissingBean
	MicrometerConnectionListener dynamoDbMicrometerConnectionListener(MeterRegistry meterRegistry) {
		return new MicrometerConnectionListener(meterRegistry);
	}

}
