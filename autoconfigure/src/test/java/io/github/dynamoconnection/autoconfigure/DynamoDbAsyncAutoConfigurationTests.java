package io.github.dynamoconnection.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.async.AsyncConnection;
import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbConnectionDetails;
import io.github.dynamoconnection.autoconfigure.metrics.DynamoDbMetricsAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.metrics.MeteringExecutionInterceptor;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.listener.CallContext;
import io.github.dynamoconnection.listener.CallOutcome;
import io.github.dynamoconnection.listener.ConnectionListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the async part of {@link DynamoDbAutoConfiguration}: a {@link DynamoDbAsyncClient} and
 * an {@link AsyncConnection} from the same properties when Netty is on the class path, with the
 * listeners, metric publisher and customizers of the sync one; backing off for user beans.
 */
class DynamoDbAsyncAutoConfigurationTests {

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
	void nettyOnClassPathShouldCreateAsyncClientAndConnection() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(DynamoDbAsyncClient.class)
			.hasSingleBean(AsyncConnection.class)
			.hasSingleBean(DynamoDbClient.class)
			.hasSingleBean(Connection.class));
	}

	@Test
	void withoutNettyThereShouldBeNoAsyncBeans() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class, NettyNioAsyncHttpClient.class))
			.run((context) -> assertThat(context).doesNotHaveBean(DynamoDbAsyncClient.class)
				.doesNotHaveBean(AsyncConnection.class)
				.hasSingleBean(Connection.class));
	}

	@Test
	void asyncClientShouldUseTheSameEndpointRegionCredentialsHeadersAndPrefix() {
		this.contextRunner
			.withPropertyValues("dynamodb.extra-headers.X-Tenant=acme", "dynamodb.table-prefix=dev-")
			.run((context) -> {
				DynamoDbAsyncClient client = context.getBean(DynamoDbAsyncClient.class);
				assertThat(client.serviceClientConfiguration().endpointOverride()).contains(this.server.endpoint());
				assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
				context.getBean(AsyncConnection.class).describeTable("Thread").join();
				RecordingDynamoDbServer.RecordedRequest request = this.server.requests().get(0);
				assertThat(request.header("X-Tenant")).isEqualTo("acme");
				assertThat(request.header("Authorization")).contains("Credential=AKIDTESTKEY/")
					.doesNotContain("x-tenant");
				assertThat(request.body()).contains("\"TableName\":\"dev-Thread\"");
			});
	}

	@Test
	void asyncClientShouldApplyRetrySettings() {
		this.server.throttle("GetItem");
		this.contextRunner.withPropertyValues("dynamodb.retry.max-attempts=2").run((context) -> {
			context.getBean(DynamoDbAsyncClient.class)
				.getItem((request) -> request.tableName("t").key(Map.of()))
				.exceptionally((failure) -> null)
				.join();
			assertThat(this.server.requests()).hasSize(2);
		});
	}

	@Test
	void asyncConnectionShouldTellTheListeners() {
		List<String> calls = new CopyOnWriteArrayList<>();
		this.contextRunner.withBean(ConnectionListener.class, () -> new ConnectionListener() {

			@Override
			public void afterCall(CallContext call, CallOutcome outcome) {
				calls.add(call.operation() + " " + outcome.outcomeTag());
			}

		}).run((context) -> {
			context.getBean(AsyncConnection.class).listTables().join();
			assertThat(calls).containsExactly("ListTables success");
		});
	}

	@Test
	void asyncClientShouldPublishToTheSameMetricPublisher() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DynamoDbMetricsAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.run((context) -> {
				context.getBean(DynamoDbAsyncClient.class).listTables().join();
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get(MeteringExecutionInterceptor.API_CALL)
					.tags("operation", "ListTables", "outcome", "success")
					.timer()
					.count()).isOne();
			});
	}

	@Test
	void asyncCustomizersShouldApplyInOrderAfterProperties() {
		this.contextRunner
			.withBean(DynamoDbAsyncClientBuilderCustomizer.class, () -> (builder) -> builder.region(Region.AP_SOUTH_1))
			.run((context) -> assertThat(
					context.getBean(DynamoDbAsyncClient.class).serviceClientConfiguration().region())
				.isEqualTo(Region.AP_SOUTH_1));
	}

	@Test
	void userDefinedAsyncClientShouldBeUsedByTheAsyncConnection() {
		this.contextRunner
			.withBean("myAsyncClient", DynamoDbAsyncClient.class,
					() -> DynamoDbAsyncClient.builder()
						.region(Region.US_WEST_2)
						.endpointOverride(this.server.endpoint())
						.credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials
							.create("MINE", "mine"))
						.build())
			.run((context) -> {
				assertThat(context).hasSingleBean(DynamoDbAsyncClient.class).hasBean("myAsyncClient");
				context.getBean(AsyncConnection.class).listTables().join();
				assertThat(this.server.requests().get(0).header("Authorization")).contains("Credential=MINE/");
			});
	}

	@Test
	void userDefinedAsyncConnectionShouldWin() {
		this.contextRunner
			.withBean("myAsyncConnection", AsyncConnection.class,
					() -> AsyncConnection.builder().client(DynamoDbAsyncClient.builder()
						.region(Region.US_WEST_2)
						.endpointOverride(this.server.endpoint())
						.build()).build())
			.run((context) -> assertThat(context).hasSingleBean(AsyncConnection.class).hasBean("myAsyncConnection"));
	}

	@Test
	void embeddedEngineShouldServeTheAsyncConnectionInProcess() {
		try (EmbeddedDynamoDb engine = EmbeddedDynamoDb.start()) {
			new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(DynamoDbAutoConfiguration.class))
				.withBean(DynamoDbConnectionDetails.class, () -> new EmbeddedDynamoDbConnectionDetails(engine))
				.withPropertyValues("dynamodb.table-prefix=dev-", "dynamodb.extra-headers.X-Tenant=acme")
				.run((context) -> {
					AsyncConnection connection = context.getBean(AsyncConnection.class);
					connection.createTable("Thread", (table) -> table.hashKey("id", ScalarAttributeType.S)).join();
					connection.putItem("Thread", Map.of("id", "a", "n", 1)).join();
					assertThat(connection.getItem("Thread", "a", null).join().item().get("n")).hasToString("1");
					assertThat(engine.client().listTables().tableNames()).containsExactly("dev-Thread");
				});
		}
	}

}
