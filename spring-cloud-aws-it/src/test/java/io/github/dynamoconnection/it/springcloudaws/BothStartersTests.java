package io.github.dynamoconnection.it.springcloudaws;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.awspring.cloud.dynamodb.DynamoDbTemplate;
import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.Book;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.util.VersionInfo;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The application with both starters, run as a user would (Spring Cloud AWS's BOM imported, so its
 * AWS SDK version), against the engine's HTTP face on a free 127.0.0.1 port (issue 15).
 */
@ExtendWith(OutputCaptureExtension.class)
class BothStartersTests {

	/** The engine checks every signature: only the credentials the tests give are accepted. */
	private final EmbeddedDynamoDb engine = EmbeddedDynamoDb.builder().port(0).requireCredentials("local", "s3cr3t")
		.start();

	@AfterEach
	void stopEngine() {
		this.engine.close();
	}

	@Test
	void runsOnTheAwsSdkVersionOfSpringCloudAwsBom() {
		assertThat(VersionInfo.SDK_VERSION).isEqualTo(System.getProperty("expected.aws-sdk.version"));
	}

	@Test
	void dynamoDbHostIsHonouredAndBothReadWhatTheOtherWrote(CapturedOutput output) {
		createBookTable(Region.EU_WEST_1);
		String host = this.engine.httpEndpoint().toString();
		try (ConfigurableApplicationContext context = run("--dynamodb.host=" + host, "--dynamodb.region=eu-west-1",
				"--dynamodb.credentials.access-key-id=local", "--dynamodb.credentials.secret-access-key=s3cr3t")) {
			assertThat(context.getBeansOfType(DynamoDbClient.class)).hasSize(1);
			assertBothReadWhatTheOtherWrote(context);
			assertWrittenToTheEngine(Region.EU_WEST_1);
			Health health = ((HealthIndicator) context.getBean("dynamodbHealthIndicator")).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("endpoint", host).containsEntry("region", "eu-west-1");
			assertThat(health.getDetails().toString()).doesNotContain("local").doesNotContain("s3cr3t");
			assertThat(output).contains("DynamoDB client: endpoint " + host + " from dynamodb.host=" + host);
		}
	}

	@Test
	void onlySpringCloudAwsPropertiesAreHonoured(CapturedOutput output) {
		createBookTable(Region.AP_SOUTH_1);
		String endpoint = this.engine.httpEndpoint().toString();
		try (ConfigurableApplicationContext context = run("--spring.cloud.aws.dynamodb.endpoint=" + endpoint,
				"--spring.cloud.aws.region.static=ap-south-1", "--spring.cloud.aws.credentials.access-key=local",
				"--spring.cloud.aws.credentials.secret-key=s3cr3t")) {
			assertThat(context.getBeansOfType(EmbeddedDynamoDb.class)).isEmpty();
			assertBothReadWhatTheOtherWrote(context);
			assertWrittenToTheEngine(Region.AP_SOUTH_1);
			assertThat(output).contains("DynamoDB client: endpoint " + endpoint
					+ " from spring.cloud.aws.dynamodb.endpoint=" + endpoint)
				.contains("region ap-south-1 from spring.cloud.aws.region.static=ap-south-1");
		}
	}

	@Test
	void contradictoryEndpointsFailStartUpWithTheAnalysis() {
		String host = this.engine.httpEndpoint().toString();
		assertThatException().isThrownBy(() -> run("--dynamodb.host=" + host,
				"--spring.cloud.aws.dynamodb.endpoint=http://127.0.0.1:1"));
		FailureAnalysis analysis = RecordingFailureAnalysisReporter.take();
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("Conflicting DynamoDB endpoint")
			.contains("dynamodb.host=" + host)
			.contains("spring.cloud.aws.dynamodb.endpoint=http://127.0.0.1:1")
			.contains("from property source \"commandLineArgs\"");
	}

	@Test
	void contradictoryRegionsFailStartUpWithTheAnalysis() {
		assertThatException().isThrownBy(() -> run("--dynamodb.host=" + this.engine.httpEndpoint(),
				"--dynamodb.region=eu-west-1", "--spring.cloud.aws.region.static=us-west-2"));
		FailureAnalysis analysis = RecordingFailureAnalysisReporter.take();
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("Conflicting DynamoDB region")
			.contains("dynamodb.region=eu-west-1")
			.contains("spring.cloud.aws.region.static=us-west-2");
	}

	@Test
	void embeddedDefaultServesBoth(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run()) {
			assertThat(context.getBeansOfType(EmbeddedDynamoDb.class)).hasSize(1);
			context.getBean(EmbeddedDynamoDb.class).client().createTable(BothStartersTests::bookTable);
			assertBothReadWhatTheOtherWrote(context);
			Health health = ((HealthIndicator) context.getBean("dynamodbHealthIndicator")).health(true);
			assertThat(health.getDetails()).containsKey("endpoint");
			assertThat(output).contains("from the embedded default");
		}
	}

	private void assertBothReadWhatTheOtherWrote(ConfigurableApplicationContext context) {
		DynamoDbTemplate template = context.getBean(DynamoDbTemplate.class);
		Connection connection = context.getBean(Connection.class);
		template.save(Book.of("1", "written by the template"));
		assertThat(connection.getItem("book", "1").item()).containsEntry("title", "written by the template");
		connection.putItem("book", Map.of("id", "2", "title", "written by the Connection"));
		assertThat(template.load(Key.builder().partitionValue("2").build(), Book.class).getTitle())
			.isEqualTo("written by the Connection");
	}

	/** Creates the table in the engine, in the region the application is to use. */
	private void createBookTable(Region region) {
		try (DynamoDbClient client = engineClient(region)) {
			client.createTable(BothStartersTests::bookTable);
		}
	}

	/** The application's writes are in the engine, in that region. */
	private void assertWrittenToTheEngine(Region region) {
		try (DynamoDbClient client = engineClient(region)) {
			assertThat(client.scan((scan) -> scan.tableName("book")).count()).isEqualTo(2);
		}
	}

	private DynamoDbClient engineClient(Region region) {
		return DynamoDbClient.builder()
			.httpClient(this.engine.sdkHttpClient())
			.endpointOverride(this.engine.endpoint())
			.region(region)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "s3cr3t")))
			.build();
	}

	private static void bookTable(CreateTableRequest.Builder table) {
		table.tableName("book")
			.keySchema((key) -> key.attributeName("id").keyType(KeyType.HASH))
			.attributeDefinitions((id) -> id.attributeName("id").attributeType(ScalarAttributeType.S))
			.billingMode(BillingMode.PAY_PER_REQUEST);
	}

	private static ConfigurableApplicationContext run(String... args) {
		return new SpringApplicationBuilder(CoexistenceApplication.class).web(WebApplicationType.NONE).run(args);
	}

}
