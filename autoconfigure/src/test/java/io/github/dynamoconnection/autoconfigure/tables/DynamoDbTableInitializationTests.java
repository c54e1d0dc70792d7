package io.github.dynamoconnection.autoconfigure.tables;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.DynamoDbConnectionDetails;
import io.github.dynamoconnection.autoconfigure.FailureAnalyses;
import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbAutoConfiguration;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code dynamodb.table-initialization} and the per-table mode overriding it, on a real
 * engine reached three ways: the embedded default, an explicit loopback {@code dynamodb.host}
 * (the engine's HTTP face), and the regional endpoint (connection details without an endpoint whose
 * transport is the engine's in-process client, so nothing leaves the machine).
 */
class DynamoDbTableInitializationTests {

	private static final String[] THREAD = { "dynamodb.tables.Thread.hash-key.name=forum",
			"dynamodb.tables.Thread.range-key.name=subject" };

	private final EmbeddedDynamoDb engine = EmbeddedDynamoDb.builder().port(0).start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(EmbeddedDynamoDbAutoConfiguration.class, DynamoDbAutoConfiguration.class))
		.withPropertyValues("dynamodb.region=us-east-1", "dynamodb.credentials.access-key-id=test",
				"dynamodb.credentials.secret-access-key=test")
		.withPropertyValues(THREAD);

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void embeddedDefaultCreatesOnTheEmbeddedEngine() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(EmbeddedDynamoDb.class);
			assertThat(context.getBean(Connection.class).listTables()).containsExactly("Thread");
		});
	}

	@Test
	void embeddedDefaultCreatesOnAnExplicitLoopbackHost() {
		this.contextRunner.withPropertyValues("dynamodb.host=" + this.engine.httpEndpoint()).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean("embeddedDynamoDb");
			assertThat(this.engine.client().listTables().tableNames()).containsExactly("Thread");
		});
	}

	@Test
	void embeddedDefaultValidatesOnTheRegionalEndpoint() {
		FailureAnalysis analysis = startupFailure(regional());
		assertThat(analysis.getDescription()).contains("Thread").contains(TableDeclarationMismatchException.MISSING);
		assertThat(analysis.getAction()).contains("dynamodb.table-initialization").contains("create-if-missing");
		assertThat(this.engine.client().listTables().tableNames()).isEmpty();
	}

	@Test
	void embeddedDefaultAcceptsAMatchingTableOnTheRegionalEndpoint() {
		createThread();
		regional().run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void alwaysCreatesOnTheRegionalEndpoint() {
		regional().withPropertyValues("dynamodb.table-initialization=always")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(this.engine.client().listTables().tableNames()).containsExactly("Thread");
	}

	@Test
	void validateRefusesAMissingTableEvenOnTheEmbeddedEngine() {
		FailureAnalysis analysis = startupFailure(
				this.contextRunner.withPropertyValues("dynamodb.table-initialization=validate"));
		assertThat(analysis.getDescription()).contains(TableDeclarationMismatchException.MISSING);
	}

	@Test
	void neverLeavesTablesAloneEvenOnTheEmbeddedEngine() {
		this.contextRunner.withPropertyValues("dynamodb.table-initialization=never")
			.run((context) -> assertThat(context.getBean(Connection.class).listTables()).isEmpty());
	}

	@Test
	void neverLeavesAMismatchAlone() {
		this.engine.client()
			.createTable((table) -> table.tableName("Thread")
				.keySchema((key) -> key.attributeName("other").keyType("HASH"))
				.attributeDefinitions((attribute) -> attribute.attributeName("other").attributeType("S"))
				.billingMode("PAY_PER_REQUEST"));
		regional().withPropertyValues("dynamodb.table-initialization=never")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void tableModeOverridesNever() {
		regional().withPropertyValues("dynamodb.table-initialization=never", "dynamodb.tables.Thread.mode=create-if-missing")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(this.engine.client().listTables().tableNames()).containsExactly("Thread");
	}

	@Test
	void tableModeOverridesAlways() {
		FailureAnalysis analysis = startupFailure(regional().withPropertyValues("dynamodb.table-initialization=always",
				"dynamodb.tables.Thread.mode=validate"));
		assertThat(analysis.getDescription()).contains(TableDeclarationMismatchException.MISSING);
	}

	@Test
	void tableModeNoneOverridesTheEmbeddedDefault() {
		this.contextRunner.withPropertyValues("dynamodb.tables.Thread.mode=none")
			.run((context) -> assertThat(context.getBean(Connection.class).listTables()).isEmpty());
	}

	private ApplicationContextRunner regional() {
		return this.contextRunner.withBean(DynamoDbConnectionDetails.class,
				() -> new RegionalEndpointDetails(this.engine.sdkHttpClient()));
	}

	private void createThread() {
		this.engine.client()
			.createTable((table) -> table.tableName("Thread")
				.keySchema((key) -> key.attributeName("forum").keyType("HASH"),
						(key) -> key.attributeName("subject").keyType("RANGE"))
				.attributeDefinitions(
						(attribute) -> attribute.attributeName("forum").attributeType(ScalarAttributeType.S),
						(attribute) -> attribute.attributeName("subject").attributeType(ScalarAttributeType.S))
				.billingMode("PAY_PER_REQUEST"));
	}

	private static FailureAnalysis startupFailure(ApplicationContextRunner runner) {
		AtomicReference<FailureAnalysis> analysis = new AtomicReference<>();
		runner.run((context) -> {
			assertThat(context).hasFailed();
			analysis.set(FailureAnalyses.analyze(context.getStartupFailure()));
		});
		assertThat(analysis.get()).as("failure analysis").isNotNull();
		return analysis.get();
	}

	/**
	 * The regional endpoint (no override), reached through the engine's in-process transport.
	 */
	private record RegionalEndpointDetails(SdkHttpClient transport) implements DynamoDbConnectionDetails {

		@Override
		public URI endpoint() {
			return null;
		}

		@Override
		public Region region() {
			return Region.US_EAST_1;
		}

		@Override
		public AwsCredentialsProvider credentialsProvider() {
			return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
		}

		@Override
		public SdkHttpClient sdkHttpClient() {
			return this.transport;
		}

	}

}
