package io.github.dynamoconnection.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.RegionProviderAutoConfiguration;
import io.awspring.cloud.dynamodb.DynamoDbTemplate;
import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.enhanced.DynamoDbEnhancedClientAutoConfiguration;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our auto-configuration beside Spring Cloud AWS's DynamoDB auto-configuration (issue 15): one
 * client, built from the user's settings, that Spring Cloud AWS's template uses too; its properties
 * honoured where ours are unset; contradictions fail start-up; and the same rules without Spring
 * Cloud AWS on the class path. Spring Cloud AWS's configurations are listed first: the ordering of
 * ours, not the listing, must put ours before.
 */
@ExtendWith(OutputCaptureExtension.class)
class SpringCloudAwsCoexistenceTests {

	private static final String GET_ITEM = "DynamoDB_20120810.GetItem";

	private final RecordingDynamoDbServer server = RecordingDynamoDbServer.start();

	private final ApplicationContextRunner withSpringCloudAws = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration.class,
				CredentialsProviderAutoConfiguration.class, RegionProviderAutoConfiguration.class,
				DynamoDbEnhancedClientAutoConfiguration.class, DynamoDbAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class));

	private final ApplicationContextRunner withoutSpringCloudAws = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoDbAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class.getPackageName(), "io.awspring.cloud"));

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void oneClientFromOurPropertiesServesSpringCloudAwsTemplate() {
		this.withSpringCloudAws.withPropertyValues(ours()).run((context) -> {
			assertThat(context).hasSingleBean(DynamoDbClient.class)
				.hasSingleBean(DynamoDbEnhancedClient.class)
				.hasSingleBean(DynamoDbTemplate.class)
				.hasSingleBean(Connection.class);
			assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().endpointOverride())
				.contains(this.server.endpoint());
			loadBook(context);
			assertThat(signatureOfOnlyGetItem()).contains("Credential=AKIDOURS/").contains("/eu-west-1/dynamodb/");
		});
	}

	@Test
	void onlySpringCloudAwsDynamoDbPropertiesAreHonoured(CapturedOutput output) {
		this.withSpringCloudAws
			.withPropertyValues("spring.cloud.aws.dynamodb.endpoint=" + this.server.endpoint(),
					"spring.cloud.aws.dynamodb.region=ap-south-1", "spring.cloud.aws.region.static=eu-west-1",
					"spring.cloud.aws.credentials.access-key=AKIDSCA", "spring.cloud.aws.credentials.secret-key=s3cr3t")
			.run((context) -> {
				assertThat(context).hasSingleBean(DynamoDbClient.class);
				loadBook(context);
				assertThat(signatureOfOnlyGetItem()).contains("Credential=AKIDSCA/").contains("/ap-south-1/dynamodb/");
				assertThat(output).contains("DynamoDB client: endpoint " + this.server.endpoint()
						+ " from spring.cloud.aws.dynamodb.endpoint=" + this.server.endpoint())
					.contains("region ap-south-1 from spring.cloud.aws.dynamodb.region=ap-south-1")
					.doesNotContain("s3cr3t");
			});
	}

	@Test
	void globalSpringCloudAwsEndpointAndStaticRegionAreHonoured() {
		this.withSpringCloudAws
			.withPropertyValues("spring.cloud.aws.endpoint=" + this.server.endpoint(),
					"spring.cloud.aws.region.static=ca-central-1")
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				assertThat(client.serviceClientConfiguration().endpointOverride()).contains(this.server.endpoint());
				assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.CA_CENTRAL_1);
			});
	}

	@Test
	void ourCredentialsWinOverTheContextsProvider() {
		this.withSpringCloudAws
			.withPropertyValues(ours())
			.withPropertyValues("spring.cloud.aws.credentials.access-key=AKIDSCA",
					"spring.cloud.aws.credentials.secret-key=other")
			.run((context) -> {
				loadBook(context);
				assertThat(signatureOfOnlyGetItem()).contains("Credential=AKIDOURS/");
			});
	}

	@Test
	void differentEndpointsFailStartUpNamingBoth() {
		this.withSpringCloudAws.withPropertyValues(ours())
			.withPropertyValues("spring.cloud.aws.dynamodb.endpoint=http://127.0.0.1:1")
			.run((context) -> assertThat(analysis(context).getDescription())
				.contains("dynamodb.host=" + this.server.endpoint())
				.contains("spring.cloud.aws.dynamodb.endpoint=http://127.0.0.1:1"));
	}

	@Test
	void ourEndpointDifferentFromTheGlobalOneFailsStartUp() {
		this.withSpringCloudAws.withPropertyValues(ours())
			.withPropertyValues("spring.cloud.aws.endpoint=http://127.0.0.1:1")
			.run((context) -> assertThat(analysis(context).getDescription())
				.contains("dynamodb.host=").contains("spring.cloud.aws.endpoint=http://127.0.0.1:1"));
	}

	@Test
	void theSameEndpointSpelledDifferentlyIsNoConflict() {
		this.withSpringCloudAws.withPropertyValues(ours())
			.withPropertyValues("spring.cloud.aws.dynamodb.endpoint=" + this.server.endpoint() + "/")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void malformedSpringCloudAwsEndpointFailsStartUpNamingIt() {
		this.withSpringCloudAws.withPropertyValues("spring.cloud.aws.dynamodb.endpoint=http://bad host:1")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = FailureAnalyses.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("spring.cloud.aws.dynamodb.endpoint")
					.contains("http://bad host:1");
			});
	}

	@Test
	void differentRegionsFailStartUpNamingBoth() {
		this.withSpringCloudAws.withPropertyValues(ours())
			.withPropertyValues("spring.cloud.aws.dynamodb.region=us-west-2")
			.run((context) -> assertThat(analysis(context).getDescription()).contains("dynamodb.region=eu-west-1")
				.contains("spring.cloud.aws.dynamodb.region=us-west-2"));
		this.withSpringCloudAws.withPropertyValues(ours())
			.withPropertyValues("spring.cloud.aws.region.static=us-west-2")
			.run((context) -> assertThat(analysis(context).getDescription())
				.contains("spring.cloud.aws.region.static=us-west-2"));
	}

	@Test
	void aGlobalRegionOverriddenForDynamoDbIsNoConflict() {
		this.withSpringCloudAws.withPropertyValues(ours())
			.withPropertyValues("spring.cloud.aws.region.static=us-west-2", "spring.cloud.aws.dynamodb.region=EU-WEST-1")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void infoLineNamesEndpointRegionAndTheirProperties(CapturedOutput output) {
		this.withSpringCloudAws.withPropertyValues(ours()).run((context) -> assertThat(output)
			.contains("DynamoDB client: endpoint " + this.server.endpoint() + " from dynamodb.host="
					+ this.server.endpoint() + " (\"dynamodb.host\" from property source \"test\")")
			.contains("; region eu-west-1 from dynamodb.region=eu-west-1"));
	}

	@Test
	void infoLineNamesTheRegionalEndpointWithoutAnEndpointProperty(CapturedOutput output) {
		this.withSpringCloudAws.withPropertyValues("spring.cloud.aws.region.static=eu-central-1")
			.run((context) -> assertThat(output).contains("DynamoDB client: endpoint "
					+ "https://dynamodb.eu-central-1.amazonaws.com from no endpoint property set")
				.contains("region eu-central-1 from spring.cloud.aws.region.static=eu-central-1"));
	}

	@Test
	void withoutSpringCloudAwsItsPropertiesAreIgnored() {
		this.withoutSpringCloudAws.withPropertyValues(ours())
			.withPropertyValues("spring.cloud.aws.dynamodb.endpoint=http://127.0.0.1:1",
					"spring.cloud.aws.region.static=us-west-2")
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				assertThat(client.serviceClientConfiguration().endpointOverride()).contains(this.server.endpoint());
				assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
			});
		this.withoutSpringCloudAws.withPropertyValues("spring.cloud.aws.dynamodb.endpoint=http://127.0.0.1:1")
			.run((context) -> assertThat(
					context.getBean(DynamoDbClient.class).serviceClientConfiguration().endpointOverride())
				.isEmpty());
	}

	@Test
	void contextProvidersAreUsedWhereNothingIsSet() {
		this.withoutSpringCloudAws.withPropertyValues("dynamodb.host=" + this.server.endpoint())
			.withBean(AwsRegionProvider.class, () -> () -> Region.SA_EAST_1)
			.withBean(AwsCredentialsProvider.class,
					() -> StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDBEAN", "s3cr3t")))
			.run((context) -> {
				context.getBean(DynamoDbClient.class).getItem((get) -> get.tableName("book").key(Map.of()));
				assertThat(signatureOfOnlyGetItem()).contains("Credential=AKIDBEAN/").contains("/sa-east-1/dynamodb/");
			});
	}

	@Test
	void contextProvidersGiveWayToOurProperties() {
		this.withoutSpringCloudAws.withPropertyValues(ours())
			.withBean(AwsRegionProvider.class, () -> () -> Region.SA_EAST_1)
			.withBean(AwsCredentialsProvider.class,
					() -> StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDBEAN", "s3cr3t")))
			.run((context) -> {
				context.getBean(DynamoDbClient.class).getItem((get) -> get.tableName("book").key(Map.of()));
				assertThat(signatureOfOnlyGetItem()).contains("Credential=AKIDOURS/").contains("/eu-west-1/dynamodb/");
			});
	}

	@Test
	void embeddedDefaultServesBothWithSpringCloudAws(CapturedOutput output) {
		embeddedRunner().run((context) -> {
			assertThat(context).hasSingleBean(EmbeddedDynamoDb.class).hasSingleBean(DynamoDbClient.class);
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			client.createTable((table) -> table.tableName("book")
				.keySchema((key) -> key.attributeName("id").keyType(KeyType.HASH))
				.attributeDefinitions((id) -> id.attributeName("id").attributeType(ScalarAttributeType.S))
				.billingMode(BillingMode.PAY_PER_REQUEST));
			DynamoDbTemplate template = context.getBean(DynamoDbTemplate.class);
			Connection connection = context.getBean(Connection.class);
			template.save(Book.of("1", "written by the template"));
			assertThat(connection.getItem("book", "1").item()).containsEntry("title", "written by the template");
			connection.putItem("book", Map.of("id", "2", "title", "written by the Connection"));
			assertThat(template.load(Key.builder().partitionValue("2").build(), Book.class).getTitle())
				.isEqualTo("written by the Connection");
			assertThat(output).contains("from the embedded default");
		});
	}

	@Test
	void springCloudAwsEndpointTurnsTheEmbeddedDefaultOff() {
		embeddedRunner().withPropertyValues("spring.cloud.aws.dynamodb.endpoint=" + this.server.endpoint())
			.run((context) -> {
				assertThat(context).doesNotHaveBean(EmbeddedDynamoDb.class);
				assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().endpointOverride())
					.contains(this.server.endpoint());
			});
	}

	private ApplicationContextRunner embeddedRunner() {
		return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
				io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration.class,
				CredentialsProviderAutoConfiguration.class, RegionProviderAutoConfiguration.class,
				DynamoDbEnhancedClientAutoConfiguration.class, DynamoDbAutoConfiguration.class,
				EmbeddedDynamoDbAutoConfiguration.class));
	}

	private String[] ours() {
		return new String[] { "dynamodb.host=" + this.server.endpoint(), "dynamodb.region=eu-west-1",
				"dynamodb.credentials.access-key-id=AKIDOURS", "dynamodb.credentials.secret-access-key=s3cr3t" };
	}

	private static void loadBook(AssertableApplicationContext context) {
		assertThat(context.getBean(DynamoDbTemplate.class).load(Key.builder().partitionValue("1").build(), Book.class))
			.isNull();
	}

	private String signatureOfOnlyGetItem() {
		assertThat(this.server.requests()).hasSize(1);
		assertThat(this.server.requests().get(0).header("X-Amz-Target")).isEqualTo(GET_ITEM);
		return this.server.requests().get(0).header("Authorization");
	}

	private static FailureAnalysis analysis(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(ConflictingDynamoDbSettingsException.class);
		FailureAnalysis analysis = FailureAnalyses.analyze(context.getStartupFailure());
		assertThat(analysis).isNotNull();
		return analysis;
	}

}
