package io.github.dynamoconnection.embedded.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.embedded.ManualClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BackupNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.BackupType;
import software.amazon.awssdk.services.dynamodb.model.BackupTypeFilter;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.InvalidRestoreTimeException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryUnavailableException;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableAlreadyExistsException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Restores from a backup and to a point in time: items, key schema, indexes and overrides of the new table. */
class TableRestoreTests {

	private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().clock(clock).start();

	private final DynamoDbClient client = dynamoDb.client();

	@AfterEach
	void close() {
		dynamoDb.close();
	}

	@Test
	void restoreFromBackupHasTheBackedUpItemsKeySchemaAndIndexes() {
		createOrders();
		put("c1", "o1", "open");
		put("c1", "o2", "shipped");
		put("c2", "o3", "open");
		String backupArn = backup("orders", "before-changes");
		put("c3", "o4", "open");
		client.deleteItem((request) -> request.tableName("orders").key(key("c1", "o1")));

		TableDescription restored = client.restoreTableFromBackup((request) -> request.backupArn(backupArn)
			.targetTableName("orders-restored")).tableDescription();

		assertThat(restored.keySchema()).isEqualTo(client.describeTable((r) -> r.tableName("orders")).table().keySchema());
		assertThat(restored.globalSecondaryIndexes()).extracting("indexName").containsExactly("by-status");
		assertThat(restored.localSecondaryIndexes()).extracting("indexName").containsExactly("by-total");
		assertThat(restored.restoreSummary().sourceBackupArn()).isEqualTo(backupArn);
		assertThat(restored.itemCount()).isEqualTo(3);
		assertThat(orderIds("orders-restored")).containsExactlyInAnyOrder("o1", "o2", "o3");
		assertThat(client.query((request) -> request.tableName("orders-restored").indexName("by-status")
			.keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
			.expressionAttributeValues(Map.of(":s", AttributeValue.fromS("open")))).items())
			.extracting((item) -> item.get("order").s()).containsExactlyInAnyOrder("o1", "o3");
		assertThat(client.query((request) -> request.tableName("orders-restored").indexName("by-total")
			.keyConditionExpression("customer = :c").expressionAttributeValues(Map.of(":c", AttributeValue.fromS("c1"))))
			.count()).isEqualTo(2);
	}

	@Test
	void restoreOverridesBillingModeThroughputAndIndexes() {
		createOrders();
		put("c1", "o1", "open");
		String backupArn = backup("orders", "backup-1");

		TableDescription restored = client.restoreTableFromBackup((request) -> request.backupArn(backupArn)
			.targetTableName("orders-lean")
			.billingModeOverride(BillingMode.PROVISIONED)
			.provisionedThroughputOverride((throughput) -> throughput.readCapacityUnits(4L).writeCapacityUnits(2L))
			.globalSecondaryIndexOverride(List.of())
			.localSecondaryIndexOverride(List.of())).tableDescription();

		assertThat(restored.billingModeSummary().billingMode()).isEqualTo(BillingMode.PROVISIONED);
		assertThat(restored.provisionedThroughput().readCapacityUnits()).isEqualTo(4L);
		assertThat(restored.globalSecondaryIndexes()).isEmpty();
		assertThat(restored.localSecondaryIndexes()).isEmpty();
		assertThat(restored.attributeDefinitions()).extracting("attributeName").containsExactlyInAnyOrder("customer", "order");
		assertThat(orderIds("orders-lean")).containsExactly("o1");
	}

	@Test
	void restoreIntoAnExistingTableOrFromAnUnknownBackupFails() {
		createOrders();
		String backupArn = backup("orders", "backup-1");

		assertThatExceptionOfType(TableAlreadyExistsException.class).isThrownBy(() -> client
			.restoreTableFromBackup((request) -> request.backupArn(backupArn).targetTableName("orders")));
		client.deleteBackup((request) -> request.backupArn(backupArn));
		assertThatExceptionOfType(BackupNotFoundException.class).isThrownBy(() -> client
			.restoreTableFromBackup((request) -> request.backupArn(backupArn).targetTableName("orders-2")));
	}

	@Test
	void backupOutlivesItsTable() {
		createOrders();
		put("c1", "o1", "open");
		String backupArn = backup("orders", "backup-1");
		client.deleteTable((request) -> request.tableName("orders"));

		client.restoreTableFromBackup((request) -> request.backupArn(backupArn).targetTableName("orders"));

		assertThat(orderIds("orders")).containsExactly("o1");
	}

	@Test
	void deletingATableWithRecoveryOnLeavesASystemBackupThatRestores() {
		createOrders();
		put("c1", "o1", "open");
		client.updateContinuousBackups((request) -> request.tableName("orders")
			.pointInTimeRecoverySpecification((spec) -> spec.pointInTimeRecoveryEnabled(true)));
		client.deleteTable((request) -> request.tableName("orders"));

		List<BackupSummary> system = client.listBackups((request) -> request.backupType(BackupTypeFilter.SYSTEM))
			.backupSummaries();

		assertThat(client.listBackups((request) -> { }).backupSummaries()).isEmpty();
		assertThat(system).singleElement().satisfies((backup) -> {
			assertThat(backup.backupName()).isEqualTo("orders$DeletedTableBackup");
			assertThat(backup.backupType()).isEqualTo(BackupType.SYSTEM);
			assertThat(backup.backupExpiryDateTime()).isEqualTo(clock.instant().plus(Duration.ofDays(35)));
		});
		client.restoreTableFromBackup((request) -> request.backupArn(system.get(0).backupArn()).targetTableName("orders"));
		assertThat(orderIds("orders")).containsExactly("o1");
		clock.advance(Duration.ofDays(35));
		assertThat(client.listBackups((request) -> request.backupType(BackupTypeFilter.ALL)).backupSummaries()).isEmpty();
	}

	@Test
	void restoreToPointInTimeRollsTheItemsBack() {
		createOrders();
		put("c1", "o1", "open");
		client.updateContinuousBackups((request) -> request.tableName("orders")
			.pointInTimeRecoverySpecification((spec) -> spec.pointInTimeRecoveryEnabled(true)));
		clock.advance(Duration.ofMinutes(1));
		put("c1", "o2", "open");
		Instant afterSecondPut = clock.instant();
		clock.advance(Duration.ofMinutes(1));
		put("c1", "o1", "shipped");
		client.deleteItem((request) -> request.tableName("orders").key(key("c1", "o2")));
		put("c1", "o3", "open");
		clock.advance(Duration.ofMinutes(1));

		client.restoreTableToPointInTime((request) -> request.sourceTableName("orders").targetTableName("orders-then")
			.restoreDateTime(afterSecondPut));
		client.restoreTableToPointInTime((request) -> request.sourceTableName("orders").targetTableName("orders-now")
			.useLatestRestorableTime(true));

		assertThat(statuses("orders-then")).isEqualTo(Map.of("o1", "open", "o2", "open"));
		assertThat(statuses("orders-now")).isEqualTo(Map.of("o1", "shipped", "o3", "open"));
		assertThat(client.describeTable((r) -> r.tableName("orders-then")).table().globalSecondaryIndexes()).hasSize(1);
	}

	@Test
	void restoreToPointInTimeNeedsRecoveryAndATimeInTheWindow() {
		createOrders();
		assertThatExceptionOfType(PointInTimeRecoveryUnavailableException.class).isThrownBy(() -> client
			.restoreTableToPointInTime((request) -> request.sourceTableName("orders").targetTableName("x-orders")
				.useLatestRestorableTime(true)));
		Instant beforeEnabling = clock.instant();
		clock.advance(Duration.ofSeconds(5));
		client.updateContinuousBackups((request) -> request.tableName("orders")
			.pointInTimeRecoverySpecification((spec) -> spec.pointInTimeRecoveryEnabled(true)));

		assertThatExceptionOfType(InvalidRestoreTimeException.class).isThrownBy(() -> client
			.restoreTableToPointInTime((request) -> request.sourceTableName("orders").targetTableName("x-orders")
				.restoreDateTime(beforeEnabling)));
	}

	private void createOrders() {
		client.createTable(CreateTableRequest.builder()
			.tableName("orders")
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(attribute("customer"), attribute("order"), attribute("status"),
					AttributeDefinition.builder().attributeName("total").attributeType(ScalarAttributeType.N).build())
			.keySchema(keyElement("customer", KeyType.HASH), keyElement("order", KeyType.RANGE))
			.globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("by-status")
				.keySchema(keyElement("status", KeyType.HASH))
				.projection((projection) -> projection.projectionType(ProjectionType.ALL)).build())
			.localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("by-total")
				.keySchema(keyElement("customer", KeyType.HASH), keyElement("total", KeyType.RANGE))
				.projection((projection) -> projection.projectionType(ProjectionType.KEYS_ONLY)).build())
			.build());
	}

	private String backup(String table, String name) {
		return client.createBackup((request) -> request.tableName(table).backupName(name)).backupDetails().backupArn();
	}

	private void put(String customer, String order, String status) {
		client.putItem((request) -> request.tableName("orders").item(Map.of("customer", AttributeValue.fromS(customer),
				"order", AttributeValue.fromS(order), "status", AttributeValue.fromS(status), "total", AttributeValue.fromN("10"))));
	}

	private List<String> orderIds(String table) {
		return client.scan((request) -> request.tableName(table)).items().stream().map((item) -> item.get("order").s()).toList();
	}

	private Map<String, String> statuses(String table) {
		Map<String, String> statuses = new java.util.TreeMap<>();
		client.scan((request) -> request.tableName(table)).items()
			.forEach((item) -> statuses.put(item.get("order").s(), item.get("status").s()));
		return statuses;
	}

	private static Map<String, AttributeValue> key(String customer, String order) {
		return Map.of("customer", AttributeValue.fromS(customer), "order", AttributeValue.fromS(order));
	}

	private static AttributeDefinition attribute(String name) {
		return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
	}

	private static KeySchemaElement keyElement(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

}
