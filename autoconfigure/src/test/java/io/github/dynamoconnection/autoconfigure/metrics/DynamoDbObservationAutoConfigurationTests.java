package io.github.dynamoconnection.autoconfigure.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.async.AsyncConnection;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.DynamoDbConnectionDetails;
import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbConnectionDetails;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.exceptions.ConditionalCheckFailedException;
import io.github.dynamoconnection.expression.Condition;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import io.github.dynamoconnection.item.ScanOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DynamoDbObservationAutoConfiguration}: one observation per Connection call (sync
 * and async) with the OpenTelemetry key names, direct client calls observed once, the toggles, and
 * the one timer per call when only a MeterRegistry exists. Calls go to the embedded engine.
 */
class DynamoDbObservationAutoConfigurationTests {

	private final EmbeddedDynamoDb engine = EmbeddedDynamoDb.start();

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DynamoDbObservationAutoConfiguration.class, DynamoDbAutoConfiguration.class))
		.withBean(DynamoDbConnectionDetails.class, () -> new EmbeddedDynamoDbConnectionDetails(this.engine))
		.withPropertyValues("dynamodb.table-prefix=dev-");

	@AfterEach
	void stopEngine() {
		this.engine.close();
	}

	@Test
	void connectionCallShouldBeOneObservationWithSemanticConventionKeys() {
		this.contextRunner.withBean(ObservationRegistry.class, this::recordingRegistry).run((context) -> {
			Connection connection = context.getBean(Connection.class);
			createTable();
			connection.putItem("Thread", Map.of("id", "a"));
			assertThat(this.stopped).extracting(Observation.Context::getContextualName)
				.containsExactly("DescribeTable dev-Thread", "PutItem dev-Thread");
			assertThat(this.stopped).last().satisfies((observation) -> {
				assertThat(observation.getName()).isEqualTo("dynamodb.connection.call");
				assertThat(observation.getContextualName()).isEqualTo("PutItem dev-Thread");
				assertThat(lowCardinality(observation)).containsExactlyInAnyOrderEntriesOf(
						Map.of("db.system.name", "aws.dynamodb", "db.operation.name", "PutItem",
								"aws.dynamodb.table_names", "dev-Thread", "error.type", "none",
								"dynamodb.connection.name", "default"));
			});
		});
	}

	@Test
	void failedCallShouldCarryErrorType() {
		this.contextRunner.withBean(ObservationRegistry.class, this::recordingRegistry).run((context) -> {
			Connection connection = context.getBean(Connection.class);
			createTable();
			connection.putItem("Thread", Map.of("id", "a"));
			this.stopped.clear();
			assertThatExceptionOfType(ConditionalCheckFailedException.class).isThrownBy(() -> connection.putItem(
					"Thread", Map.of("id", "a"),
					(options) -> options.condition(Condition.raw("attribute_not_exists(id)", Map.of(), Map.of()))));
			assertThat(this.stopped).singleElement().satisfies((observation) -> {
				assertThat(observation.getLowCardinalityKeyValue("error.type").getValue())
					.isEqualTo("ConditionalCheckFailedException");
				assertThat(observation.getError()).isInstanceOf(ConditionalCheckFailedException.class);
			});
		});
	}

	@Test
	void scanShouldCarryItemCountsAsHighCardinalityKeys() {
		this.contextRunner.withBean(ObservationRegistry.class, this::recordingRegistry).run((context) -> {
			Connection connection = context.getBean(Connection.class);
			createTable();
			connection.putItem("Thread", Map.of("id", "a"));
			connection.putItem("Thread", Map.of("id", "b"));
			this.stopped.clear();
			connection.scan("Thread", ScanOptions.defaults());
			assertThat(this.stopped).singleElement().satisfies((observation) -> {
				assertThat(observation.getHighCardinalityKeyValue("aws.dynamodb.count").getValue()).isEqualTo("2");
				assertThat(observation.getHighCardinalityKeyValue("aws.dynamodb.scanned_count").getValue())
					.isEqualTo("2");
				assertThat(observation.getLowCardinalityKeyValue("aws.dynamodb.count")).isNull();
			});
		});
	}

	@Test
	void directClientCallShouldBeObservedOnce() {
		this.contextRunner.withBean(ObservationRegistry.class, this::recordingRegistry).run((context) -> {
			context.getBean(DynamoDbClient.class).listTables();
			assertThat(this.stopped).singleElement().satisfies((observation) -> {
				assertThat(observation.getName()).isEqualTo("dynamodb.client.call");
				assertThat(observation.getLowCardinalityKeyValue("db.operation.name").getValue())
					.isEqualTo("ListTables");
				assertThat(observation.getLowCardinalityKeyValue("aws.dynamodb.table_names").getValue())
					.isEqualTo("none");
			});
		});
	}

	@Test
	void directAsyncClientCallShouldBeObservedOnce() {
		this.contextRunner.withBean(ObservationRegistry.class, this::recordingRegistry).run((context) -> {
			context.getBean(DynamoDbAsyncClient.class).listTables().join();
			assertThat(this.stopped).singleElement()
				.satisfies((observation) -> assertThat(observation.getName()).isEqualTo("dynamodb.client.call"));
		});
	}

	@Test
	void asyncConnectionCallShouldBeOneObservationAndLeaveNoScopeBehind() {
		this.contextRunner.withBean(ObservationRegistry.class, this::recordingRegistry).run((context) -> {
			createTable();
			AsyncConnection connection = context.getBean(AsyncConnection.class);
			connection.putItem("Thread", Map.of("id", "warm-up")).join();
			this.stopped.clear();
			ObservationRegistry registry = context.getBean(ObservationRegistry.class);
			Observation parent = Observation.start("caller", registry);
			try (Observation.Scope scope = parent.openScope()) {
				connection.putItem("Thread", Map.of("id", "a")).join();
				assertThat(registry.getCurrentObservation()).isSameAs(parent);
			}
			parent.stop();
			assertThat(registry.getCurrentObservation()).isNull();
			assertThat(this.stopped).extracting(Observation.Context::getName).doesNotContain("dynamodb.client.call");
			assertThat(this.stopped).filteredOn((observation) -> observation != parent.getContext()
					&& "PutItem".equals(observation.getLowCardinalityKeyValue("db.operation.name").getValue()))
				.singleElement()
				.satisfies((observation) -> {
					assertThat(observation.getName()).isEqualTo("dynamodb.connection.call");
					assertThat(observation.getParentObservation()).isSameAs(parent);
				});
		});
	}

	@Test
	void clientCallsCanBeLeftUnobserved() {
		this.contextRunner.withBean(ObservationRegistry.class, this::recordingRegistry)
			.withPropertyValues("dynamodb.observations.client-calls=false")
			.run((context) -> {
				context.getBean(DynamoDbClient.class).listTables();
				context.getBean(Connection.class).listTables();
				assertThat(this.stopped).singleElement()
					.satisfies((observation) -> assertThat(observation.getName())
						.isEqualTo("dynamodb.connection.call"));
			});
	}

	@Test
	void disabledObservationsShouldObserveNothing() {
		this.contextRunner.withBean(ObservationRegistry.class, this::recordingRegistry)
			.withPropertyValues("dynamodb.observations.enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(ObservationConnectionListener.class);
				context.getBean(Connection.class).listTables();
				context.getBean(DynamoDbClient.class).listTables();
				assertThat(this.stopped).isEmpty();
			});
	}

	@Test
	void meterRegistryAloneShouldGetOneTimerPerCall() {
		this.contextRunner.withBean(SimpleMeterRegistry.class).run((context) -> {
			Connection connection = context.getBean(Connection.class);
			createTable();
			connection.putItem("Thread", Map.of("id", "a"));
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.get("dynamodb.connection.call")
				.tags("db.operation.name", "PutItem", "aws.dynamodb.table_names", "dev-Thread", "error.type", "none")
				.timer()
				.count()).isOne();
			assertThat(meters.find("dynamodb.connection.calls").meters()).isEmpty();
			assertThat(meters.find("dynamodb.client.call").meters()).isEmpty();
		});
	}

	@Test
	void runWithoutRegistriesShouldNotCreateListener() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(ObservationConnectionListener.class)
			.doesNotHaveBean(DynamoDbObservations.class));
	}

	@Test
	void runWithoutMicrometerObservationShouldNotCreateListener() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
			.withBean(ObservationRegistry.class, this::recordingRegistry)
			.run((context) -> assertThat(context).doesNotHaveBean(ObservationConnectionListener.class));
	}

	/** Creates dev-Thread with the engine's own client, which is not observed. */
	private void createTable() {
		this.engine.client()
			.createTable((table) -> table.tableName("dev-Thread")
				.keySchema((key) -> key.attributeName("id").keyType(KeyType.HASH))
				.attributeDefinitions((id) -> id.attributeName("id").attributeType(ScalarAttributeType.S))
				.billingMode(BillingMode.PAY_PER_REQUEST));
	}

	private static Map<String, String> lowCardinality(Observation.Context observation) {
		Map<String, String> values = new java.util.HashMap<>();
		for (KeyValue keyValue : observation.getLowCardinalityKeyValues()) {
			values.put(keyValue.getKey(), keyValue.getValue());
		}
		return values;
	}

	private ObservationRegistry recordingRegistry() {
		return StoppedObservations.recordingInto(this.stopped);
	}

}
