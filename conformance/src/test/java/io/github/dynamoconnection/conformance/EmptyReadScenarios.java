package io.github.dynamoconnection.conformance;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.Tables.projection;
import static io.github.dynamoconnection.conformance.Tables.rangeTable;
import static io.github.dynamoconnection.conformance.Values.b;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads of nothing: every read path on empty tables, empty partitions, empty and sparse indexes and
 * partitions whose last item was deleted answers an empty result (never an error), and on an absent
 * table ResourceNotFoundException.
 */
class EmptyReadScenarios {

	private static final List<String> SORT_KEY_CONDITIONS = List.of("sk = :v", "sk < :v", "sk <= :v", "sk > :v", "sk >= :v",
			"sk BETWEEN :v AND :w", "begins_with(sk, :v)");

	private static DynamoDbClient indexedTable(Backend backend, ScalarAttributeType sortType) {
		DynamoDbClient db = backend.client();
		rangeTable("Sparse", sortType)
			.globalIndex("byGroup", "g", ScalarAttributeType.S, "gs", sortType, projection(ProjectionType.ALL))
			.localIndex("byLocal", "l", sortType, projection(ProjectionType.ALL))
			.create(db);
		return db;
	}

	private static int query(DynamoDbClient db, String index, String hashName, String condition, AttributeValue low, AttributeValue high) {
		String rangeName = (index == null) ? "sk" : index.equals("byGroup") ? "gs" : "l";
		return db.query(request -> {
			request.tableName("Sparse")
				.keyConditionExpression("#h = :h AND " + condition.replace("sk", "#r"))
				.expressionAttributeNames(Map.of("#h", hashName, "#r", rangeName))
				.expressionAttributeValues(condition.contains(":w") ? item(":h", s("p"), ":v", low, ":w", high) : item(":h", s("p"), ":v", low));
			if (index != null) {
				request.indexName(index);
			}
		}).count();
	}

	private static void everySortKeyConditionFindsNothing(DynamoDbClient db, String index, String hashName, AttributeValue low,
			AttributeValue high, boolean prefixable) {
		for (String condition : SORT_KEY_CONDITIONS) {
			if (prefixable || !condition.startsWith("begins_with")) {
				assertThat(query(db, index, hashName, condition, low, high)).as(condition).isZero();
			}
		}
	}

	@Scenario
	void sortKeyConditionsOnAnEmptyPartitionFindNothing(Backend backend) {
		DynamoDbClient db = indexedTable(backend, ScalarAttributeType.S);

		everySortKeyConditionFindsNothing(db, null, "pk", s("a"), s("z"), true);
		everySortKeyConditionFindsNothing(db, "byGroup", "g", s("a"), s("z"), true);
		everySortKeyConditionFindsNothing(db, "byLocal", "pk", s("a"), s("z"), true);
	}

	@Scenario
	void numberAndBinarySortKeyConditionsOnEmptyPartitionsFindNothing(Backend backend) {
		DynamoDbClient db = indexedTable(backend, ScalarAttributeType.N);
		everySortKeyConditionFindsNothing(db, null, "pk", n(1), n(2), false);
		everySortKeyConditionFindsNothing(db, "byGroup", "g", n(1), n(2), false);
		db.deleteTable(request -> request.tableName("Sparse"));
		db.waiter().waitUntilTableNotExists(request -> request.tableName("Sparse"));

		DynamoDbClient binary = indexedTable(backend, ScalarAttributeType.B);
		everySortKeyConditionFindsNothing(binary, null, "pk", b(1), b(0xFF), true);
		everySortKeyConditionFindsNothing(binary, "byLocal", "pk", b(1), b(0xFF), true);
	}

	@Scenario
	void partitionWhoseLastItemWasDeletedReadsEmpty(Backend backend) {
		DynamoDbClient db = indexedTable(backend, ScalarAttributeType.S);
		db.putItem(request -> request.tableName("Sparse").item(item("pk", s("p"), "sk", s("m"), "g", s("p"), "gs", s("m"), "l", s("m"))));
		db.deleteItem(request -> request.tableName("Sparse").key(item("pk", s("p"), "sk", s("m"))));

		everySortKeyConditionFindsNothing(db, null, "pk", s("a"), s("z"), true);
		everySortKeyConditionFindsNothing(db, "byGroup", "g", s("a"), s("z"), true);
		everySortKeyConditionFindsNothing(db, "byLocal", "pk", s("a"), s("z"), true);
		assertThat(db.scan(request -> request.tableName("Sparse")).count()).isZero();
		assertThat(db.scan(request -> request.tableName("Sparse").indexName("byGroup")).count()).isZero();
	}

	@Scenario
	void sparseIndexHoldsOnlyItemsWithItsKeys(Backend backend) {
		DynamoDbClient db = indexedTable(backend, ScalarAttributeType.S);
		db.putItem(request -> request.tableName("Sparse").item(item("pk", s("p"), "sk", s("m"))));

		assertThat(db.query(request -> request.tableName("Sparse").keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("p")))).count()).isEqualTo(1);
		everySortKeyConditionFindsNothing(db, "byGroup", "g", s("a"), s("z"), true);
		everySortKeyConditionFindsNothing(db, "byLocal", "pk", s("a"), s("z"), true);
		assertThat(db.scan(request -> request.tableName("Sparse").indexName("byGroup")).count()).isZero();
		assertThat(db.scan(request -> request.tableName("Sparse").indexName("byLocal")).count()).isZero();
	}

	@Scenario
	void pointReadsOfAnEmptyTableFindNothing(Backend backend) {
		DynamoDbClient db = indexedTable(backend, ScalarAttributeType.S);
		Map<String, AttributeValue> key = item("pk", s("p"), "sk", s("m"));

		assertThat(db.getItem(request -> request.tableName("Sparse").key(key)).hasItem()).isFalse();
		assertThat(db.batchGetItem(request -> request.requestItems(Map.of("Sparse", KeysAndAttributes.builder().keys(key).build())))
			.responses()
			.get("Sparse")).isEmpty();
		assertThat(db.transactGetItems(request -> request.transactItems(TransactGetItem.builder().get(get -> get.tableName("Sparse").key(key)).build()))
			.responses()).singleElement().satisfies(response -> assertThat(response.hasItem()).isFalse());
		assertThat(db.executeStatement(request -> request.statement("SELECT * FROM \"Sparse\" WHERE pk = 'p' AND sk > 'a'")).items())
			.isEmpty();
		assertThat(db.executeStatement(request -> request.statement("SELECT * FROM \"Sparse\".\"byGroup\" WHERE g = 'p'")).items())
			.isEmpty();
	}

	@Scenario
	void readsOfAnAbsentTableAreResourceNotFound(Backend backend) {
		DynamoDbClient db = backend.client();
		Map<String, AttributeValue> key = item("pk", s("p"));

		assertError(() -> db.query(request -> request.tableName("Absent").keyConditionExpression("pk = :p AND sk > :s")
			.expressionAttributeValues(item(":p", s("p"), ":s", s("a")))), "ResourceNotFoundException");
		assertError(() -> db.scan(request -> request.tableName("Absent")), "ResourceNotFoundException");
		assertError(() -> db.getItem(request -> request.tableName("Absent").key(key)), "ResourceNotFoundException");
		assertError(() -> db.batchGetItem(request -> request.requestItems(Map.of("Absent", KeysAndAttributes.builder().keys(key).build()))),
				"ResourceNotFoundException");
		assertError(() -> db.executeStatement(request -> request.statement("SELECT * FROM \"Absent\" WHERE pk = 'p'")),
				"ResourceNotFoundException");
	}

}
