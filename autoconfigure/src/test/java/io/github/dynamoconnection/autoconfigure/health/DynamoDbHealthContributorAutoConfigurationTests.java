package io.github.dynamoconnection.autoconfigure.health;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.RecordingDynamoDbServer;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoDbHealthContributorAutoConfiguration}.
 */
class DynamoDbHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DynamoDbAutoConfiguration.class, DynamoDbHealthContributorAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class))
		.withPropertyValues("dynamodb.host=http://127.0.0.1:1", "dynamodb.region=us-east-1");

	@Test
	void runShouldCreateIndicatorNamedDynamodb() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(DynamoDbHealthIndicator.class)
			.hasBean("dynamodbHealthIndicator"));
	}

	@Test
	void runWhenDisabledShouldNotCreateIndicator() {
		this.contextRunner.withPropertyValues("management.health.dynamodb.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DynamoDbHealthIndicator.class));
	}

	@Test
	void runWithoutHealthModuleShouldNotCreateIndicator() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class, AbstractHealthIndicator.class))
			.run((context) -> assertThat(context).doesNotHaveBean(DynamoDbHealthIndicator.class));
	}

	@Test
	void runWithoutDynamoDbClientShouldNotCreateIndicator() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DynamoDbHealthContributorAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(DynamoDbHealthIndicator.class));
	}

	@Test
	void runWithHealthTablesShouldDescribePrefixedTables() {
		try (RecordingDynamoDbServer server = RecordingDynamoDbServer.start()) {
			this.contextRunner.withPropertyValues("dynamodb.host=" + server.endpoint(), "dynamodb.table-prefix=dev-",
					"dynamodb.health.tables=Thread", "dynamodb.credentials.access-key-id=test",
					"dynamodb.credentials.secret-access-key=test")
				.run((context) -> {
					Health health = context.getBean(DynamoDbHealthIndicator.class).health(true);
					assertThat(health.getStatus()).isEqualTo(Status.UP);
					assertThat(server.requests()).singleElement()
						.satisfies((request) -> assertThat(request.body()).contains("\"TableName\":\"dev-Thread\""));
				});
		}
	}

}
