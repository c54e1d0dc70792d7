package io.github.dynamoconnection.conformance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Tables.projection;
import static io.github.dynamoconnection.conformance.Tables.rangeTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

/** CreateTable, DescribeTable, ListTables, UpdateTable, DeleteTable and their errors. */
class TableLifecycleScenarios {

	@Scenario
	void createdTableDescribesKeySchemaAndAttributes(Backend backend) {
		DynamoDbClient db = backend.client();
		TableDescription table = rangeTable("Thread", ScalarAttributeType.N).create(db);

		assertThat(table.tableName()).isEqualTo("Thread");
		assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
		assertThat(table.keySchema()).extracting(key -> key.attributeName() + ":" + key.keyType())
			.containsExactly("pk:HASH", "sk:RANGE");
		assertThat(table.attributeDefinitions()).extracting(AttributeDefinition::attributeName, AttributeDefinition::attributeType)
			.containsExactlyInAnyOrder(tuple("pk", ScalarAttributeType.S),
					tuple("sk", ScalarAttributeType.N));
		assertThat(table.tableArn()).endsWith(":table/Thread");
		assertThat(table.itemCount()).isZero();
		assertThat(table.tableSizeBytes()).isZero();
		assertThat(table.creationDateTime()).isNotNull();
	}

	@Scenario
	void describedTableHasTableId(Backend backend) {
		TableDescription table = hashTable("Ids").create(backend.client());

		assertThat(table.tableId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	}

	@Scenario
	void describeTableCountsItems(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Counted").create(db);
		db.putItem(request -> request.tableName("Counted").item(item("pk", s("a"))));
		db.putItem(request -> request.tableName("Counted").item(item("pk", s("b"))));

		TableDescription table = db.describeTable(request -> request.tableName("Counted")).table();

		assertThat(table.itemCount()).isEqualTo(2);
	}

	@Scenario
	void createTableWithGlobalAndLocalIndexesDescribesThem(Backend backend) {
		TableDescription table = rangeTable("Indexed", ScalarAttributeType.S)
			.globalIndex("byOwner", "owner", ScalarAttributeType.S, "created", ScalarAttributeType.N,
					projection(ProjectionType.INCLUDE, "title"))
			.localIndex("byRank", "rank", ScalarAttributeType.N, projection(ProjectionType.KEYS_ONLY))
			.provisioned(5, 4)
			.create(backend.client());

		GlobalSecondaryIndexDescription global = table.globalSecondaryIndexes().get(0);
		assertThat(global.indexName()).isEqualTo("byOwner");
		assertThat(global.keySchema()).extracting(key -> key.attributeName() + ":" + key.keyType())
			.containsExactly("owner:HASH", "created:RANGE");
		assertThat(global.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
		assertThat(global.projection().nonKeyAttributes()).containsExactly("title");
		assertThat(global.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
		assertThat(global.provisionedThroughput().readCapacityUnits()).isEqualTo(5);
		assertThat(global.provisionedThroughput().writeCapacityUnits()).isEqualTo(4);
		LocalSecondaryIndexDescription local = table.localSecondaryIndexes().get(0);
		assertThat(local.indexName()).isEqualTo("byRank");
		assertThat(local.keySchema()).extracting(key -> key.attributeName() + ":" + key.keyType())
			.containsExactly("pk:HASH", "rank:RANGE");
		assertThat(local.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
	}

	@Scenario
	void globalIndexDescriptionCarriesIndexArn(Backend backend) {
		TableDescription table = hashTable("Indexed")
			.globalIndex("byOwner", "owner", ScalarAttributeType.S, null, null, projection(ProjectionType.KEYS_ONLY))
			.create(backend.client());

		assertThat(table.globalSecondaryIndexes().get(0).indexArn()).isEqualTo(table.tableArn() + "/index/byOwner");
	}

	@Scenario
	void queryOnUnknownIndexIsValidation(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Plain").create(db);

		assertValidation(() -> db.query(request -> request.tableName("Plain")
			.indexName("nope")
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("a")))), "The table does not have the specified index: nope");
	}

	@Scenario
	void provisionedTableDescribesThroughput(Backend backend) {
		TableDescription table = hashTable("Provisioned").provisioned(7, 3).create(backend.client());

		assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(7);
		assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(3);
	}

	@Scenario
	void payPerRequestTableDescribesBillingMode(Backend backend) {
		TableDescription table = hashTable("OnDemand").create(backend.client());

		assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
		assertThat(table.provisionedThroughput().readCapacityUnits()).isZero();
		assertThat(table.provisionedThroughput().writeCapacityUnits()).isZero();
	}

	@Scenario
	void createExistingTableIsResourceInUse(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Twice").create(db);

		assertError(() -> db.createTable(hashTable("Twice").request()), "ResourceInUseException");
	}

	@Scenario
	void createTableWithUndefinedKeyAttributeIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.createTable(request -> request.tableName("Broken")
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.keySchema(Tables.key("pk", KeyType.HASH))
			.attributeDefinitions(AttributeDefinition.builder().attributeName("other").attributeType(ScalarAttributeType.S).build())));
	}

	@Scenario
	void createTableWithUnusedAttributeDefinitionIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.createTable(request -> request.tableName("Unused")
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.keySchema(Tables.key("pk", KeyType.HASH))
			.attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
					AttributeDefinition.builder().attributeName("extra").attributeType(ScalarAttributeType.S).build())));
	}

	@Scenario
	void tableNameShorterThanThreeCharactersIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.createTable(hashTable("ab").request()));
	}

	@Scenario
	void provisionedTableWithoutThroughputIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.createTable(hashTable("NoThroughput").request().toBuilder().billingMode(BillingMode.PROVISIONED).build()));
	}

	@Scenario
	void listTablesLimitAbove100IsRejected(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.listTables(request -> request.limit(101)));
	}

	@Scenario
	void writesToLocalIndexTableReportItemCollectionMetrics(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Collected", ScalarAttributeType.S).localIndex("byRank", "rank", ScalarAttributeType.N, projection(ProjectionType.ALL)).create(db);

		var metrics = db.putItem(request -> request.tableName("Collected")
			.item(item("pk", s("a"), "sk", s("x"), "rank", n(1)))
			.returnItemCollectionMetrics("SIZE")).itemCollectionMetrics();

		assertThat(metrics.itemCollectionKey()).isEqualTo(item("pk", s("a")));
		assertThat(metrics.sizeEstimateRangeGB()).hasSize(2);
	}

	@Scenario
	void describeMissingTableIsResourceNotFound(Backend backend) {
		DynamoDbClient db = backend.client();

		assertError(() -> db.describeTable(request -> request.tableName("Missing")), "ResourceNotFoundException");
	}

	@Scenario
	void itemOperationOnMissingTableIsResourceNotFound(Backend backend) {
		DynamoDbClient db = backend.client();

		assertError(() -> db.putItem(request -> request.tableName("Missing").item(item("pk", s("a")))), "ResourceNotFoundException");
	}

	@Scenario
	void deleteTableRemovesIt(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Doomed").create(db);

		TableDescription deleted = db.deleteTable(request -> request.tableName("Doomed")).tableDescription();

		assertThat(deleted.tableName()).isEqualTo("Doomed");
		db.waiter().waitUntilTableNotExists(request -> request.tableName("Doomed"));
		assertError(() -> db.describeTable(request -> request.tableName("Doomed")), "ResourceNotFoundException");
		assertThat(db.listTables().tableNames()).doesNotContain("Doomed");
	}

	@Scenario
	void recreatedTableStartsEmpty(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Reborn").create(db);
		db.putItem(request -> request.tableName("Reborn").item(item("pk", s("a"))));
		db.deleteTable(request -> request.tableName("Reborn"));
		db.waiter().waitUntilTableNotExists(request -> request.tableName("Reborn"));

		hashTable("Reborn").create(db);

		assertThat(db.scan(request -> request.tableName("Reborn")).count()).isZero();
	}

	@Scenario
	void describeLimitsReportsAccountLimits(Backend backend) {
		var limits = backend.client().describeLimits();

		assertThat(limits.accountMaxReadCapacityUnits()).isPositive();
		assertThat(limits.accountMaxWriteCapacityUnits()).isPositive();
		assertThat(limits.tableMaxReadCapacityUnits()).isPositive();
		assertThat(limits.tableMaxWriteCapacityUnits()).isPositive();
	}

	@Scenario
	void describeEndpointsNamesAnAddress(Backend backend) {
		var endpoints = backend.client().describeEndpoints().endpoints();

		assertThat(endpoints).isNotEmpty().allSatisfy(endpoint -> {
			assertThat(endpoint.address()).isNotBlank();
			assertThat(endpoint.cachePeriodInMinutes()).isPositive();
		});
	}

	@Scenario
	void updateOfMissingTableIsResourceNotFound(Backend backend) {
		DynamoDbClient db = backend.client();

		assertError(() -> db.updateTable(request -> request.tableName("Missing").billingMode(BillingMode.PAY_PER_REQUEST)),
				"ResourceNotFoundException");
	}

	@Scenario
	void deleteMissingTableIsResourceNotFound(Backend backend) {
		DynamoDbClient db = backend.client();

		assertError(() -> db.deleteTable(request -> request.tableName("Missing")), "ResourceNotFoundException");
	}

	@Scenario
	void listTablesIsSortedByName(Backend backend) {
		DynamoDbClient db = backend.client();
		for (String name : List.of("charlie", "Alpha", "bravo", "alpha")) {
			hashTable(name).create(db);
		}

		assertThat(db.listTables().tableNames()).containsExactly("Alpha", "alpha", "bravo", "charlie");
	}

	@Scenario
	void listTablesPaginatesWithLimitAndExclusiveStartTableName(Backend backend) {
		DynamoDbClient db = backend.client();
		for (String name : List.of("tbl1", "tbl2", "tbl3")) {
			hashTable(name).create(db);
		}

		ListTablesResponse first = db.listTables(request -> request.limit(2));
		ListTablesResponse second = db.listTables(request -> request.limit(2).exclusiveStartTableName(first.lastEvaluatedTableName()));

		assertThat(first.tableNames()).containsExactly("tbl1", "tbl2");
		assertThat(first.lastEvaluatedTableName()).isEqualTo("tbl2");
		assertThat(second.tableNames()).containsExactly("tbl3");
		assertThat(second.lastEvaluatedTableName()).isNull();
	}

	@Scenario
	void listTablesPaginatorFollowsEveryPage(Backend backend) {
		DynamoDbClient db = backend.client();
		for (String name : List.of("page1", "page2", "page3", "page4", "page5")) {
			hashTable(name).create(db);
		}

		List<String> names = new ArrayList<>();
		db.listTablesPaginator(request -> request.limit(2)).tableNames().forEach(names::add);

		assertThat(names).containsExactly("page1", "page2", "page3", "page4", "page5");
	}

	@Scenario
	void updateTableChangesProvisionedThroughput(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Scaled").provisioned(5, 5).create(db);

		db.updateTable(request -> request.tableName("Scaled").provisionedThroughput(throughput -> throughput.readCapacityUnits(10L).writeCapacityUnits(2L)));

		TableDescription table = db.describeTable(request -> request.tableName("Scaled")).table();
		assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(10);
		assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(2);
	}

	@Scenario
	void updateTableSwitchesBillingModeToPayPerRequest(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Switched").provisioned(5, 5).create(db);

		db.updateTable(request -> request.tableName("Switched").billingMode(BillingMode.PAY_PER_REQUEST));

		TableDescription table = db.describeTable(request -> request.tableName("Switched")).table();
		assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
	}

	@Scenario
	void updateTableCreatesGlobalIndexAndBackfillsIt(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Backfilled").create(db);
		db.putItem(request -> request.tableName("Backfilled").item(item("pk", s("a"), "color", s("red"), "size", n(1))));
		db.putItem(request -> request.tableName("Backfilled").item(item("pk", s("b"), "color", s("blue"), "size", n(2))));

		db.updateTable(request -> request.tableName("Backfilled")
			.attributeDefinitions(AttributeDefinition.builder().attributeName("color").attributeType(ScalarAttributeType.S).build())
			.globalSecondaryIndexUpdates(update -> update.create(create -> create.indexName("byColor")
				.keySchema(Tables.key("color", KeyType.HASH))
				.projection(projection(ProjectionType.ALL)))));

		await().atMost(Duration.ofSeconds(10)).until(() -> indexStatus(db, "Backfilled", "byColor") == IndexStatus.ACTIVE);
		assertThat(db.query(request -> request.tableName("Backfilled")
			.indexName("byColor")
			.keyConditionExpression("color = :c")
			.expressionAttributeValues(item(":c", s("red")))).items())
			.containsExactly(item("pk", s("a"), "color", s("red"), "size", n(1)));
	}

	@Scenario
	void updateTableChangesGlobalIndexThroughput(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Scaled").globalIndex("byColor", "color", ScalarAttributeType.S, null, null, projection(ProjectionType.ALL))
			.provisioned(5, 5)
			.create(db);

		db.updateTable(request -> request.tableName("Scaled")
			.globalSecondaryIndexUpdates(update -> update.update(index -> index.indexName("byColor")
				.provisionedThroughput(throughput -> throughput.readCapacityUnits(8L).writeCapacityUnits(9L)))));

		await().atMost(Duration.ofSeconds(10)).until(() -> indexStatus(db, "Scaled", "byColor") == IndexStatus.ACTIVE);
		GlobalSecondaryIndexDescription index = db.describeTable(request -> request.tableName("Scaled")).table().globalSecondaryIndexes().get(0);
		assertThat(index.provisionedThroughput().readCapacityUnits()).isEqualTo(8);
		assertThat(index.provisionedThroughput().writeCapacityUnits()).isEqualTo(9);
	}

	@Scenario
	void updateTableDeletesGlobalIndex(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Pruned").globalIndex("byColor", "color", ScalarAttributeType.S, null, null, projection(ProjectionType.ALL)).create(db);

		db.updateTable(request -> request.tableName("Pruned")
			.globalSecondaryIndexUpdates(update -> update.delete(delete -> delete.indexName("byColor"))));

		await().atMost(Duration.ofSeconds(10)).until(() -> indexStatus(db, "Pruned", "byColor") == null);
	}

	@Scenario
	void createTableWithStreamSpecificationDescribesIt(Backend backend) {
		DynamoDbClient db = backend.client();

		db.createTable(hashTable("Streamed").request().toBuilder()
			.streamSpecification(stream -> stream.streamEnabled(true).streamViewType("NEW_AND_OLD_IMAGES"))
			.build());

		TableDescription table = db.describeTable(request -> request.tableName("Streamed")).table();
		assertThat(table.streamSpecification().streamEnabled()).isTrue();
		assertThat(table.streamSpecification().streamViewTypeAsString()).isEqualTo("NEW_AND_OLD_IMAGES");
		assertThat(table.latestStreamArn()).startsWith(table.tableArn() + "/stream/");
	}

	private static IndexStatus indexStatus(DynamoDbClient db, String table, String index) {
		return db.describeTable(request -> request.tableName(table))
			.table()
			.globalSecondaryIndexes()
			.stream()
			.filter(description -> description.indexName().equals(index))
			.map(GlobalSecondaryIndexDescription::indexStatus)
			.findFirst()
			.orElse(null);
	}

}
