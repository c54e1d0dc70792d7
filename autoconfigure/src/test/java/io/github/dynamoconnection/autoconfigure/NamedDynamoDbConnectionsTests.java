package io.github.dynamoconnection.autoconfigure;

import io.github.dynamoconnection.autoconfigure.metrics.DynamoDbMetricsAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.metrics.MicrometerConnectionListener;
import io.github.dynamoconnection.autoconfigure.metrics.MeteringExecutionInterceptor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbConnectionDetails;
import io.github.dynamoconnection.autoconfigure.health.DynamoDbHealthContributorAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.health.DynamoDbHealthIndicator;
import io.github.dynamoconnection.autoconfigure.metrics.DynamoDbObservationAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.metrics.StoppedObservations;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for named connections ({@code dynamodb.connections.<name>.*}): each a qualified client and
 * Connection built like the default ones, inheriting the unset top-level values, observed with its
 * name, checked by its own health indicator and closed with the context. Calls go to real servers:
 * {@link RecordingDynamoDbServer}s on 127.0.0.1 and the embedded engine.
 */
class NamedDynamoDbConnectionsTests {

	private final RecordingDynamoDbServer main = RecordingDynamoDbServer.start();

	private final RecordingDynamoDbServer eu = RecordingDynamoDbServer.start();

	private final RecordingDynamoDbServer us = RecordingDynamoDbServer.start();

	private final ApplicationContextRunner remoteRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoDbAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class))
		.withPropertyValues("dynamodb.host=" + this.main.endpoint(), "dynamodb.region=eu-west-1",
				"dynamodb.credentials.access-key-id=AKIDMAIN", "dynamodb.credentials.secret-access-key=secret",
				"dynamodb.table-prefix=dev-", "dynamodb.extra-headers.x-team=core",
				"dynamodb.connections.eu.host=" + this.eu.endpoint(),
				"dynamodb.connections.us.host=" + this.us.endpoint(), "dynamodb.connections.us.region=us-east-1",
				"dynamodb.connections.us.table-prefix=us-", "dynamodb.connections.us.extra-headers.x-zone=west",
				"dynamodb.connections.us.credentials.access-key-id=AKIDUS",
				"dynamodb.connections.us.credentials.secret-access-key=other");

	@AfterEach
	void stopServers() {
		this.main.close();
		this.eu.close();
		this.us.close();
	}

	@Test
	void eachNamedConnectionShouldReachItsEndpointInheritingUnsetValues() {
		this.remoteRunner.run((context) -> {
			assertThat(context).hasBean("euDynamoDbClient").hasBean("euConnection").hasBean("usDynamoDbClient")
				.hasBean("usConnection");
			context.getBean("euConnection", Connection.class).putItem("Thread", Map.of("id", "a"));
			context.getBean("usConnection", Connection.class).putItem("Thread", Map.of("id", "b"));
			assertThat(this.main.requests()).isEmpty();
			RecordingDynamoDbServer.RecordedRequest euPut = this.eu.requests().get(this.eu.requests().size() - 1);
			assertThat(euPut.body()).contains("\"TableName\":\"dev-Thread\"");
			assertThat(euPut.header("Authorization")).contains("Credential=AKIDMAIN/").contains("/eu-west-1/");
			assertThat(euPut.header("x-team")).isEqualTo("core");
			assertThat(euPut.header("x-zone")).isNull();
			RecordingDynamoDbServer.RecordedRequest usPut = this.us.requests().get(this.us.requests().size() - 1);
			assertThat(usPut.body()).contains("\"TableName\":\"us-Thread\"");
			assertThat(usPut.header("Authorization")).contains("Credential=AKIDUS/").contains("/us-east-1/");
			assertThat(usPut.header("x-team")).isEqualTo("core");
			assertThat(usPut.header("x-zone")).isEqualTo("west");
		});
	}

	@Test
	void defaultConnectionShouldStayTheUnqualifiedCandidate() {
		this.remoteRunner.withUserConfiguration(QualifiedInjection.class).run((context) -> {
			QualifiedInjection injected = context.getBean(QualifiedInjection.class);
			assertThat(injected.connection).isSameAs(context.getBean("dynamoDbConnection"));
			assertThat(injected.client).isSameAs(context.getBean("dynamoDbClient"));
			assertThat(injected.euConnection).isSameAs(context.getBean("euConnection"));
			assertThat(injected.usClient).isSameAs(context.getBean("usDynamoDbClient"));
			assertThat(context.getBean(Connection.class)).isSameAs(injected.connection);
			assertThat(context.getBean(DynamoDbClient.class)).isSameAs(injected.client);
		});
	}

	@Test
	void userBeanNamedLikeANamedClientShouldMakeOursBackOff() {
		this.remoteRunner.withBean("euDynamoDbClient", DynamoDbClient.class,
				() -> DynamoDbClient.builder()
					.endpointOverride(this.us.endpoint())
					.region(software.amazon.awssdk.regions.Region.US_WEST_2)
					.credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("a", "b"))
					.build())
			.run((context) -> {
				context.getBean("euConnection", Connection.class).putItem("Thread", Map.of("id", "a"));
				assertThat(this.eu.requests()).isEmpty();
				assertThat(this.us.requests()).isNotEmpty();
			});
	}

	@Test
	void namedClientsShouldBeClosedWithTheContext() {
		DynamoDbClient[] clients = new DynamoDbClient[1];
		this.remoteRunner.run((context) -> clients[0] = context.getBean("euDynamoDbClient", DynamoDbClient.class));
		assertThatIllegalStateException().isThrownBy(() -> clients[0].listTables());
	}

	@Test
	void invalidNameShouldFailNamingIt() {
		this.remoteRunner.withPropertyValues("dynamodb.connections.default.region=us-east-1").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("dynamodb.connections.default")
				.hasMessageContaining("other than 'default'");
		});
	}

	@Test
	void invalidNamedValueShouldFailStartUpNamingTheKey() {
		this.remoteRunner.withPropertyValues("dynamodb.connections.us.retry.max-attempts=0").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(BindValidationException.class)
				.hasMessageContaining("dynamodb.connections.us.retry.max-attempts");
		});
	}

	@Test
	void withoutNamedConnectionsTheHealthIndicatorShouldKeepItsShape() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(DynamoDbAutoConfiguration.class, DynamoDbHealthContributorAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class))
			.withPropertyValues("dynamodb.host=" + this.main.endpoint(), "dynamodb.region=eu-west-1")
			.run((context) -> assertThat(context.getBean("dynamodbHealthIndicator"))
				.isInstanceOf(DynamoDbHealthIndicator.class));
	}

	@Test
	void healthShouldBeACompositeOfDefaultAndEachName() {
		this.remoteRunner.withConfiguration(AutoConfigurations.of(DynamoDbHealthContributorAutoConfiguration.class))
			.withPropertyValues("dynamodb.health.tables=Thread")
			.run((context) -> {
				CompositeHealthContributor health = context.getBean("dynamodbHealthIndicator",
						CompositeHealthContributor.class);
				assertThat(health.stream().map((entry) -> entry.name())).containsExactly("default", "eu", "us");
				assertThat(((HealthIndicator) health.getContributor("us")).health(true).getStatus())
					.isEqualTo(Status.UP);
				assertThat(((HealthIndicator) health.getContributor("eu")).health(true).getDetails())
					.containsEntry("endpoint", this.eu.endpoint().toString());
				assertThat(this.us.requests()).last()
					.satisfies((request) -> assertThat(request.body()).contains("us-Thread"));
			});
	}

	@Test
	void readmeExampleShouldGiveEachNameItsInheritedSettings() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
		Matcher block = Pattern.compile("<!-- ci:connections-yml -->\\n```yaml\\n(.*?)```", Pattern.DOTALL)
			.matcher(readme);
		assertThat(block.find()).as("README block ci:connections-yml").isTrue();
		List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("readme",
				new ByteArrayResource(block.group(1).getBytes(StandardCharsets.UTF_8)));
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(DynamoDbAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class))
			.withInitializer((context) -> context.getEnvironment().getPropertySources().addFirst(yaml.get(0)))
			.run((context) -> {
				NamedDynamoDbConnections named = context.getBean(NamedDynamoDbConnections.class);
				DynamoDbProperties us = named.mergedProperties("us");
				assertThat(us.getRegion()).isEqualTo("us-east-1");
				assertThat(us.getTablePrefix()).isEqualTo("prod-");
				assertThat(us.getApiCallTimeout()).isEqualTo(Duration.ofSeconds(2));
				DynamoDbProperties archive = named.mergedProperties("archive");
				assertThat(archive.getTablePrefix()).isEqualTo("archive-");
				assertThat(archive.getApiCallTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(context.getBean("archiveDynamoDbClient", DynamoDbClient.class)
					.serviceClientConfiguration()
					.region()).isEqualTo(Region.EU_CENTRAL_1);
				assertThat(context.getBean("usDynamoDbClient", DynamoDbClient.class)
					.serviceClientConfiguration()
					.region()).isEqualTo(Region.US_EAST_1);
			});
	}

	/** Needs qualified and unqualified connections and clients. */
	static class QualifiedInjection {

		final Connection connection;

		final DynamoDbClient client;

		final Connection euConnection;

		final DynamoDbClient usClient;

		QualifiedInjection(Connection connection, DynamoDbClient client, @Qualifier("eu") Connection euConnection,
				@Qualifier("us") DynamoDbClient usClient) {
			this.connection = connection;
			this.client = client;
			this.euConnection = euConnection;
			this.usClient = usClient;
		}

	}

	/**
	 * Named connections on the embedded default, told apart by their table prefixes.
	 */
	@Nested
	class OnEmbeddedEngine {

		private final EmbeddedDynamoDb engine = EmbeddedDynamoDb.start();

		private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

		@AfterEach
		void stopEngine() {
			this.engine.close();
		}

		@Test
		void namedConnectionWithoutEndpointShouldShareTheDefaultServiceWithItsOwnPrefixAndName() {
			new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(DynamoDbObservationAutoConfiguration.class,
						DynamoDbAutoConfiguration.class))
				.withBean(DynamoDbConnectionDetails.class, () -> new EmbeddedDynamoDbConnectionDetails(this.engine))
				.withBean(ObservationRegistry.class, this::recordingRegistry)
				.withPropertyValues("dynamodb.table-prefix=dev-", "dynamodb.connections.blue.table-prefix=blue-",
						"dynamodb.connections.green.table-prefix=green-")
				.run((context) -> {
					createTable("blue-Thread");
					createTable("green-Thread");
					context.getBean("blueConnection", Connection.class).putItem("Thread", Map.of("id", "b"));
					context.getBean("greenConnection", Connection.class).putItem("Thread", Map.of("id", "g"));
					assertThat(this.engine.client().scan((scan) -> scan.tableName("blue-Thread")).count()).isOne();
					assertThat(this.engine.client().scan((scan) -> scan.tableName("green-Thread")).count()).isOne();
					assertThat(this.stopped).filteredOn((observation) -> "dynamodb.connection.call"
						.equals(observation.getName()))
						.extracting((observation) -> observation.getContextualName() + " "
								+ connectionName(observation))
						.containsExactly("DescribeTable blue-Thread blue", "PutItem blue-Thread blue",
								"DescribeTable green-Thread green", "PutItem green-Thread green");
					this.stopped.clear();
					context.getBean("greenDynamoDbClient", DynamoDbClient.class).listTables();
					assertThat(this.stopped).extracting(NamedDynamoDbConnectionsTests::connectionName)
						.containsExactly("green");
				});
		}

		@Test
		void metersOfEachConnectionCarryItsName() {
			SimpleMeterRegistry meters = new SimpleMeterRegistry();
			new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(DynamoDbMetricsAutoConfiguration.class, DynamoDbAutoConfiguration.class))
				.withBean(DynamoDbConnectionDetails.class, () -> new EmbeddedDynamoDbConnectionDetails(this.engine))
				.withBean(MeterRegistry.class, () -> meters)
				.withPropertyValues("dynamodb.connections.blue.table-prefix=blue-")
				.run((context) -> {
					createTable("Thread");
					createTable("blue-Thread");
					context.getBean(Connection.class).putItem("Thread", Map.of("id", "d"), (options) -> options.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
					context.getBean("blueConnection", Connection.class).putItem("Thread", Map.of("id", "b"),
							(options) -> options.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
					assertThat(meters.find(MeteringExecutionInterceptor.API_CALL).tag("operation", "PutItem").timers())
						.extracting((timer) -> timer.getId().getTag("dynamodb.connection.name"))
						.containsExactlyInAnyOrder("default", "blue");
					assertThat(meters.find(MicrometerConnectionListener.CONSUMED_WRITE).counters())
						.extracting((counter) -> counter.getId().getTag("table") + " "
								+ counter.getId().getTag("dynamodb.connection.name"))
						.containsExactlyInAnyOrder("Thread default", "blue-Thread blue");
				});
		}

		private void createTable(String name) {
			this.engine.client()
				.createTable((table) -> table.tableName(name)
					.keySchema((key) -> key.attributeName("id").keyType(KeyType.HASH))
					.attributeDefinitions((id) -> id.attributeName("id").attributeType(ScalarAttributeType.S))
					.billingMode(BillingMode.PAY_PER_REQUEST));
		}

		private ObservationRegistry recordingRegistry() {
			return StoppedObservations.recordingInto(this.stopped);
		}

	}

	private static String connectionName(Observation.Context observation) {
		KeyValue value = observation.getLowCardinalityKeyValue("dynamodb.connection.name");
		return (value != null) ? value.getValue() : "none";
	}

}
