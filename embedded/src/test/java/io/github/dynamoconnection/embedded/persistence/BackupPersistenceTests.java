package io.github.dynamoconnection.embedded.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.embedded.ManualClock;
import io.github.dynamoconnection.embedded.engine.EngineSettings;
import io.github.dynamoconnection.embedded.engine.InMemoryEngine;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsAction;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Backups, point-in-time recovery, Contributor Insights and resource policies survive a restart. */
class BackupPersistenceTests {

	private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";

	/** Large enough that a backup of 20 items is written as several log records. */
	private static final String LARGE_TEXT = "x".repeat(300 * 1024);

	@TempDir
	Path directory;

	/**
	 * A point-in-time restore reads prior images that only memory holds (a compaction keeps the
	 * current items only), so the restored table must reach the disk as items, not as a request
	 * that could no longer replay after a compaction.
	 */
	@Test
	void tableRestoredToAPointInTimeBeforeTheLastCompactionSurvivesARestart() throws Exception {
		ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
		try (PersistentEngine engine = open(clock)) {
			engine.execute("CreateTable", json("{'TableName':'docs','BillingMode':'PAY_PER_REQUEST',"
					+ "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}],"
					+ "'KeySchema':[{'AttributeName':'id','KeyType':'HASH'}]}"));
			engine.execute("UpdateContinuousBackups", json("{'TableName':'docs',"
					+ "'PointInTimeRecoverySpecification':{'PointInTimeRecoveryEnabled':true}}"));
			clock.advance(Duration.ofMinutes(1));
			engine.execute("PutItem", json("{'TableName':'docs','Item':{'id':{'S':'a'},'v':{'S':'first'}}}"));
			Instant firstVersion = clock.instant();
			clock.advance(Duration.ofMinutes(1));
			engine.execute("PutItem", json("{'TableName':'docs','Item':{'id':{'S':'a'},'v':{'S':'second'}}}"));
			engine.compact();
			clock.advance(Duration.ofMinutes(1));
			engine.execute("RestoreTableToPointInTime", json("{'SourceTableName':'docs','TargetTableName':'docs-then',"
					+ "'RestoreDateTime':" + firstVersion.toEpochMilli() / 1000.0 + "}"));
		}
		try (PersistentEngine engine = open(clock)) {
			assertThat(engine.execute("GetItem", json("{'TableName':'docs-then','Key':{'id':{'S':'a'}}}"))
				.path("Item").path("v").path("S").asString()).isEqualTo("first");
		}
	}

	private PersistentEngine open(ManualClock clock) {
		return PersistentEngine.open(directory, clock, (engineClock) -> new InMemoryEngine(EngineSettings.defaults()
			.withClock(engineClock)), PersistentEngine.DEFAULT_COMPACTION_THRESHOLD_BYTES);
	}

	private static ObjectNode json(String text) {
		return (ObjectNode) JsonMapper.builder().build().readTree(text.replace('\'', '"'));
	}

	@Test
	void backupsAndTableSettingsSurviveARestart() {
		String backupArn;
		String revisionId;
		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().dataDirectory(directory).start()) {
			DynamoDbClient client = dynamoDb.client();
			client.createTable((request) -> request.tableName("docs").billingMode(BillingMode.PAY_PER_REQUEST)
				.keySchema((key) -> key.attributeName("id").keyType(KeyType.HASH))
				.attributeDefinitions((definition) -> definition.attributeName("id").attributeType(ScalarAttributeType.S)));
			for (int i = 0; i < 20; i++) {
				String id = "d" + i;
				client.putItem((request) -> request.tableName("docs")
					.item(Map.of("id", AttributeValue.fromS(id), "body", AttributeValue.fromS(LARGE_TEXT))));
			}
			backupArn = client.createBackup((request) -> request.tableName("docs").backupName("nightly"))
				.backupDetails().backupArn();
			client.deleteItem((request) -> request.tableName("docs").key(Map.of("id", AttributeValue.fromS("d0"))));
			client.updateContinuousBackups((request) -> request.tableName("docs")
				.pointInTimeRecoverySpecification((spec) -> spec.pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(7)));
			client.updateContributorInsights((request) -> request.tableName("docs")
				.contributorInsightsAction(ContributorInsightsAction.ENABLE));
			String tableArn = client.describeTable((request) -> request.tableName("docs")).table().tableArn();
			revisionId = client.putResourcePolicy((request) -> request.resourceArn(tableArn).policy(POLICY)).revisionId();
		}
		for (int restart = 1; restart <= 2; restart++) {
			// the first restart replays the log and compacts it; the second loads that snapshot
			try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().dataDirectory(directory).start()) {
				DynamoDbClient client = dynamoDb.client();
				assertThat(client.describeBackup((request) -> request.backupArn(backupArn)).backupDescription()
					.sourceTableDetails().itemCount()).isEqualTo(20);
				String target = "docs-restored-" + restart;
				client.restoreTableFromBackup((request) -> request.backupArn(backupArn).targetTableName(target));
				assertThat(client.describeTable((request) -> request.tableName(target)).table().itemCount()).isEqualTo(20);
				assertThat(client.describeContinuousBackups((request) -> request.tableName("docs"))
					.continuousBackupsDescription().pointInTimeRecoveryDescription())
					.satisfies((pitr) -> assertThat(pitr.pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.ENABLED))
					.satisfies((pitr) -> assertThat(pitr.recoveryPeriodInDays()).isEqualTo(7));
				assertThat(client.describeContributorInsights((request) -> request.tableName("docs"))
					.contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.ENABLED);
				String tableArn = client.describeTable((request) -> request.tableName("docs")).table().tableArn();
				assertThat(client.getResourcePolicy((request) -> request.resourceArn(tableArn)))
					.satisfies((policy) -> assertThat(policy.policy()).isEqualTo(POLICY))
					.satisfies((policy) -> assertThat(policy.revisionId()).isEqualTo(revisionId));
				client.deleteTable((request) -> request.tableName(target));
			}
		}
	}

}
