package io.github.dynamoconnection.autoconfigure.metrics;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.RecordingDynamoDbServer;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.exceptions.ConditionalCheckFailedException;
import io.github.dynamoconnection.expression.Condition;
import io.github.dynamoconnection.testsupport.MotoServer;
import io.github.dynamoconnection.testsupport.MotoServerExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
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
	void runWithMeterRegistryShouldCreatePublisherAndListener() {
		this.contextRunner.withPropertyValues("dynamodb.host=" + this.server.endpoint())
			.run((context) -> assertThat(context).hasSingleBean(MicrometerMetricPublisher.class)
				.hasSingleBean(MicrometerConnectionListener.class));
	}

	@Test
	void runWhenDisabledShouldNotRecord() {
		this.contextRunner.withPropertyValues("dynamodb.host=" + this.server.endpoint(), "dynamodb.metrics.enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(MicrometerMetricPublisher.class)
					.doesNotHaveBean(MicrometerConnectionListener.class);
				context.getBean(Connection.class).listTables();
				assertThat(context.getBean(MeterRegistry.class).find(MicrometerMetricPublisher.API_CALL).meters())
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
				.doesNotHaveBean(MicrometerMetricPublisher.class));
	}

	@Test
	void runWithoutMicrometerShouldNotCreateMeters() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class, MeterRegistry.class))
			.withPropertyValues("dynamodb.host=" + this.server.endpoint())
			.run((context) -> assertThat(context).doesNotHaveBean(MicrometerMetricPublisher.class)
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
			assertThat(registry.get(MicrometerMetricPublisher.API_CALL)
				.tags("operation", "PutItem", "outcome", "success")
				.timer()
				.count()).isOne();
			assertThat(registry.get(MicrometerMetricPublisher.SERVICE_CALL)
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
			assertThat(registry.get(MicrometerMetricPublisher.ERRORS).tag("operation", "PutItem").counter().count())
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
				assertThat(registry.get(MicrometerMetricPublisher.THROTTLED).tag("operation", "GetItem").counter().count())
					.isEqualTo(3);
				assertThat(registry.get(MicrometerMetricPublisher.RETRIES).tag("operation", "GetItem").counter().count())
					.isEqualTo(2);
				assertThat(registry.get(MicrometerMetricPublisher.API_CALL)
					.tags("operation", "GetItem", "outcome", "throttling")
					.timer()
					.count()).isOne();
				assertThat(registry.get(MicrometerMetricPublisher.ERRORS)
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
