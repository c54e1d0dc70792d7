package io.github.dynamoconnection.autoconfigure.metrics;

import io.github.dynamoconnection.autoconfigure.AsyncAdaptableConnectionListener;
import io.github.dynamoconnection.autoconfigure.DynamoDbAsyncClientBuilderCustomizer;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.DynamoDbClientBuilderCustomizer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} that makes every {@code Connection} call one
 * observation ({@value DefaultDynamoDbObservationConvention#CONNECTION_CALL_NAME}: the one timer
 * of the call, and a span when tracing is set up), and direct SDK client calls observations too
 * ({@value DefaultDynamoDbObservationConvention#CLIENT_CALL_NAME}). Observations go to the
 * application's {@link ObservationRegistry}; without one but with a {@link MeterRegistry}, to a
 * registry that only records the timers. Where the observation of a {@code Connection} call would
 * only become Boot's meters (no tracing nor other handler, see {@link MetersOnlyObservations}), a
 * {@link ConnectionCallTimer} records the same meters without an observation, so each call still
 * has exactly one timer. {@code dynamodb.observations.enabled=false} turns it
 * off, {@code dynamodb.observations.client-calls=false} leaves direct client calls alone; Boot's
 * {@code management.observations.enable.dynamodb=false} works too.
 */
@AutoConfiguration(before = DynamoDbAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ ObservationRegistry.class, DynamoDbClient.class })
@ConditionalOnBooleanProperty(name = "dynamodb.observations.enabled", matchIfMissing = true)
public final class DynamoDbObservationAutoConfiguration {

	@Bean
	@ConditionalOnBean(DynamoDbObservations.class)
	@ConditionalOnMissingBean({ ObservationConnectionListener.class, ConnectionCallTimer.class })
	AsyncAdaptableConnectionListener dynamoDbObservationConnectionListener(DynamoDbObservations observations) {
		return observations.connectionListener(DynamoDbObservations.DEFAULT_CONNECTION);
	}

	@Bean
	@ConditionalOnBean(DynamoDbObservations.class)
	@ConditionalOnBooleanProperty(name = "dynamodb.observations.client-calls", matchIfMissing = true)
	DynamoDbClientBuilderCustomizer dynamoDbObservingInterceptorCustomizer(DynamoDbObservations observations) {
		return new ObservingClientCustomizer(observations, DynamoDbObservations.DEFAULT_CONNECTION);
	}

	@Bean
	@ConditionalOnBean(DynamoDbObservations.class)
	@ConditionalOnBooleanProperty(name = "dynamodb.observations.client-calls", matchIfMissing = true)
	DynamoDbAsyncClientBuilderCustomizer dynamoDbAsyncObservingInterceptorCustomizer(
			DynamoDbObservations observations) {
		return (builder) -> builder.overrideConfiguration(builder.overrideConfiguration()
			.toBuilder()
			.addExecutionInterceptor(observations.clientInterceptor(DynamoDbObservations.DEFAULT_CONNECTION))
			.build());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(ObservationRegistry.class)
	static class ApplicationRegistryConfiguration {

		@Bean
		@ConditionalOnMissingBean
		DynamoDbObservations dynamoDbObservations(ObservationRegistry registry,
				ObjectProvider<DynamoDbObservationConvention> convention, ObjectProvider<MeterRegistry> meterRegistry,
				ListableBeanFactory beans) {
			DynamoDbObservationConvention custom = convention.getIfAvailable();
			MeterRegistry meters = meterRegistry.getIfAvailable();
			boolean metersOnly = custom == null && meters != null && MetersOnlyObservations.test(beans);
			return new DynamoDbObservations(registry, custom, metersOnly ? new ConnectionCallTimer(meters,
					DynamoDbObservations.DEFAULT_CONNECTION, MetersOnlyObservations.longTaskTimer(beans)) : null);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnMissingBean(ObservationRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	@ConditionalOnBooleanProperty(name = "dynamodb.metrics.enabled", matchIfMissing = true)
	static class MeterOnlyConfiguration {

		@Bean
		@ConditionalOnMissingBean
		DynamoDbObservations dynamoDbObservations(MeterRegistry meterRegistry,
				ObjectProvider<DynamoDbObservationConvention> convention, ListableBeanFactory beans) {
			ObservationRegistry registry = ObservationRegistry.create();
			registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meterRegistry));
			DynamoDbObservationConvention custom = convention.getIfAvailable();
			return new DynamoDbObservations(registry, custom, (custom != null) ? null : new ConnectionCallTimer(
					meterRegistry, DynamoDbObservations.DEFAULT_CONNECTION, MetersOnlyObservations.longTaskTimer(beans)));
		}

	}

}
