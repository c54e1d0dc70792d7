package io.github.dynamoconnection.autoconfigure.health;

import java.util.List;

import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@link DynamoDbHealthIndicator}, under
 * the key {@code dynamodb}; {@code management.health.dynamodb.enabled=false} removes it.
 */
@AutoConfiguration(after = DynamoDbAutoConfiguration.class)
@ConditionalOnClass({ DynamoDbClient.class, AbstractHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(DynamoDbClient.class)
@ConditionalOnEnabledHealthIndicator("dynamodb")
@EnableConfigurationProperties(DynamoDbProperties.class)
public final class DynamoDbHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "dynamoDbHealthIndicator", "dynamodbHealthIndicator" })
	DynamoDbHealthIndicator dynamodbHealthIndicator(DynamoDbClient dynamoDbClient, DynamoDbProperties properties) {
		String prefix = (properties.getTablePrefix() != null) ? properties.getTablePrefix() : "";
		List<String> tableNames = properties.getHealth().getTables().stream().map((name) -> prefix + name).toList();
		return new DynamoDbHealthIndicator(dynamoDbClient, tableNames, properties.getHealth().getTimeout());
	}

}
