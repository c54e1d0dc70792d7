package io.github.dynamoconnection.autoconfigure.metrics;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.DynamoDbConnectionDetails;
import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbConnectionDetails;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.exceptions.ConditionalCheckFailedException;
import io.github.dynamoconnection.expression.Condition;
import io.github.dynamoconnection.listener.ConnectionListener;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that each {@code Connection} call has exactly one {@code dynamodb.connection.call} timer
 * sample with Boot's own observation and metrics auto-configuration: recorded by the
 * {@link ConnectionCallTimer} when observations would only be meters, by the observation when a
 * tracing-like handler is there too, with the same meters either way.
 */
class ConnectionCallMetersTests {

	private static final String CALL = DefaultDynamoDbObservationConvention.CONNECTION_CALL_NAME;

	private final EmbeddedDynamoDb engine = EmbeddedDynamoDb.start();

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
				DynamoDbMetricsAutoConfiguration.class, DynamoDbObservationAutoConfiguration.class,
				DynamoDbAutoConfiguration.class))
		.withBean(DynamoDbConnectionDetails.class, () -> new EmbeddedDynamoDbConnectionDetails(this.engine))
		.withPropertyValues("dynamodb.table-prefix=dev-");

	@AfterEach
	void stopEngine() {
		this.engine.close();
	}

	@Test
	void metersOnlyShouldTimeEachCallOnceWithoutObservation() {
		this.contextRunner.run((context) -> {
			assertThat(context.getBean("dynamoDbObservationConnectionListener", ConnectionListener.class))
				.isInstanceOf(ConnectionCallTimer.class);
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			putOnceAndFailOnce(context);
			assertThat(timerCount(meters, "PutItem", "none")).isOne();
			assertThat(timerCount(meters, "PutItem", "ConditionalCheckFailedException")).isOne();
			assertThat(meters.get(CALL + ".active").tags("db.operation.name", "PutItem").longTaskTimer().activeTasks())
				.isZero();
			assertThat(meters.find("dynamodb.client.call").meters()).isEmpty();
		});
	}

	@Test
	void tracingHandlerShouldGetTheObservationAndTheTimerStaysOne() {
		this.contextRunner.withBean(ObservationHandler.class, this::recordingHandler).run((context) -> {
			assertThat(context.getBean("dynamoDbObservationConnectionListener", ConnectionListener.class))
				.isInstanceOf(ObservationConnectionListener.class);
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			putOnceAndFailOnce(context);
			assertThat(this.stopped).filteredOn((observation) -> CALL.equals(observation.getName()))
				.extracting(Observation.Context::getContextualName)
				.containsExactly("DescribeTable dev-Thread", "PutItem dev-Thread", "PutItem dev-Thread");
			assertThat(timerCount(meters, "PutItem", "none")).isOne();
			assertThat(timerCount(meters, "PutItem", "ConditionalCheckFailedException")).isOne();
			assertThat(meters.find("dynamodb.client.call").meters()).isEmpty();
		});
	}

	@Test
	void timerShouldMakeTheMetersTheObservationMakes() {
		Set<String> timed = new java.util.HashSet<>();
		Set<String> observed = new java.util.HashSet<>();
		this.contextRunner.run((context) -> timed.addAll(callMeters(context)));
		this.contextRunner.withBean(ObservationHandler.class, this::recordingHandler)
			.run((context) -> observed.addAll(callMeters(context)));
		assertThat(timed).hasSize(5).isEqualTo(observed);
	}

	@Test
	void ignoredLongTaskTimerShouldLeaveTheTimerAlone() {
		this.contextRunner.withPropertyValues("management.metrics.observations.ignored-meters=long-task-timer")
			.run((context) -> {
				MeterRegistry meters = context.getBean(MeterRegistry.class);
				putOnceAndFailOnce(context);
				assertThat(timerCount(meters, "PutItem", "none")).isOne();
				assertThat(meters.find(CALL + ".active").meters()).isEmpty();
			});
	}

	@Test
	void bootsEnableFlagShouldStillTurnTheTimerOff() {
		this.contextRunner.withPropertyValues("management.observations.enable.dynamodb=false").run((context) -> {
			putOnceAndFailOnce(context);
			assertThat(context.getBean(MeterRegistry.class).find(CALL).meters()).isEmpty();
		});
	}

	@Test
	void bootsCommonKeyValuesShouldStillTagTheTimer() {
		this.contextRunner.withPropertyValues("management.observations.key-values.region=eu").run((context) -> {
			putOnceAndFailOnce(context);
			assertThat(context.getBean(MeterRegistry.class)
				.get(CALL)
				.tags("region", "eu", "db.operation.name", "PutItem", "error.type", "none")
				.timer()
				.count()).isOne();
		});
	}

	@Test
	void customConventionShouldKeepTheObservation() {
		this.contextRunner
			.withBean(DynamoDbObservationConvention.class,
					() -> new DefaultDynamoDbObservationConvention("custom.call"))
			.run((context) -> {
				putOnceAndFailOnce(context);
				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(meters.get("custom.call").tags("db.operation.name", "PutItem").timers()).hasSize(2);
				assertThat(meters.find(CALL).meters()).isEmpty();
			});
	}

	private Set<String> callMeters(AssertableApplicationContext context) {
		putOnceAndFailOnce(context);
		this.engine.client().deleteTable((table) -> table.tableName("dev-Thread"));
		return context.getBean(MeterRegistry.class)
			.getMeters()
			.stream()
			.map(Meter::getId)
			.filter((id) -> id.getName().startsWith(CALL))
			.map((id) -> id.getName() + " " + id.getType() + " " + id.getTags())
			.collect(Collectors.toSet());
	}

	private void putOnceAndFailOnce(AssertableApplicationContext context) {
		this.engine.client()
			.createTable((table) -> table.tableName("dev-Thread")
				.keySchema((key) -> key.attributeName("id").keyType(KeyType.HASH))
				.attributeDefinitions((id) -> id.attributeName("id").attributeType(ScalarAttributeType.S))
				.billingMode(BillingMode.PAY_PER_REQUEST));
		Connection connection = context.getBean(Connection.class);
		connection.putItem("Thread", Map.of("id", "a"));
		assertThatExceptionOfType(ConditionalCheckFailedException.class).isThrownBy(() -> connection
			.putItem("Thread", Map.of("id", "a"), (options) -> options.condition(Condition.raw("attribute_not_exists(id)", Map.of(), Map.of()))));
	}

	private static double timerCount(MeterRegistry meters, String operation, String errorType) {
		return meters.get(CALL)
			.tags("db.operation.name", operation, "aws.dynamodb.table_names", "dev-Thread", "error.type", errorType,
					"dynamodb.connection.name", "default")
			.timer()
			.count();
	}

	private ObservationHandler<Observation.Context> recordingHandler() {
		return StoppedObservations.handlerInto(this.stopped);
	}

}
