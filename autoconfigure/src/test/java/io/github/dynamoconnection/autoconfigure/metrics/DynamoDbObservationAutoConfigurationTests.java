package io.github.dynamoconnection.autoconfigure.metrics;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.RecordingDynamoDbServer;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoDbObservationAutoConfiguration}.
 */
class DynamoDbObservationAutoConfigurationTests {

	private final RecordingDynamoDbServer server = RecordingDynamoDbServer.start();

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DynamoDbObservationAutoConfiguration.class, DynamoDbAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class))
		.withPropertyValues("dynamodb.host=" + this.server.endpoint(), "dynamodb.region=us-east-1",
				"dynamodb.table-prefix=dev-", "dynamodb.credentials.access-key-id=test",
				"dynamodb.credentials.secret-access-key=test");

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void runWithObservationRegistryShouldObserveEveryCall() {
		this.contextRunner.withBean(ObservationRegistry.class, this::recordingRegistry).run((context) -> {
			assertThat(context).hasSingleBean(ObservationConnectionListener.class);
			context.getBean(Connection.class).describeTable("Thread");
			assertThat(this.stopped).singleElement().satisfies((observation) -> {
				assertThat(observation.getName()).isEqualTo(ObservationConnectionListener.NAME);
				assertThat(observation.getContextualName()).isEqualTo("dynamodb DescribeTable");
				assertThat(observation.getLowCardinalityKeyValue("operation").getValue()).isEqualTo("DescribeTable");
				assertThat(observation.getLowCardinalityKeyValue("table").getValue()).isEqualTo("dev-Thread");
				assertThat(observation.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("success");
			});
		});
	}

	@Test
	void runWithoutObservationRegistryShouldNotCreateListener() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(ObservationConnectionListener.class));
	}

	@Test
	void runWithoutMicrometerObservationShouldNotCreateListener() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class, ObservationRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ObservationConnectionListener.class));
	}

	private ObservationRegistry recordingRegistry() {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				DynamoDbObservationAutoConfigurationTests.this.stopped.add(context);
			}

		});
		return registry;
	}

}
