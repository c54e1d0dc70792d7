package io.github.dynamoconnection.conformance;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BackupDescription;
import software.amazon.awssdk.services.dynamodb.model.BackupDetails;
import software.amazon.awssdk.services.dynamodb.model.BackupStatus;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.BackupType;
import software.amazon.awssdk.services.dynamodb.model.BackupTypeFilter;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Tables.projection;
import static org.assertj.core.api.Assertions.assertThat;

/** On-demand backups: CreateBackup, DescribeBackup, ListBackups, DeleteBackup and RestoreTableFromBackup. */
class BackupScenarios {

	private static final String ARN_OF_NO_BACKUP = "arn:aws:dynamodb:us-east-1:123456789012:table/Gone/backup/01489602797149-73d8d5bc";

	private static void put(DynamoDbClient db, String table, String pk, String category) {
		db.putItem(request -> request.tableName(table)
			.item(Map.of("pk", AttributeValue.fromS(pk), "category", AttributeValue.fromS(category))));
	}

	private static void createCatalog(DynamoDbClient db) {
		hashTable("Catalog").globalIndex("by-category", "category", ScalarAttributeType.S, null, null,
				projection(ProjectionType.ALL)).create(db);
	}

	private static String backup(DynamoDbClient db, String table, String name) {
		return db.createBackup(request -> request.tableName(table).backupName(name)).backupDetails().backupArn();
	}

	@Scenario
	void createBackupAnswersAvailableUserBackupDetails(Backend backend) {
		DynamoDbClient db = backend.client();
		String tableArn = hashTable("Catalog").create(db).tableArn();

		BackupDetails details = db.createBackup(request -> request.tableName("Catalog").backupName("nightly")).backupDetails();

		assertThat(details.backupName()).isEqualTo("nightly");
		assertThat(details.backupArn()).startsWith(tableArn + "/backup/");
		assertThat(details.backupStatus()).isEqualTo(BackupStatus.AVAILABLE);
		assertThat(details.backupType()).isEqualTo(BackupType.USER);
		assertThat(details.backupCreationDateTime()).isNotNull();
	}

	@Scenario
	void describeBackupNamesTheSourceTableAndItsIndexes(Backend backend) {
		DynamoDbClient db = backend.client();
		createCatalog(db);
		put(db, "Catalog", "a", "books");
		String arn = backup(db, "Catalog", "nightly");

		BackupDescription description = db.describeBackup(request -> request.backupArn(arn)).backupDescription();

		assertThat(description.backupDetails().backupArn()).isEqualTo(arn);
		assertThat(description.sourceTableDetails().tableName()).isEqualTo("Catalog");
		assertThat(description.sourceTableDetails().keySchema()).extracting("attributeName").containsExactly("pk");
		assertThat(description.sourceTableFeatureDetails().globalSecondaryIndexes()).extracting("indexName")
			.containsExactly("by-category");
	}

	@Scenario
	void restoreFromBackupCopiesTheItemsAndIndexesOfTheBackup(Backend backend) {
		DynamoDbClient db = backend.client();
		createCatalog(db);
		put(db, "Catalog", "a", "books");
		put(db, "Catalog", "b", "games");
		String arn = backup(db, "Catalog", "nightly");
		put(db, "Catalog", "c", "books");

		TableDescription restored = db.restoreTableFromBackup(request -> request.backupArn(arn).targetTableName("CatalogCopy"))
			.tableDescription();
		db.waiter().waitUntilTableExists(request -> request.tableName("CatalogCopy"));

		assertThat(restored.tableName()).isEqualTo("CatalogCopy");
		assertThat(db.scan(request -> request.tableName("CatalogCopy")).items()).extracting(item -> item.get("pk").s())
			.containsExactlyInAnyOrder("a", "b");
		assertThat(db.query(request -> request.tableName("CatalogCopy").indexName("by-category")
			.keyConditionExpression("category = :c").expressionAttributeValues(Map.of(":c", AttributeValue.fromS("books"))))
			.items()).extracting(item -> item.get("pk").s()).containsExactly("a");
	}

	@Scenario
	void restoreWithAnEmptyIndexOverrideRestoresNoIndex(Backend backend) {
		DynamoDbClient db = backend.client();
		createCatalog(db);
		String arn = backup(db, "Catalog", "nightly");

		db.restoreTableFromBackup(request -> request.backupArn(arn).targetTableName("CatalogLean")
			.globalSecondaryIndexOverride(List.of()));
		db.waiter().waitUntilTableExists(request -> request.tableName("CatalogLean"));

		assertThat(db.describeTable(request -> request.tableName("CatalogLean")).table().globalSecondaryIndexes()).isEmpty();
	}

	@Scenario
	void restoreWithABillingModeOverrideTakesTheNewThroughput(Backend backend) {
		DynamoDbClient db = backend.client();
		createCatalog(db);
		String arn = backup(db, "Catalog", "nightly");

		db.restoreTableFromBackup(request -> request.backupArn(arn).targetTableName("CatalogProvisioned")
			.billingModeOverride(BillingMode.PROVISIONED)
			.provisionedThroughputOverride(throughput -> throughput.readCapacityUnits(5L).writeCapacityUnits(3L)));
		db.waiter().waitUntilTableExists(request -> request.tableName("CatalogProvisioned"));

		TableDescription restored = db.describeTable(request -> request.tableName("CatalogProvisioned")).table();
		assertThat(restored.billingModeSummary().billingMode()).isEqualTo(BillingMode.PROVISIONED);
		assertThat(restored.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
		assertThat(restored.provisionedThroughput().writeCapacityUnits()).isEqualTo(3L);
	}

	@Scenario
	void restoredTableCarriesItsRestoreSummary(Backend backend) {
		DynamoDbClient db = backend.client();
		String tableArn = hashTable("Catalog").create(db).tableArn();
		String arn = backup(db, "Catalog", "nightly");

		db.restoreTableFromBackup(request -> request.backupArn(arn).targetTableName("CatalogCopy"));
		db.waiter().waitUntilTableExists(request -> request.tableName("CatalogCopy"));

		var summary = db.describeTable(request -> request.tableName("CatalogCopy")).table().restoreSummary();
		assertThat(summary.sourceBackupArn()).isEqualTo(arn);
		assertThat(summary.sourceTableArn()).isEqualTo(tableArn);
		assertThat(summary.restoreDateTime()).isNotNull();
	}

	@Scenario
	void restoreOntoAnExistingTableIsTableAlreadyExists(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Catalog").create(db);
		String arn = backup(db, "Catalog", "nightly");

		assertError(() -> db.restoreTableFromBackup(request -> request.backupArn(arn).targetTableName("Catalog")),
				"TableAlreadyExistsException");
	}

	@Scenario
	void backupOfAMissingTableIsTableNotFound(Backend backend) {
		DynamoDbClient db = backend.client();

		assertError(() -> db.createBackup(request -> request.tableName("Missing").backupName("nightly")), "TableNotFoundException");
	}

	@Scenario
	void unknownBackupIsBackupNotFound(Backend backend) {
		DynamoDbClient db = backend.client();

		assertError(() -> db.describeBackup(request -> request.backupArn(ARN_OF_NO_BACKUP)), "BackupNotFoundException");
		assertError(() -> db.deleteBackup(request -> request.backupArn(ARN_OF_NO_BACKUP)), "BackupNotFoundException");
		assertError(() -> db.restoreTableFromBackup(request -> request.backupArn(ARN_OF_NO_BACKUP).targetTableName("Copy")),
				"BackupNotFoundException");
	}

	@Scenario
	void deleteBackupAnswersItsDescriptionAndForgetsIt(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Catalog").create(db);
		String arn = backup(db, "Catalog", "nightly");

		BackupDescription deleted = db.deleteBackup(request -> request.backupArn(arn)).backupDescription();

		assertThat(deleted.backupDetails().backupStatus()).isEqualTo(BackupStatus.DELETED);
		assertThat(db.listBackups(request -> request.tableName("Catalog")).backupSummaries()).isEmpty();
	}

	@Scenario
	void listBackupsFiltersByTableAndPagesWithLimit(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Catalog").create(db);
		hashTable("Orders").create(db);
		backup(db, "Catalog", "first");
		backup(db, "Catalog", "second");
		backup(db, "Orders", "other");

		List<BackupSummary> firstPage = db.listBackups(request -> request.tableName("Catalog").limit(1)).backupSummaries();
		String last = db.listBackups(request -> request.tableName("Catalog").limit(1)).lastEvaluatedBackupArn();
		List<BackupSummary> secondPage = db.listBackups(request -> request.tableName("Catalog").limit(1)
			.exclusiveStartBackupArn(last)).backupSummaries();

		assertThat(db.listBackups(request -> request.tableName("Catalog")).backupSummaries()).extracting("backupName")
			.containsExactlyInAnyOrder("first", "second");
		assertThat(firstPage).hasSize(1);
		assertThat(last).isEqualTo(firstPage.get(0).backupArn());
		assertThat(secondPage).hasSize(1).extracting("backupName").doesNotContain(firstPage.get(0).backupName());
	}

	/** The API reference: TableName may also be the table's ARN. */
	@Scenario
	void listBackupsAcceptsTheTableArn(Backend backend) {
		DynamoDbClient db = backend.client();
		String tableArn = hashTable("Catalog").create(db).tableArn();
		hashTable("Orders").create(db);
		backup(db, "Catalog", "nightly");
		backup(db, "Orders", "other");

		assertThat(db.listBackups(request -> request.tableName(tableArn)).backupSummaries()).extracting("backupName")
			.containsExactly("nightly");
	}

	/**
	 * The developer guide: deleting a table with point-in-time recovery on makes a SYSTEM backup
	 * named {@code table-name$DeletedTableBackup}; ListBackups lists USER backups unless asked.
	 */
	@Scenario
	void deletingATableWithRecoveryOnLeavesASystemBackup(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Catalog").create(db);
		db.updateContinuousBackups(request -> request.tableName("Catalog")
			.pointInTimeRecoverySpecification(spec -> spec.pointInTimeRecoveryEnabled(true)));

		db.deleteTable(request -> request.tableName("Catalog"));

		assertThat(db.listBackups(request -> { }).backupSummaries()).isEmpty();
		assertThat(db.listBackups(request -> request.backupType(BackupTypeFilter.SYSTEM)).backupSummaries())
			.extracting(BackupSummary::backupName).containsExactly("Catalog$DeletedTableBackup");
	}

	@Scenario
	void backupNameShorterThanThreeCharactersIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Catalog").create(db);

		DynamoErrors.assertValidation(() -> db.createBackup(request -> request.tableName("Catalog").backupName("ab")),
				"backupName");
	}

}
