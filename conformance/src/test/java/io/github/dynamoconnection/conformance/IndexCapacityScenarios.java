package io.github.dynamoconnection.conformance;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static io.github.dynamoconnection.conformance.Tables.projection;
import static io.github.dynamoconnection.conformance.Tables.rangeTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ReturnConsumedCapacity=INDEXES} in the shape of DynamoDB's ConsumedCapacity: the total,
 * a {@code Table} entry, and {@code GlobalSecondaryIndexes} / {@code LocalSecondaryIndexes} maps
 * naming each index the request read or wrote.
 */
class IndexCapacityScenarios {

	private static DynamoDbClient indexed(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Metered", ScalarAttributeType.S)
			.globalIndex("byGroup", "g", ScalarAttributeType.S, null, null, projection(ProjectionType.ALL))
			.localIndex("byLocal", "l", ScalarAttributeType.S, projection(ProjectionType.ALL))
			.create(db);
		db.putItem(request -> request.tableName("Metered").item(item("pk", s("p"), "sk", s("1"), "g", s("x"), "l", s("y"))));
		return db;
	}

	private static void assertTotalIsTheSumOfTheParts(ConsumedCapacity consumed) {
		double parts = consumed.table().capacityUnits();
		for (var capacity : consumed.globalSecondaryIndexes().values()) {
			parts += capacity.capacityUnits();
		}
		for (var capacity : consumed.localSecondaryIndexes().values()) {
			parts += capacity.capacityUnits();
		}
		assertThat(consumed.capacityUnits()).isEqualTo(parts);
	}

	@Scenario
	void queryOnGlobalIndexReportsTheIndexRead(Backend backend) {
		DynamoDbClient db = indexed(backend);

		ConsumedCapacity consumed = db.query(request -> request.tableName("Metered").indexName("byGroup")
			.keyConditionExpression("g = :g").expressionAttributeValues(item(":g", s("x")))
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();

		assertThat(consumed.tableName()).isEqualTo("Metered");
		assertThat(consumed.capacityUnits()).isEqualTo(0.5);
		assertThat(consumed.globalSecondaryIndexes()).containsOnlyKeys("byGroup");
		assertThat(consumed.globalSecondaryIndexes().get("byGroup").capacityUnits()).isEqualTo(0.5);
		assertThat(consumed.localSecondaryIndexes()).isEmpty();
		assertTotalIsTheSumOfTheParts(consumed);
	}

	@Scenario
	void queryOnEmptyLocalIndexPartitionWithSortKeyConditionReportsCapacity(Backend backend) {
		DynamoDbClient db = indexed(backend);

		ConsumedCapacity consumed = db.query(request -> request.tableName("Metered").indexName("byLocal")
			.keyConditionExpression("pk = :p AND l > :l").expressionAttributeValues(item(":p", s("nobody"), ":l", s("a")))
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();

		assertThat(consumed.localSecondaryIndexes()).containsOnlyKeys("byLocal");
		assertTotalIsTheSumOfTheParts(consumed);
	}

	@Scenario
	void queryOnLocalIndexReportsTheIndexRead(Backend backend) {
		DynamoDbClient db = indexed(backend);

		ConsumedCapacity consumed = db.query(request -> request.tableName("Metered").indexName("byLocal")
			.keyConditionExpression("pk = :p").expressionAttributeValues(item(":p", s("p")))
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();

		assertThat(consumed.capacityUnits()).isEqualTo(0.5);
		assertThat(consumed.localSecondaryIndexes()).containsOnlyKeys("byLocal");
		assertThat(consumed.globalSecondaryIndexes()).isEmpty();
		assertTotalIsTheSumOfTheParts(consumed);
	}

	@Scenario
	void scanOnGlobalIndexReportsTheIndexRead(Backend backend) {
		DynamoDbClient db = indexed(backend);

		ConsumedCapacity consumed = db.scan(request -> request.tableName("Metered").indexName("byGroup")
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();

		assertThat(consumed.globalSecondaryIndexes()).containsOnlyKeys("byGroup");
		assertTotalIsTheSumOfTheParts(consumed);
	}

	@Scenario
	void getItemReportsOnlyTheTable(Backend backend) {
		DynamoDbClient db = indexed(backend);

		ConsumedCapacity consumed = db.getItem(request -> request.tableName("Metered").key(item("pk", s("p"), "sk", s("1")))
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();

		assertThat(consumed.table().capacityUnits()).isEqualTo(0.5);
		assertThat(consumed.globalSecondaryIndexes()).isEmpty();
		assertThat(consumed.localSecondaryIndexes()).isEmpty();
	}

	@Scenario
	void putItemReportsEveryIndexItWrites(Backend backend) {
		DynamoDbClient db = indexed(backend);

		ConsumedCapacity consumed = db.putItem(request -> request.tableName("Metered")
			.item(item("pk", s("p"), "sk", s("2"), "g", s("x"), "l", s("z")))
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();

		assertThat(consumed.capacityUnits()).isEqualTo(3.0);
		assertThat(consumed.table().capacityUnits()).isEqualTo(1.0);
		assertThat(consumed.globalSecondaryIndexes().get("byGroup").capacityUnits()).isEqualTo(1.0);
		assertThat(consumed.localSecondaryIndexes().get("byLocal").capacityUnits()).isEqualTo(1.0);
	}

	@Scenario
	void batchWriteReportsEveryIndexItWrites(Backend backend) {
		DynamoDbClient db = indexed(backend);

		List<ConsumedCapacity> consumed = db.batchWriteItem(request -> request
			.requestItems(Map.of("Metered", List.of(WriteRequest.builder()
				.putRequest(put -> put.item(item("pk", s("q"), "sk", s("1"), "g", s("x"))))
				.build())))
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();

		assertThat(consumed).singleElement().satisfies(capacity -> {
			assertThat(capacity.capacityUnits()).isEqualTo(2.0);
			assertThat(capacity.globalSecondaryIndexes()).containsOnlyKeys("byGroup");
			assertThat(capacity.localSecondaryIndexes()).isEmpty();
		});
	}

	@Scenario
	void transactWriteReportsEveryIndexItWritesDoubled(Backend backend) {
		DynamoDbClient db = indexed(backend);

		List<ConsumedCapacity> consumed = db.transactWriteItems(request -> request
			.transactItems(TransactWriteItem.builder()
				.put(put -> put.tableName("Metered").item(item("pk", s("q"), "sk", s("1"), "l", s("y"))))
				.build())
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();

		assertThat(consumed).singleElement().satisfies(capacity -> {
			assertThat(capacity.capacityUnits()).isEqualTo(4.0);
			assertThat(capacity.table().capacityUnits()).isEqualTo(2.0);
			assertThat(capacity.localSecondaryIndexes().get("byLocal").capacityUnits()).isEqualTo(2.0);
			assertThat(capacity.globalSecondaryIndexes()).isEmpty();
		});
	}

}
