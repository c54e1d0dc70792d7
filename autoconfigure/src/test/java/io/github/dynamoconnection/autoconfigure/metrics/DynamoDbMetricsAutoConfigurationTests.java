package io.github.dynamoconnection.autoconfigure.metrics;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.RecordingDynamoDbServer;
import io.github.dynamoconnection.autoconfigure.RecordingDynamoDbServer.Fault;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.exceptions.ConditionalCheckFailedException;
import io.github.dynamoconnection.expression.Condition;
import io.github.dynamoconnection.testsupport.MotoServer;
import io.github.dynamoconnection.testsupport.MotoServerExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DynamoDbMetricsAutoConfiguration}: conditions, and meters recorded by real calls
 * against moto_server and against a local server that throttles.
 */
@ExtendWith(MotoServerExtension.class)
class DynamoDbMetricsAutoConfigurationTests {

	private final RecordingDynamoDbServer server = RecordingDynamoDbServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoDbMetricsAutoConfiguration.class,
				DynamoDbObservationAutoConfiguration.class, DynamoDbAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class))
		.withBean(SimpleMeterRegistry.class)
		.withPropertyValues("dynamodb.region=us-east-1", "dynamodb.credentials.access-key-id=test",
				"dynamodb.credentials.secret-access-key=test");

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void runWithMeterRegistryShouldAddInterceptorAndListenerButNoMetricPublisher() {
		this.contextRunner.withPropertyValues("dynamodb.host=" + this.server.endpoint()).run((context) -> {
			assertThat(context).hasSingleBean(ClientMeters.class)
				.hasSingleBean(MicrometerConnectionListener.class)
				.doesNotHaveBean(MicrometerMetricPublisher.class);
			ClientOverrideConfiguration configuration = context.getBean(DynamoDbClient.class)
				.serviceClientConfiguration()
				.overrideConfiguration();
			assertThat(configuration.metricPublishers()).isEmpty();
			assertThat(configuration.executionInterceptors()).filteredOn(MeteringExecutionInterceptor.class::isInstance)
				.hasSize(1);
			ClientOverrideConfiguration async = context.getBean(DynamoDbAsyncClient.class)
				.serviceClientConfiguration()
				.overrideConfiguration();
			assertThat(async.metricPublishers()).isEmpty();
			assertThat(async.executionInterceptors()).filteredOn(MeteringExecutionInterceptor.class::isInstance)
				.hasSize(1);
			context.getBean(DynamoDbClient.class).listTables();
			assertThat(context.getBean(MeterRegistry.class).find(MicrometerMetricPublisher.HTTP_MAX).meters()).isEmpty();
		});
	}

	@Test
	void httpPoolEnabledShouldPublishPoolGaugesFromBothClients() {
		this.contextRunner
			.withPropertyValues("dynamodb.host=" + this.server.endpoint(), "dynamodb.metrics.http-pool.enabled=true")
			.run((context) -> {
				assertThat(context).hasSingleBean(MicrometerMetricPublisher.class);
				MicrometerMetricPublisher publisher = context.getBean(MicrometerMetricPublisher.class);
				assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().overrideConfiguration()
					.metricPublishers()).containsExactly(publisher);
				assertThat(context.getBean(DynamoDbAsyncClient.class).serviceClientConfiguration().overrideConfiguration()
					.metricPublishers()).containsExactly(publisher);
				context.getBean(DynamoDbClient.class).listTables();
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				for (String gauge : new String[] { MicrometerMetricPublisher.HTTP_LEASED, MicrometerMetricPublisher.HTTP_AVAILABLE,
						MicrometerMetricPublisher.HTTP_PENDING, MicrometerMetricPublisher.HTTP_MAX }) {
					assertThat(registry.get(gauge).tag("dynamodb.connection.name", "default").gauge()).as(gauge).isNotNull();
				}
				assertThat(registry.get(MicrometerMetricPublisher.HTTP_MAX).gauge().value()).isPositive();
				assertThat(registry.get(MeteringExecutionInterceptor.API_CALL).tag("operation", "ListTables").timer().count())
					.isOne();
			});
	}

	@Test
	void throttledThenSuccessfulCallShouldCountEachAttempt() {
		this.server.fail("GetItem", Fault.THROTTLE, Fault.THROTTLE);
		this.contextRunner.withPropertyValues("dynamodb.host=" + this.server.endpoint(), "dynamodb.retry.max-attempts=3")
			.run((context) -> {
				getItem(context.getBean(DynamoDbClient.class));
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				Timer call = registry.get(MeteringExecutionInterceptor.API_CALL)
					.tags("operation", "GetItem", "outcome", "success", "dynamodb.connection.name", "default")
					.timer();
				assertThat(call.count()).isOne();
				Timer throttled = attempts(registry, "throttling", "400");
				assertThat(throttled.count()).isEqualTo(2);
				assertThat(attempts(registry, "success", "200").count()).isOne();
				assertThat(call.totalTime(TimeUnit.NANOSECONDS))
					.isGreaterThan(throttled.totalTime(TimeUnit.NANOSECONDS));
				assertThat(counter(registry, MeteringExecutionInterceptor.RETRIES)).isEqualTo(2);
				assertThat(counter(registry, MeteringExecutionInterceptor.THROTTLED)).isEqualTo(2);
				assertThat(registry.get(MeteringExecutionInterceptor.ERRORS)
					.tags("operation", "GetItem", "error.type", "throttling")
					.counter()
					.count()).isEqualTo(2);
				assertThat(registry.find(MeteringExecutionInterceptor.API_CALL).tag("outcome", "throttling").timers())
					.isEmpty();
			});
	}

	@Test
	void serverErrorsShouldBeCountedByTypeAndStatus() {
		this.server.fail("GetItem", Fault.SERVER_ERROR, Fault.SERVER_ERROR);
		this.contextRunner.withPropertyValues("dynamodb.host=" + this.server.endpoint(), "dynamodb.retry.max-attempts=2")
			.run((context) -> {
				assertThatExceptionOfType(DynamoDbException.class)
					.isThrownBy(() -> getItem(context.getBean(DynamoDbClient.class)))
					.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(500));
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get(MeteringExecutionInterceptor.API_CALL)
					.tags("operation", "GetItem", "outcome", "server_error")
					.timer()
					.count()).isOne();
				assertThat(attempts(registry, "server_error", "500").count()).isEqualTo(2);
				assertThat(registry.get(MeteringExecutionInterceptor.ERRORS)
					.tags("operation", "GetItem", "error.type", "server_error")
					.counter()
					.count()).isEqualTo(2);
				assertThat(counter(registry, MeteringExecutionInterceptor.RETRIES)).isOne();
				assertThat(registry.find(MeteringExecutionInterceptor.THROTTLED).counters()).isEmpty();
			});
	}

	@Test
	void validationErrorShouldBeOneFailedAttemptOfTypeOther() {
		this.server.fail("GetItem", Fault.VALIDATION);
		this.contextRunner.withPropertyValues("dynamodb.host=" + this.server.endpoint(), "dynamodb.retry.max-attempts=3")
			.run((context) -> {
				assertThatExceptionOfType(DynamoDbException.class)
					.isThrownBy(() -> getItem(context.getBean(DynamoDbClient.class)));
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get(MeteringExecutionInterceptor.API_CALL)
					.tags("operation", "GetItem", "outcome", "other")
					.timer()
					.count()).isOne();
				assertThat(attempts(registry, "other", "400").count()).isOne();
				assertThat(registry.get(MeteringExecutionInterceptor.ERRORS)
					.tags("operation", "GetItem", "error.type", "other")
					.counter()
					.count()).isOne();
				assertThat(registry.find(MeteringExecutionInterceptor.RETRIES).counters()).isEmpty();
			});
	}

	@Test
	void asyncClientShouldRecordTheSameMeters() {
		this.server.fail("GetItem", Fault.THROTTLE);
		this.contextRunner.withPropertyValues("dynamodb.host=" + this.server.endpoint(), "dynamodb.retry.max-attempts=3")
			.run((context) -> {
				context.getBean(DynamoDbAsyncClient.class)
					.getItem((request) -> request.tableName("t").key(Map.of("id", attribute("a"))))
					.join();
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get(MeteringExecutionInterceptor.API_CALL)
					.tags("operation", "GetItem", "outcome", "success")
					.timer()
					.count()).isOne();
				assertThat(attempts(registry, "throttling", "400").count()).isOne();
				assertThat(attempts(registry, "success", "200").count()).isOne();
				assertThat(counter(registry, MeteringExecutionInterceptor.RETRIES)).isOne();
				assertThat(counter(registry, MeteringExecutionInterceptor.THROTTLED)).isOne();
			});
	}

	@Test
	void unreachableServerShouldCountIoErrors() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		this.contextRunner.withPropertyValues("dynamodb.host=http://127.0.0.1:" + closedPort, "dynamodb.retry.max-attempts=2")
			.run((context) -> {
				assertThatExceptionOfType(SdkClientException.class)
					.isThrownBy(() -> getItem(context.getBean(DynamoDbClient.class)));
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get(MeteringExecutionInterceptor.ERRORS)
					.tags("operation", "GetItem", "error.type", "io")
					.counter()
					.count()).isEqualTo(2);
				assertThat(attempts(registry, "io", "none").count()).isEqualTo(2);
				assertThat(registry.get(MeteringExecutionInterceptor.API_CALL).tag("outcome", "io").timer().count())
					.isOne();
			});
	}

	private static void getItem(DynamoDbClient client) {
		client.getItem((request) -> request.tableName("t").key(Map.of("id", attribute("a"))));
	}

	private static Timer attempts(MeterRegistry registry, String outcome, String status) {
		return registry.get(MeteringExecutionInterceptor.SERVICE_CALL)
			.tags("operation", "GetItem", "outcome", outcome, "http.status_code", status)
			.timer();
	}

	private static double counter(MeterRegistry registry, String name) {
		return registry.get(name).tag("operation", "GetItem").counter().count();
	}

	@Test
	void runWhenDisabledShouldNotRecord() {
		this.contextRunner.withPropertyValues("dynamodb.host=" + this.server.endpoint(), "dynamodb.metrics.enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(ClientMeters.class)
					.doesNotHaveBean(MicrometerConnectionListener.class);
				context.getBean(Connection.class).listTables();
				assertThat(context.getBean(MeterRegistry.class).find(MeteringExecutionInterceptor.API_CALL).meters())
					.isEmpty();
			});
	}

	@Test
	void runWithoutMeterRegistryBeanShouldNotCreateMeters() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(DynamoDbMetricsAutoConfiguration.class, DynamoDbAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class))
			.withPropertyValues("dynamodb.host=" + this.server.endpoint(), "dynamodb.region=us-east-1")
			.run((context) -> assertThat(context).hasSingleBean(Connection.class)
				.doesNotHaveBean(ClientMeters.class));
	}

	@Test
	void runWithoutMicrometerShouldNotCreateMeters() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class, MeterRegistry.class))
			.withPropertyValues("dynamodb.host=" + this.server.endpoint())
			.run((context) -> assertThat(context).doesNotHaveBean(ClientMeters.class)
				.doesNotHaveBean(MicrometerConnectionListener.class));
	}

	@Test
	void realCallsAgainstMotoShouldRecordClientAndConnectionMeters(MotoServer moto) {
		this.contextRunner.withPropertyValues("dynamodb.host=" + moto.endpoint()).run((context) -> {
			Connection connection = context.getBean(Connection.class);
			String table = createTable(connection);
			connection.putItem(table, Map.of("id", "a", "v", 1),
					(options) -> options.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get(MeteringExecutionInterceptor.API_CALL)
				.tags("operation", "PutItem", "outcome", "success")
				.timer()
				.count()).isOne();
			assertThat(registry.get(MeteringExecutionInterceptor.SERVICE_CALL)
				.tags("operation", "PutItem", "outcome", "success")
				.timer()
				.count()).isOne();
			assertThat(registry.get(DefaultDynamoDbObservationConvention.CONNECTION_CALL_NAME)
				.tags("db.operation.name", "PutItem", "aws.dynamodb.table_names", table, "error.type", "none")
				.timer()
				.count()).isOne();
			assertThat(registry.find("dynamodb.connection.calls").meters()).isEmpty();
			assertThat(registry.get(MicrometerConnectionListener.CONSUMED_WRITE).tag("table", table).counter().count())
				.isPositive();
		});
	}

	@Test
	void failedConditionAgainstMotoShouldCountConditionalCheckFailureAndError(MotoServer moto) {
		this.contextRunner.withPropertyValues("dynamodb.host=" + moto.endpoint()).run((context) -> {
			Connection connection = context.getBean(Connection.class);
			String table = createTable(connection);
			connection.putItem(table, Map.of("id", "a"));
			assertThatExceptionOfType(ConditionalCheckFailedException.class).isThrownBy(() -> connection.putItem(table,
					Map.of("id", "a"), (options) -> options
						.condition(Condition.raw("attribute_not_exists(id)", Map.of(), Map.of()))));
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get(MicrometerConnectionListener.CONDITIONAL_CHECK_FAILURES)
				.tags("operation", "PutItem", "table", table)
				.counter()
				.count()).isOne();
			assertThat(registry.get(DefaultDynamoDbObservationConvention.CONNECTION_CALL_NAME)
				.tags("db.operation.name", "PutItem", "error.type", "ConditionalCheckFailedException")
				.timer()
				.count()).isOne();
			assertThat(registry.get(MeteringExecutionInterceptor.ERRORS).tag("operation", "PutItem").counter().count())
				.isOne();
		});
	}

	@Test
	void throttledCallsShouldCountThrottlingAndRetries() {
		this.server.throttle("GetItem");
		this.contextRunner.withPropertyValues("dynamodb.host=" + this.server.endpoint(), "dynamodb.retry.max-attempts=3")
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				assertThatExceptionOfType(ProvisionedThroughputExceededException.class).isThrownBy(() -> client
					.getItem((request) -> request.tableName("t").key(Map.of("id", attribute("a")))));
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get(MeteringExecutionInterceptor.THROTTLED).tag("operation", "GetItem").counter().count())
					.isEqualTo(3);
				assertThat(registry.get(MeteringExecutionInterceptor.RETRIES).tag("operation", "GetItem").counter().count())
					.isEqualTo(2);
				assertThat(registry.get(MeteringExecutionInterceptor.API_CALL)
					.tags("operation", "GetItem", "outcome", "throttling")
					.timer()
					.count()).isOne();
				assertThat(registry.get(MeteringExecutionInterceptor.ERRORS)
					.tags("operation", "GetItem", "error.type", "throttling")
					.counter()
					.count()).isEqualTo(3);
			});
	}

	private static software.amazon.awssdk.services.dynamodb.model.AttributeValue attribute(String value) {
		return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(value);
	}

	private static String createTable(Connection connection) {
		String name = "metrics-" + UUID.randomUUID();
		connection.createTable(name, (table) -> table.hashKey("id", ScalarAttributeType.S).waitUntilActive());
		return name;
	}

}
