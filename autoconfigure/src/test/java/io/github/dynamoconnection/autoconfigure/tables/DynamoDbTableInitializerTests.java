package io.github.dynamoconnection.autoconfigure.tables;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.testsupport.MotoServer;
import io.github.dynamoconnection.testsupport.MotoServerExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoDbTableInitializer}: tables declared under {@code dynamodb.tables} against
 * moto_server.
 */
@ExtendWith(MotoServerExtension.class)
class DynamoDbTableInitializerTests {

	private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoDbAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader(EmbeddedDynamoDb.class))
		.withPropertyValues("dynamodb.region=us-east-1", "dynamodb.credentials.access-key-id=test",
				"dynamodb.credentials.secret-access-key=test", "dynamodb.table-prefix=" + this.prefix);

	@Test
	void missingTableShouldBeCreatedWithKeysIndexesAndTtl(MotoServer moto) {
		this.contextRunner.withPropertyValues("dynamodb.host=" + moto.endpoint(),
				"dynamodb.tables.Thread.hash-key.name=forum", "dynamodb.tables.Thread.range-key.name=subject",
				"dynamodb.tables.Thread.ttl-attribute=expires",
				"dynamodb.tables.Thread.global-indexes.by_author.hash-key.name=author",
				"dynamodb.tables.Thread.global-indexes.by_author.range-key.name=posted",
				"dynamodb.tables.Thread.global-indexes.by_author.range-key.type=N",
				"dynamodb.tables.Thread.global-indexes.by_author.projection=keys-only",
				"dynamodb.tables.Thread.local-indexes.by_views.range-key.name=views",
				"dynamodb.tables.Thread.local-indexes.by_views.range-key.type=N")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				Connection connection = context.getBean(Connection.class);
				TableDescription table = connection.describeTable("Thread");
				assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
				assertThat(table.keySchema()).extracting((key) -> key.attributeName() + ":" + key.keyType())
					.containsExactly("forum:HASH", "subject:RANGE");
				assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
				assertThat(table.globalSecondaryIndexes()).singleElement().satisfies((index) -> {
					assertThat(index.indexName()).isEqualTo("by_author");
					assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
				});
				assertThat(table.localSecondaryIndexes()).singleElement()
					.satisfies((index) -> assertThat(index.indexName()).isEqualTo("by_views"));
				assertThat(connection.describeTimeToLive("Thread").timeToLiveStatus())
					.isEqualTo(TimeToLiveStatus.ENABLED);
				assertThat(connection.describeTimeToLive("Thread").attributeName()).isEqualTo("expires");
			});
	}

	@Test
	void matchingExistingTableShouldStartInValidateMode(MotoServer moto) {
		createThread(moto, ScalarAttributeType.S);
		this.contextRunner
			.withPropertyValues("dynamodb.host=" + moto.endpoint(), "dynamodb.tables.Thread.mode=validate",
					"dynamodb.tables.Thread.hash-key.name=forum", "dynamodb.tables.Thread.range-key.name=subject")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void mismatchShouldFailNamingTableAndDifference(MotoServer moto) {
		createThread(moto, ScalarAttributeType.N);
		this.contextRunner
			.withPropertyValues("dynamodb.host=" + moto.endpoint(), "dynamodb.tables.Thread.hash-key.name=forum",
					"dynamodb.tables.Thread.range-key.name=subject",
					"dynamodb.tables.Thread.global-indexes.by_author.hash-key.name=author")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(TableDeclarationMismatchException.class)
					.hasMessageContaining("'" + this.prefix + "Thread'")
					.hasMessageContaining("dynamodb.tables.Thread")
					.hasMessageContaining("table range key 'subject' has type N but declared S")
					.hasMessageContaining("global index 'by_author' is missing");
				FailureAnalysis analysis = new TableDeclarationMismatchFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.contains("    - table range key 'subject' has type N but declared S");
				assertThat(analysis.getAction()).contains("'dynamodb.tables.Thread.mode' to none");
			});
	}

	@Test
	void missingTableInValidateModeShouldFail(MotoServer moto) {
		this.contextRunner
			.withPropertyValues("dynamodb.host=" + moto.endpoint(), "dynamodb.tables.Thread.mode=validate",
					"dynamodb.tables.Thread.hash-key.name=forum")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(TableDeclarationMismatchException.class)
				.hasMessageContaining("Thread")
				.hasMessageContaining("does not exist"));
	}

	@Test
	void modeNoneShouldLeaveTablesAlone(MotoServer moto) {
		this.contextRunner
			.withPropertyValues("dynamodb.host=" + moto.endpoint(), "dynamodb.tables.Thread.mode=none",
					"dynamodb.tables.Thread.hash-key.name=forum")
			.run((context) -> assertThat(context.getBean(Connection.class).listTables()).doesNotContain("Thread"));
	}

	private void createThread(MotoServer moto, ScalarAttributeType rangeKeyType) {
		this.contextRunner.withPropertyValues("dynamodb.host=" + moto.endpoint()).run((context) -> {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			client.createTable((request) -> request.tableName(this.prefix + "Thread")
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.keySchema(KeySchemaElement.builder().attributeName("forum").keyType(KeyType.HASH).build(),
						KeySchemaElement.builder().attributeName("subject").keyType(KeyType.RANGE).build())
				.attributeDefinitions(AttributeDefinition.builder().attributeName("forum").attributeType(ScalarAttributeType.S).build(),
						AttributeDefinition.builder().attributeName("subject").attributeType(rangeKeyType).build()));
			client.waiter().waitUntilTableExists((request) -> request.tableName(this.prefix + "Thread"));
		});
	}

}
