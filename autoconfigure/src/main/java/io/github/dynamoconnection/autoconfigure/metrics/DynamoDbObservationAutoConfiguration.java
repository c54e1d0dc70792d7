package io.github.dynamoconnection.autoconfigure.metrics;

import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} that makes {@code Connection} calls
 * observations (and so spans, when tracing is set up) through an
 * {@link ObservationConnectionListener}, whenever an {@link ObservationRegistry} bean exists.
 */
@AutoConfiguration(before = DynamoDbAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
public final class DynamoDbObservationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ObservationConnectionListener dynamoDbObservationConnectionListener(ObservationRegistry observationRegistry) {
		return new ObservationConnectionListener(observationRegistry);
	}

}
