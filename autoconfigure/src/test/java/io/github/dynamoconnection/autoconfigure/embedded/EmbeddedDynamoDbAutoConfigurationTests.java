package io.github.dynamoconnection.autoconfigure.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.DynamoDbConnectionDetails;
import io.github.dynamoconnection.autoconfigure.PropertiesDynamoDbConnectionDetails;
import io.github.dynamoconnection.autoconfigure.health.DynamoDbHealthContributorAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.health.DynamoDbHealthIndicator;
import io.github.dynamoconnection.autoconfigure.metrics.DynamoDbMetricsAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.metrics.DefaultDynamoDbObservationConvention;
import io.github.dynamoconnection.autoconfigure.metrics.DynamoDbObservationAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.metrics.MeteringExecutionInterceptor;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EmbeddedDynamoDbAutoConfiguration}: the embedded engine as the default
 * endpoint, and everything on top of it working against the real engine.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDynamoDbAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(EmbeddedDynamoDbAutoConfiguration.class, DynamoDbAutoConfiguration.class));

	@Test
	void runWithoutHostShouldStartEngineAndPointConnectionAtIt(CapturedOutput output) {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(EmbeddedDynamoDb.class)
				.hasSingleBean(DynamoDbConnectionDetails.class)
				.doesNotHaveBean(PropertiesDynamoDbConnectionDetails.class);
			Connection connection = context.getBean(Connection.class);
			connection.createTable("Thread", (table) -> table.hashKey("id", ScalarAttributeType.S).waitUntilActive());
			connection.putItem("Thread", Map.of("id", "a", "title", "hello"));
			assertThat(connection.getItem("Thread", "a", null).item()).containsEntry("title", "hello");
			assertThat(context.getBean(EmbeddedDynamoDb.class).client().listTables().tableNames())
				.containsExactly("Thread");
		});
		assertThat(output).containsOnlyOnce("Using the embedded DynamoDB engine");
	}

	@Test
	void runWithHostShouldNotStartEngine() {
		this.contextRunner.withPropertyValues("dynamodb.host=http://127.0.0.1:1", "dynamodb.region=us-east-1")
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedDynamoDb.class)
				.hasSingleBean(PropertiesDynamoDbConnectionDetails.class));
	}

	@Test
	void runWhenDisabledShouldNotStartEngine() {
		this.contextRunner.withPropertyValues("dynamodb.embedded.enabled=false", "dynamodb.region=us-east-1")
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedDynamoDb.class)
				.hasSingleBean(PropertiesDynamoDbConnectionDetails.class));
	}

	@Test
	void runWhenEnabledShouldStartEngineEvenWithHost() {
		this.contextRunner.withPropertyValues("dynamodb.embedded.enabled=true", "dynamodb.host=http://127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasSingleBean(EmbeddedDynamoDb.class);
				assertThat(context.getBean(Connection.class).listTables()).isEmpty();
			});
	}

	@Test
	void runWithoutEngineOnClassPathShouldNotStartIt() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class))
			.withPropertyValues("dynamodb.region=us-east-1")
			.run((context) -> assertThat(context).doesNotHaveBean("embeddedDynamoDb")
				.hasSingleBean(PropertiesDynamoDbConnectionDetails.class));
	}

	@Test
	void runWithUserConnectionDetailsShouldNotStartEngine() {
		this.contextRunner.withBean(DynamoDbConnectionDetails.class, UserConnectionDetails::new)
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedDynamoDb.class));
	}

	@Test
	void runWithUserClientShouldNotStartEngine() {
		this.contextRunner
			.withBean(DynamoDbClient.class,
					() -> DynamoDbClient.builder().region(Region.US_EAST_1).endpointOverride(URI.create("http://127.0.0.1:1")).build())
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedDynamoDb.class).hasSingleBean(Connection.class));
	}

	@Test
	void runWithPortShouldServeHttpUntilContextCloses() {
		URI[] http = new URI[1];
		this.contextRunner.withPropertyValues("dynamodb.embedded.port=0").run((context) -> {
			http[0] = context.getBean(EmbeddedDynamoDb.class).httpEndpoint();
			assertThat(http[0]).isNotNull();
			assertThat(accepts(http[0])).isTrue();
		});
		assertThat(accepts(http[0])).isFalse();
	}

	@Test
	void healthShouldBeUpAgainstEngine() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DynamoDbHealthContributorAutoConfiguration.class))
			.run((context) -> {
				Health health = context.getBean(DynamoDbHealthIndicator.class).health(true);
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("region", "us-east-1").containsKey("endpoint");
			});
	}

	@Test
	void realCallAgainstEngineShouldRecordMeters() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(DynamoDbMetricsAutoConfiguration.class,
					DynamoDbObservationAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.run((context) -> {
				context.getBean(Connection.class).listTables();
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get(MeteringExecutionInterceptor.API_CALL)
					.tags("operation", "ListTables", "outcome", "success")
					.timer()
					.count()).isOne();
				assertThat(registry.get(DefaultDynamoDbObservationConvention.CONNECTION_CALL_NAME)
					.tags("db.operation.name", "ListTables", "aws.dynamodb.table_names", "none", "error.type", "none")
					.timer()
					.count()).isOne();
			});
	}

	@Test
	void declaredTablesShouldBeCreatedInEngine() {
		this.contextRunner.withPropertyValues("dynamodb.tables.Thread.hash-key.name=forum",
				"dynamodb.tables.Thread.range-key.name=subject", "dynamodb.tables.Thread.ttl-attribute=expires")
			.run((context) -> {
				Connection connection = context.getBean(Connection.class);
				assertThat(connection.listTables()).containsExactly("Thread");
				assertThat(connection.describeTimeToLive("Thread").attributeName()).isEqualTo("expires");
			});
	}

	private static boolean accepts(URI endpoint) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	static class UserConnectionDetails implements DynamoDbConnectionDetails {

		@Override
		public URI endpoint() {
			return URI.create("http://127.0.0.1:1");
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
