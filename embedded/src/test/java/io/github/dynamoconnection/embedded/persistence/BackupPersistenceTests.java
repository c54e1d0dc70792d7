package io.github.dynamoconnection.embedded.persistence;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsAction;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;

/** Backups, point-in-time recovery, Contributor Insights and resource policies survive a restart. */
class BackupPersistenceTests {

	private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";

	/** Large enough that a backup of 20 items is written as several log records. */
	private static final String LARGE_TEXT = "x".repeat(300 * 1024);

	@TempDir
	Path directory;

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
