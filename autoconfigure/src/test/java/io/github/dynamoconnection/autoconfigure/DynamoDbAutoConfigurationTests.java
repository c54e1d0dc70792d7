package io.github.dynamoconnection.autoconfigure;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.batch.BatchSettings;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.internal.operation.Operations;
import io.github.dynamoconnection.listener.CallContext;
import io.github.dynamoconnection.listener.ConnectionListener;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.test.util.ReflectionTestUtils;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DynamoDbAutoConfiguration}, against a {@link RecordingDynamoDbServer} that shows
 * what the client sends.
 */
class DynamoDbAutoConfigurationTests {

	private final RecordingDynamoDbServer server = RecordingDynamoDbServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoDbAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class))
		.withPropertyValues("dynamodb.host=" + this.server.endpoint(), "dynamodb.region=eu-west-1",
				"dynamodb.credentials.access-key-id=AKIDTESTKEY", "dynamodb.credentials.secret-access-key=s3cr3t");

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void runShouldCreateConnectionDetailsClientAndConnection() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(PropertiesDynamoDbConnectionDetails.class)
			.hasSingleBean(DynamoDbClient.class)
			.hasSingleBean(Connection.class));
	}

	@Test
	void runShouldPointClientAtHostAndRegion() {
		this.contextRunner.run((context) -> {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			assertThat(client.serviceClientConfiguration().endpointOverride()).contains(this.server.endpoint());
			assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
		});
	}

	@Test
	void runShouldSignWithStaticCredentials() {
		this.contextRunner.run((context) -> {
			context.getBean(DynamoDbClient.class).listTables();
			assertThat(this.server.requests().get(0).header("Authorization"))
				.contains("Credential=AKIDTESTKEY/")
				.contains("/eu-west-1/dynamodb/")
				.doesNotContain("s3cr3t");
		});
	}

	@Test
	void runShouldSendExtraHeaders() {
		this.contextRunner.withPropertyValues("dynamodb.extra-headers.X-Tenant=acme").run((context) -> {
			context.getBean(DynamoDbClient.class).listTables();
			assertThat(this.server.requests().get(0).header("X-Tenant")).isEqualTo("acme");
		});
	}

	@Test
	void runShouldApplyApiCallTimeoutAndRetries() {
		this.contextRunner.withPropertyValues("dynamodb.api-call-timeout=7s", "dynamodb.retry.mode=standard",
				"dynamodb.retry.max-attempts=5")
			.run((context) -> {
				var configuration = context.getBean(DynamoDbClient.class)
					.serviceClientConfiguration()
					.overrideConfiguration();
				assertThat(configuration.apiCallTimeout()).contains(Duration.ofSeconds(7));
				assertThat(configuration.retryStrategy()).hasValueSatisfying(
						(strategy) -> assertThat(strategy.maxAttempts()).isEqualTo(5));
			});
	}

	@Test
	void runWithReadTimeoutShouldFailCallToSilentEndpoint() throws Exception {
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			this.contextRunner
				.withPropertyValues("dynamodb.host=http://127.0.0.1:" + silent.getLocalPort(), "dynamodb.read-timeout=200ms",
						"dynamodb.retry.max-attempts=1")
				.run((context) -> assertThatExceptionOfType(SdkClientException.class)
					.isThrownBy(() -> context.getBean(DynamoDbClient.class).listTables())
					.withRootCauseInstanceOf(SocketTimeoutException.class));
		}
	}

	@Test
	void runShouldApplyTablePrefixThroughConnection() {
		this.contextRunner.withPropertyValues("dynamodb.table-prefix=dev-").run((context) -> {
			context.getBean(Connection.class).describeTable("Thread");
			assertThat(this.server.requests().get(0).body()).contains("\"TableName\":\"dev-Thread\"");
		});
	}

	@Test
	void runShouldApplyBatchConcurrencyToTheConnection() {
		this.contextRunner.withPropertyValues("dynamodb.batch.concurrency=3")
			.run((context) -> assertThat(batchConcurrency(context.getBean(Connection.class))).isEqualTo(3));
		this.contextRunner.withPropertyValues("dynamodb.max-pool-connections=5")
			.run((context) -> assertThat(batchConcurrency(context.getBean(Connection.class))).isEqualTo(5));
		this.contextRunner.run((context) -> assertThat(batchConcurrency(context.getBean(Connection.class)))
			.isEqualTo(BatchSettings.DEFAULT_CONCURRENCY));
		this.contextRunner.withPropertyValues("dynamodb.batch.concurrency=0")
			.run((context) -> assertThat(context).hasFailed());
	}

	/** The connection's batch settings are internal: read them where the connection keeps them. */
	private static int batchConcurrency(Connection connection) {
		Object driver = ReflectionTestUtils.getField(connection, "driver");
		Operations operations = (Operations) ReflectionTestUtils.getField(driver, "ops");
		return operations.state().batch().concurrency();
	}

	@Test
	void runShouldApplyCustomizersInOrderAfterProperties() {
		this.contextRunner.withUserConfiguration(CustomizersConfiguration.class).run((context) -> {
			assertThat(context.getBean(CustomizersConfiguration.class).calls).containsExactly("first", "second");
			assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().region())
				.isEqualTo(Region.AP_SOUTH_1);
		});
	}

	@Test
	void runShouldRegisterListenerBeansOnConnection() {
		this.contextRunner.withUserConfiguration(ListenerConfiguration.class).run((context) -> {
			context.getBean(Connection.class).describeTable("Thread");
			assertThat(context.getBean(ListenerConfiguration.class).operations).containsExactly("DescribeTable");
		});
	}

	@Test
	void runWithUserConnectionDetailsShouldBackOff() {
		this.contextRunner.withUserConfiguration(ConnectionDetailsConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(DynamoDbConnectionDetails.class)
				.doesNotHaveBean(PropertiesDynamoDbConnectionDetails.class);
			assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().endpointOverride())
				.contains(URI.create("http://127.0.0.1:1"));
		});
	}

	@Test
	void runWithUserClientShouldBackOffAndWrapIt() {
		this.contextRunner.withUserConfiguration(ClientConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(DynamoDbClient.class).hasBean("userClient");
			context.getBean(Connection.class).describeTable("Thread");
			assertThat(this.server.requests().get(0).header("Authorization")).contains("Credential=USERKEY/");
		});
	}

	@Test
	void runWithUserConnectionShouldBackOff() {
		this.contextRunner.withUserConfiguration(ConnectionConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(Connection.class).hasBean("userConnection"));
	}

	@Test
	void runWithoutConnectionClassShouldNotConfigure() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Connection.class, EmbeddedDynamoDb.class))
			.run((context) -> assertThat(context).doesNotHaveBean(DynamoDbClient.class)
				.doesNotHaveBean(DynamoDbConnectionDetails.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizersConfiguration {

		final List<String> calls = new ArrayList<>();

		@Bean
		@Order(2)
		DynamoDbClientBuilderCustomizer second() {
			return (builder) -> {
				this.calls.add("second");
				builder.region(Region.AP_SOUTH_1);
			};
		}

		@Bean
		@Order(1)
		DynamoDbClientBuilderCustomizer first() {
			return (builder) -> this.calls.add("first");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ListenerConfiguration {

		final List<String> operations = new ArrayList<>();

		@Bean
		ConnectionListener recordingListener() {
			return new ConnectionListener() {

				@Override
				public void beforeCall(CallContext call) {
					ListenerConfiguration.this.operations.add(call.operation());
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectionDetailsConfiguration {

		@Bean
		DynamoDbConnectionDetails userConnectionDetails() {
			return new DynamoDbConnectionDetails() {

				@Override
				public URI endpoint() {
					return URI.create("http://127.0.0.1:1");
				}

				@Override
				public Region region() {
					return Region.US_WEST_2;
				}

				@Override
				public AwsCredentialsProvider credentialsProvider() {
					return AnonymousCredentialsProvider.create();
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ClientConfiguration {

		@Bean
		DynamoDbClient userClient(DynamoDbConnectionDetails details) {
			return DynamoDbClient.builder()
				.endpointOverride(details.endpoint())
				.region(Region.US_EAST_1)
				.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("USERKEY", "secret")))
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectionConfiguration {

		@Bean
		Connection userConnection(DynamoDbClient client) {
			return Connection.builder().client(client).build();
		}

	}

}
