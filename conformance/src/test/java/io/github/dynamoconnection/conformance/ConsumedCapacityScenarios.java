package io.github.dynamoconnection.conformance;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Tables.projection;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** ReturnConsumedCapacity: reads per 4 KB (halved when eventually consistent), writes per 1 KB, transactions doubled, per-index breakdown. */
class ConsumedCapacityScenarios {

	private static DynamoDbClient table(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Metered").create(db);
		db.putItem(request -> request.tableName("Metered").item(item("pk", s("small"), "v", n(1))));
		db.putItem(request -> request.tableName("Metered").item(item("pk", s("large"), "v", s("x".repeat(5 * 1024)))));
		return db;
	}

	private static ConsumedCapacity get(DynamoDbClient db, String pk, boolean consistent) {
		return db.getItem(request -> request.tableName("Metered")
			.key(item("pk", s(pk)))
			.consistentRead(consistent)
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
	}

	@Scenario
	void eventuallyConsistentGetConsumesHalfAReadUnit(Backend backend) {
		ConsumedCapacity consumed = get(table(backend), "small", false);

		assertThat(consumed.tableName()).isEqualTo("Metered");
		assertThat(consumed.capacityUnits()).isEqualTo(0.5);
	}

	@Scenario
	void stronglyConsistentGetConsumesOneReadUnitPer4Kb(Backend backend) {
		DynamoDbClient db = table(backend);

		assertThat(get(db, "small", true).capacityUnits()).isEqualTo(1.0);
		assertThat(get(db, "large", true).capacityUnits()).isEqualTo(2.0);
	}

	@Scenario
	void putConsumesOneWriteUnitPerKb(Backend backend) {
		DynamoDbClient db = table(backend);

		ConsumedCapacity consumed = db.putItem(request -> request.tableName("Metered")
			.item(item("pk", s("new"), "v", s("x".repeat(1536))))
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();

		assertThat(consumed.capacityUnits()).isEqualTo(2.0);
	}

	@Scenario
	void writeUnitsStepUpAfterEachKilobyteOfNamesAndValues(Backend backend) {
		DynamoDbClient db = table(backend);
		// "pk" + "k" + "v" = 4 bytes: a 1020-byte value makes exactly 1 KB, one byte more needs a second unit
		double exactlyOneKb = db.putItem(request -> request.tableName("Metered")
			.item(item("pk", s("k"), "v", s("x".repeat(1020))))
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits();
		double oneByteMore = db.putItem(request -> request.tableName("Metered")
			.item(item("pk", s("j"), "v", s("x".repeat(1021))))
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits();

		assertThat(exactlyOneKb).isEqualTo(1.0);
		assertThat(oneByteMore).isEqualTo(2.0);
	}

	@Scenario
	void readUnitsStepUpAfterEachFourKilobytes(Backend backend) {
		DynamoDbClient db = table(backend);
		db.putItem(request -> request.tableName("Metered").item(item("pk", s("k"), "v", s("x".repeat(4092)))));
		db.putItem(request -> request.tableName("Metered").item(item("pk", s("j"), "v", s("x".repeat(4093)))));

		assertThat(get(db, "k", true).capacityUnits()).isEqualTo(1.0);
		assertThat(get(db, "j", true).capacityUnits()).isEqualTo(2.0);
	}

	@Scenario
	void updateIsChargedForTheLargerOfOldAndNewItem(Backend backend) {
		DynamoDbClient db = table(backend);

		ConsumedCapacity consumed = db.updateItem(request -> request.tableName("Metered")
			.key(item("pk", s("large")))
			.updateExpression("REMOVE v")
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();

		assertThat(consumed.capacityUnits()).isEqualTo(6.0);
	}

	@Scenario
	void deleteIsChargedForTheDeletedItem(Backend backend) {
		DynamoDbClient db = table(backend);

		ConsumedCapacity consumed = db.deleteItem(request -> request.tableName("Metered")
			.key(item("pk", s("large")))
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();

		assertThat(consumed.capacityUnits()).isEqualTo(6.0);
	}

	@Scenario
	void transactionalReadsConsumeTwiceTheUnits(Backend backend) {
		DynamoDbClient db = table(backend);

		List<ConsumedCapacity> consumed = db.transactGetItems(request -> request
			.transactItems(TransactGetItem.builder()
				.get(get -> get.tableName("Metered").key(item("pk", s("small"))))
				.build(), TransactGetItem.builder()
				.get(get -> get.tableName("Metered").key(item("pk", s("large"))))
				.build())
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();

		assertThat(consumed).singleElement().satisfies(capacity -> assertThat(capacity.capacityUnits()).isEqualTo(6.0));
	}

	@Scenario
	void scanIsChargedForItemsReadNotItemsReturned(Backend backend) {
		DynamoDbClient db = table(backend);

		ConsumedCapacity consumed = db.scan(request -> request.tableName("Metered")
			.filterExpression("attribute_not_exists(v)")
			.consistentRead(true)
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();

		assertThat(consumed.capacityUnits()).isEqualTo(2.0);
	}

	@Scenario
	void batchGetReportsCapacityPerTable(Backend backend) {
		DynamoDbClient db = table(backend);
		hashTable("Other").create(db);
		db.putItem(request -> request.tableName("Other").item(item("pk", s("o"))));

		List<ConsumedCapacity> consumed = db.batchGetItem(request -> request
			.requestItems(Map.of("Metered", KeysAndAttributes.builder()
				.keys(item("pk", s("small")), item("pk", s("large")))
				.consistentRead(true)
				.build(), "Other", KeysAndAttributes.builder()
				.keys(item("pk", s("o")))
				.build()))
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();

		assertThat(consumed).extracting(ConsumedCapacity::tableName, ConsumedCapacity::capacityUnits)
			.containsExactlyInAnyOrder(tuple("Metered", 3.0), tuple("Other", 0.5));
	}

	@Scenario
	void returnConsumedCapacityNoneOmitsIt(Backend backend) {
		DynamoDbClient db = table(backend);

		assertThat(db.getItem(request -> request.tableName("Metered").key(item("pk", s("small")))).consumedCapacity()).isNull();
	}

	@Scenario
	void queryConsumesByTotalSizeOfItemsRead(Backend backend) {
		DynamoDbClient db = table(backend);

		ConsumedCapacity consumed = db.query(request -> request.tableName("Metered")
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("small")))
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();

		assertThat(consumed.capacityUnits()).isEqualTo(0.5);
	}

	@Scenario
	void transactionalWritesConsumeTwiceTheUnits(Backend backend) {
		DynamoDbClient db = table(backend);

		List<ConsumedCapacity> consumed = db.transactWriteItems(request -> request
			.transactItems(TransactWriteItem.builder().put(put -> put.tableName("Metered").item(item("pk", s("t1")))).build(),
					TransactWriteItem.builder().put(put -> put.tableName("Metered").item(item("pk", s("t2")))).build())
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();

		assertThat(consumed).singleElement().satisfies(capacity -> {
			assertThat(capacity.tableName()).isEqualTo("Metered");
			assertThat(capacity.capacityUnits()).isEqualTo(4.0);
		});
	}

	@Scenario
	void indexesBreakdownSeparatesTableAndGlobalIndexWrites(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Indexed").globalIndex("byColor", "color", ScalarAttributeType.S, null, null, projection(ProjectionType.ALL)).create(db);

		ConsumedCapacity consumed = db.putItem(request -> request.tableName("Indexed")
			.item(item("pk", s("a"), "color", s("red")))
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();

		assertThat(consumed.capacityUnits()).isEqualTo(2.0);
		assertThat(consumed.table().capacityUnits()).isEqualTo(1.0);
		assertThat(consumed.globalSecondaryIndexes()).containsOnlyKeys("byColor");
		assertThat(consumed.globalSecondaryIndexes().get("byColor").capacityUnits()).isEqualTo(1.0);
	}

	@Scenario
	void indexesBreakdownOfATableReadNamesTheTable(Backend backend) {
		DynamoDbClient db = table(backend);

		ConsumedCapacity consumed = db.getItem(request -> request.tableName("Metered")
			.key(item("pk", s("small")))
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();

		assertThat(consumed.capacityUnits()).isEqualTo(0.5);
		assertThat(consumed.table().capacityUnits()).isEqualTo(0.5);
	}

}
