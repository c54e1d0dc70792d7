package io.github.dynamoconnection.test.autoconfigure;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.DynamoDbConnectionDetails;
import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbAutoConfiguration;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link EmbeddedDynamoDbTestAutoConfiguration} (what
 * {@link AutoConfigureEmbeddedDynamoDb @AutoConfigureEmbeddedDynamoDb} imports) replaces a client
 * or connection details the application defines for an unreachable endpoint with ones on the
 * engine, keeping their bean names.
 */
class AutoConfigureEmbeddedDynamoDbReplaceTests {

	private static final URI UNREACHABLE = URI.create("http://127.0.0.1:1");

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedDynamoDbAutoConfiguration.class,
				EmbeddedDynamoDbTestAutoConfiguration.class, DynamoDbAutoConfiguration.class))
		.withPropertyValues("dynamodb.embedded.enabled=true", "dynamodb.region=us-east-1");

	@Test
	void userDefinedClientIsReplacedByOneOnTheEngine() {
		this.contextRunner
			.withBean("ordersDynamoDb", DynamoDbClient.class,
					() -> DynamoDbClient.builder().region(Region.US_EAST_1).endpointOverride(UNREACHABLE).build())
			.run((context) -> {
				assertThat(context).hasSingleBean(EmbeddedDynamoDb.class).hasBean("ordersDynamoDb");
				DynamoDbClient client = context.getBean("ordersDynamoDb", DynamoDbClient.class);
				Connection connection = context.getBean(Connection.class);
				connection.createTable("Orders", (table) -> table.hashKey("id", ScalarAttributeType.S).waitUntilActive());
				assertThat(client.listTables().tableNames()).containsExactly("Orders");
				assertThat(context.getBean(EmbeddedDynamoDb.class).client().listTables().tableNames())
					.containsExactly("Orders");
			});
	}

	@Test
	void userDefinedConnectionDetailsAreReplacedByTheEngines() {
		this.contextRunner.withBean("ordersDetails", DynamoDbConnectionDetails.class, UnreachableDetails::new)
			.run((context) -> {
				assertThat(context).hasSingleBean(EmbeddedDynamoDb.class);
				assertThat(context.getBean("ordersDetails", DynamoDbConnectionDetails.class).endpoint())
					.isEqualTo(context.getBean(EmbeddedDynamoDb.class).endpoint());
				assertThat(context.getBean(Connection.class).listTables()).isEmpty();
			});
	}

	@Test
	void withoutTheAnnotationsPropertyUserBeansStay() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(EmbeddedDynamoDbAutoConfiguration.class,
					EmbeddedDynamoDbTestAutoConfiguration.class, DynamoDbAutoConfiguration.class))
			.withBean("ordersDetails", DynamoDbConnectionDetails.class, UnreachableDetails::new)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(EmbeddedDynamoDb.class);
				assertThat(context.getBean(DynamoDbConnectionDetails.class).endpoint()).isEqualTo(UNREACHABLE);
			});
	}

	static class UnreachableDetails implements DynamoDbConnectionDetails {

		@Override
		public URI endpoint() {
			return UNREACHABLE;
		}

		@Override
		public Region region() {
			return Region.US_EAST_1;
		}

		@Override
		public AwsCredentialsProvider credentialsProvider() {
			return AnonymousCredentialsProvider.create();
		}

	}

}
