package io.github.dynamoconnection.conformance;

import java.time.Instant;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsStatus;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryDescription;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static org.assertj.core.api.Assertions.assertThat;

/** Point-in-time recovery: DescribeContinuousBackups, UpdateContinuousBackups and RestoreTableToPointInTime. */
class ContinuousBackupScenarios {

	private static void enableRecovery(DynamoDbClient db, String table) {
		db.updateContinuousBackups(request -> request.tableName(table)
			.pointInTimeRecoverySpecification(spec -> spec.pointInTimeRecoveryEnabled(true)));
	}

	@Scenario
	void pointInTimeRecoveryIsOffOnANewTable(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Ledger").create(db);

		var description = db.describeContinuousBackups(request -> request.tableName("Ledger")).continuousBackupsDescription();

		assertThat(description.continuousBackupsStatus()).isEqualTo(ContinuousBackupsStatus.ENABLED);
		assertThat(description.pointInTimeRecoveryDescription().pointInTimeRecoveryStatus())
			.isEqualTo(PointInTimeRecoveryStatus.DISABLED);
	}

	@Scenario
	void enabledRecoveryReportsItsRestorableWindow(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Ledger").create(db);

		PointInTimeRecoveryDescription description = db.updateContinuousBackups(request -> request.tableName("Ledger")
			.pointInTimeRecoverySpecification(spec -> spec.pointInTimeRecoveryEnabled(true)))
			.continuousBackupsDescription().pointInTimeRecoveryDescription();

		assertThat(description.pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.ENABLED);
		Instant earliest = description.earliestRestorableDateTime();
		Instant latest = description.latestRestorableDateTime();
		assertThat(earliest).isNotNull();
		assertThat(latest).isNotNull().isAfterOrEqualTo(earliest);
	}

	@Scenario
	void recoveryPeriodIsReported(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Ledger").create(db);

		db.updateContinuousBackups(request -> request.tableName("Ledger")
			.pointInTimeRecoverySpecification(spec -> spec.pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(7)));

		assertThat(db.describeContinuousBackups(request -> request.tableName("Ledger")).continuousBackupsDescription()
			.pointInTimeRecoveryDescription().recoveryPeriodInDays()).isEqualTo(7);
	}

	@Scenario
	void recoveryPeriodAbove35DaysIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Ledger").create(db);

		DynamoErrors.assertValidation(() -> db.updateContinuousBackups(request -> request.tableName("Ledger")
			.pointInTimeRecoverySpecification(spec -> spec.pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(36))));
	}

	@Scenario
	void continuousBackupsOfAMissingTableIsTableNotFound(Backend backend) {
		DynamoDbClient db = backend.client();

		assertError(() -> db.describeContinuousBackups(request -> request.tableName("Missing")), "TableNotFoundException");
		assertError(() -> db.updateContinuousBackups(request -> request.tableName("Missing")
			.pointInTimeRecoverySpecification(spec -> spec.pointInTimeRecoveryEnabled(true))), "TableNotFoundException");
	}

	@Scenario
	void restoreToTheLatestTimeCopiesTheItems(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Ledger").create(db);
		enableRecovery(db, "Ledger");
		db.putItem(request -> request.tableName("Ledger").item(Map.of("pk", AttributeValue.fromS("entry-1"))));

		db.restoreTableToPointInTime(request -> request.sourceTableName("Ledger").targetTableName("LedgerCopy")
			.useLatestRestorableTime(true));
		db.waiter().waitUntilTableExists(request -> request.tableName("LedgerCopy"));

		assertThat(db.scan(request -> request.tableName("LedgerCopy")).items()).extracting(item -> item.get("pk").s())
			.containsExactly("entry-1");
	}

	@Scenario
	void restoreWithoutRecoveryIsPointInTimeRecoveryUnavailable(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Ledger").create(db);

		assertError(() -> db.restoreTableToPointInTime(request -> request.sourceTableName("Ledger").targetTableName("LedgerCopy")
			.useLatestRestorableTime(true)), "PointInTimeRecoveryUnavailableException");
	}

	@Scenario
	void restoreOfAMissingTableIsTableNotFound(Backend backend) {
		DynamoDbClient db = backend.client();

		assertError(() -> db.restoreTableToPointInTime(request -> request.sourceTableName("Missing").targetTableName("Copy")
			.useLatestRestorableTime(true)), "TableNotFoundException");
	}

	@Scenario
	void restoreOntoAnExistingTableIsTableAlreadyExists(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Ledger").create(db);
		hashTable("Taken").create(db);
		enableRecovery(db, "Ledger");

		assertError(() -> db.restoreTableToPointInTime(request -> request.sourceTableName("Ledger").targetTableName("Taken")
			.useLatestRestorableTime(true)), "TableAlreadyExistsException");
	}

}
