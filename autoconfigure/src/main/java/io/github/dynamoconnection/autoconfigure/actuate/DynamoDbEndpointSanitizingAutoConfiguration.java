package io.github.dynamoconnection.autoconfigure.actuate;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the {@link DynamoDbSanitizingFunction} that
 * keeps DynamoDB credentials and extra headers out of actuator endpoints.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class DynamoDbEndpointSanitizingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DynamoDbSanitizingFunction dynamoDbSanitizingFunction() {
		return new DynamoDbSanitizingFunction();
	}

}
