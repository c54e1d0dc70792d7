package io.github.dynamoconnection.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties;
import io.github.dynamoconnection.autoconfigure.NamedDynamoDbConnections;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@link DynamoDbHealthIndicator}, under
 * the key {@code dynamodb}; {@code management.health.dynamodb.enabled=false} removes it. With named
 * connections ({@code dynamodb.connections.<name>}) {@code dynamodb} is a composite: {@code default}
 * and one indicator per name.
 */
@AutoConfiguration(after = DynamoDbAutoConfiguration.class)
@ConditionalOnClass({ DynamoDbClient.class, AbstractHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(DynamoDbClient.class)
@ConditionalOnEnabledHealthIndicator("dynamodb")
@EnableConfigurationProperties(DynamoDbProperties.class)
public final class DynamoDbHealthContributorAutoConfiguration {

	private static final String DEFAULT_CONNECTION = "default";

	@Bean
	@ConditionalOnMissingBean(name = { "dynamoDbHealthIndicator", "dynamodbHealthIndicator" })
	HealthContributor dynamodbHealthIndicator(DynamoDbClient dynamoDbClient, DynamoDbProperties properties,
			ObjectProvider<NamedDynamoDbConnections> namedConnections, ListableBeanFactory beanFactory) {
		DynamoDbHealthIndicator defaultIndicator = indicator(dynamoDbClient, properties);
		if (properties.getConnections().isEmpty()) {
			return defaultIndicator;
		}
		Map<String, HealthContributor> contributors = new LinkedHashMap<>();
		contributors.put(DEFAULT_CONNECTION, defaultIndicator);
		for (String name : properties.getConnections().keySet()) {
			contributors.put(name, indicator(beanFactory.getBean(name + "DynamoDbClient", DynamoDbClient.class),
					namedConnections.getObject().mergedProperties(name)));
		}
		return CompositeHealthContributor.fromMap(contributors);
	}

	private static DynamoDbHealthIndicator indicator(DynamoDbClient client, DynamoDbProperties properties) {
		String prefix = (properties.getTablePrefix() != null) ? properties.getTablePrefix() : "";
		List<String> tableNames = properties.getHealth().getTables().stream().map((name) -> prefix + name).toList();
		return new DynamoDbHealthIndicator(client, tableNames, properties.getHealth().getTimeout());
	}

}
