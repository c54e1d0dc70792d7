package io.github.dynamoconnection.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Tables.rangeTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/** Key size limits, the 1 MB page limit and concurrent atomic counters. */
class LimitScenarios {

	@Scenario
	void partitionKeyOver2048BytesIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Limits").create(db);
		db.putItem(request -> request.tableName("Limits").item(item("pk", s("k".repeat(2048)))));

		assertValidation(() -> db.putItem(request -> request.tableName("Limits").item(item("pk", s("k".repeat(2049))))),
				"Size of hashkey has exceeded the maximum size limit of");
	}

	@Scenario
	void sortKeyOver1024BytesIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Limits", ScalarAttributeType.S).create(db);
		db.putItem(request -> request.tableName("Limits").item(item("pk", s("a"), "sk", s("k".repeat(1024)))));

		assertValidation(() -> db.putItem(request -> request.tableName("Limits").item(item("pk", s("a"), "sk", s("k".repeat(1025))))),
				"Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
	}

	/** Quotas: index key values obey the table's key limits, 2048 bytes for a partition key, 1024 for a sort key. */
	@Scenario
	void indexKeysOverTheKeySizeLimitsAreRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Limits", ScalarAttributeType.S)
			.globalIndex("byG", "g", ScalarAttributeType.S, "gs", ScalarAttributeType.S, Tables.projection(ProjectionType.ALL))
			.localIndex("byL", "ls", ScalarAttributeType.S, Tables.projection(ProjectionType.ALL))
			.create(db);
		db.putItem(request -> request.tableName("Limits").item(item("pk", s("a"), "sk", s("1"), "g", s("k".repeat(2048)),
				"gs", s("k".repeat(1024)), "ls", s("k".repeat(1024)))));

		assertValidation(() -> db.putItem(request -> request.tableName("Limits")
			.item(item("pk", s("a"), "sk", s("2"), "g", s("k".repeat(2049))))), "2048 bytes");
		assertValidation(() -> db.putItem(request -> request.tableName("Limits")
			.item(item("pk", s("a"), "sk", s("2"), "g", s("g"), "gs", s("k".repeat(1025))))), "1024 bytes");
		assertValidation(() -> db.putItem(request -> request.tableName("Limits")
			.item(item("pk", s("a"), "sk", s("2"), "ls", s("k".repeat(1025))))), "1024 bytes");
		assertThat(db.scan(request -> request.tableName("Limits")).count()).isEqualTo(1);
	}

	/** A GSI created by UpdateTable leaves out items whose index key is of the wrong type or too large. */
	@Scenario
	void backfillSkipsItemsThatCannotEnterTheIndex(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Limits").create(db);
		db.putItem(request -> request.tableName("Limits").item(item("pk", s("fits"), "g", s("g"))));
		db.putItem(request -> request.tableName("Limits").item(item("pk", s("large"), "g", s("k".repeat(2049)))));
		db.putItem(request -> request.tableName("Limits").item(item("pk", s("number"), "g", n(1))));

		db.updateTable(request -> request.tableName("Limits")
			.attributeDefinitions(definition -> definition.attributeName("g").attributeType(ScalarAttributeType.S))
			.globalSecondaryIndexUpdates(update -> update.create(create -> create.indexName("byG")
				.keySchema(Tables.key("g", KeyType.HASH))
				.projection(Tables.projection(ProjectionType.KEYS_ONLY)))));

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
			assertThat(db.scan(request -> request.tableName("Limits").indexName("byG")).items())
				.containsExactly(item("pk", s("fits"), "g", s("g"))));
	}

	/** DynamoDB quotas: a non-key attribute name may be up to 64 KB long; the JSON reader must not refuse it first. */
	@Scenario
	void nonKeyAttributeNameOf64KilobytesIsStored(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Limits").create(db);
		String name = "n".repeat(65535);
		db.putItem(request -> request.tableName("Limits").item(item("pk", s("a"), name, s("v"))));

		assertThat(db.getItem(request -> request.tableName("Limits").key(item("pk", s("a")))).item())
			.containsEntry(name, s("v"));
	}

	@Scenario
	void queryPageStopsAtOneMegabyte(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Limits", ScalarAttributeType.N).create(db);
		String payload = "x".repeat(300 * 1024);
		for (int sk = 0; sk < 6; sk++) {
			int current = sk;
			db.putItem(request -> request.tableName("Limits").item(item("pk", s("a"), "sk", n(current), "payload", s(payload))));
		}
		QueryRequest request = QueryRequest.builder()
			.tableName("Limits")
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("a")))
			.build();

		QueryResponse first = db.query(request);
		QueryResponse rest = db.query(request.toBuilder().exclusiveStartKey(first.lastEvaluatedKey()).build());

		// 3 items of 300 KB fit in 1 MB; the 4th would cross it, so it starts the next page
		assertThat(first.count()).isEqualTo(3);
		assertThat(first.lastEvaluatedKey()).isEqualTo(item("pk", s("a"), "sk", n(first.count() - 1)));
		assertThat(first.count() + rest.count()).isEqualTo(6);
	}

	@Scenario
	void concurrentAddsLoseNoIncrement(Backend backend) throws Exception {
		DynamoDbClient db = backend.client();
		hashTable("Counters").create(db);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int worker = 0; worker < 4; worker++) {
				workers.add(pool.submit(() -> {
					for (int i = 0; i < 25; i++) {
						db.updateItem(request -> request.tableName("Counters")
							.key(item("pk", s("hits")))
							.updateExpression("ADD hits :one")
							.expressionAttributeValues(item(":one", n(1))));
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(db.getItem(request -> request.tableName("Counters").key(item("pk", s("hits"))).consistentRead(true)).item())
			.containsEntry("hits", n(100));
	}

	@Scenario
	void updateFailingConditionReturnsOldItemWhenAsked(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Limits").create(db);
		db.putItem(request -> request.tableName("Limits").item(item("pk", s("a"), "v", n(1))));

		var failure = (ConditionalCheckFailedException) DynamoErrors.assertError(
				() -> db.updateItem(request -> request.tableName("Limits")
					.key(item("pk", s("a")))
					.updateExpression("SET v = :two")
					.conditionExpression("v = :two")
					.expressionAttributeValues(item(":two", n(2)))
					.returnValues(ReturnValue.ALL_NEW)
					.returnValuesOnConditionCheckFailure("ALL_OLD")),
				"ConditionalCheckFailedException");

		assertThat(failure.item()).isEqualTo(item("pk", s("a"), "v", n(1)));
	}

}
