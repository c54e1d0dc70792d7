package io.github.dynamoconnection.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/** BatchWriteItem and BatchGetItem: several tables, puts and deletes, limits and duplicate keys. */
class BatchScenarios {

	private static WriteRequest put(Map<String, AttributeValue> item) {
		return WriteRequest.builder().putRequest(put -> put.item(item)).build();
	}

	private static WriteRequest delete(Map<String, AttributeValue> key) {
		return WriteRequest.builder().deleteRequest(delete -> delete.key(key)).build();
	}

	private static KeysAndAttributes keys(String... pks) {
		List<Map<String, AttributeValue>> keys = new ArrayList<>();
		for (String pk : pks) {
			keys.add(item("pk", s(pk)));
		}
		return KeysAndAttributes.builder().keys(keys).consistentRead(true).build();
	}

	private static DynamoDbClient twoTables(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Left").create(db);
		hashTable("Right").create(db);
		return db;
	}

	@Scenario
	void batchWriteThenBatchGetAcrossTables(Backend backend) {
		DynamoDbClient db = twoTables(backend);

		db.batchWriteItem(request -> request.requestItems(Map.of(
				"Left", List.of(put(item("pk", s("a"), "v", n(1))), put(item("pk", s("b"), "v", n(2)))),
				"Right", List.of(put(item("pk", s("c"), "v", n(3)))))));
		BatchGetItemResponse response = db.batchGetItem(request -> request.requestItems(Map.of(
				"Left", keys("a", "b"), "Right", keys("c"))));

		assertThat(response.responses().get("Left")).containsExactlyInAnyOrder(item("pk", s("a"), "v", n(1)), item("pk", s("b"), "v", n(2)));
		assertThat(response.responses().get("Right")).containsExactly(item("pk", s("c"), "v", n(3)));
		assertThat(response.unprocessedKeys()).isEmpty();
	}

	@Scenario
	void batchWriteDeletesItems(Backend backend) {
		DynamoDbClient db = twoTables(backend);
		db.putItem(request -> request.tableName("Left").item(item("pk", s("a"))));
		db.putItem(request -> request.tableName("Left").item(item("pk", s("b"))));

		db.batchWriteItem(request -> request.requestItems(Map.of("Left", List.of(delete(item("pk", s("a")))))));

		assertThat(db.scan(request -> request.tableName("Left")).items()).containsExactly(item("pk", s("b")));
	}

	@Scenario
	void batchGetLeavesOutMissingKeys(Backend backend) {
		DynamoDbClient db = twoTables(backend);
		db.putItem(request -> request.tableName("Left").item(item("pk", s("a"))));

		BatchGetItemResponse response = db.batchGetItem(request -> request.requestItems(Map.of("Left", keys("a", "absent"))));

		assertThat(response.responses().get("Left")).containsExactly(item("pk", s("a")));
	}

	@Scenario
	void batchGetAppliesProjection(Backend backend) {
		DynamoDbClient db = twoTables(backend);
		db.putItem(request -> request.tableName("Left").item(item("pk", s("a"), "v", n(1), "w", n(2))));

		BatchGetItemResponse response = db.batchGetItem(request -> request.requestItems(Map.of("Left",
				keys("a").toBuilder().projectionExpression("w").build())));

		assertThat(response.responses().get("Left")).containsExactly(item("w", n(2)));
	}

	@Scenario
	void batchWriteWithOneInvalidItemWritesNothing(Backend backend) {
		DynamoDbClient db = twoTables(backend);

		assertValidation(() -> db.batchWriteItem(request -> request.requestItems(Map.of("Left",
				List.of(put(item("pk", s("a"))), put(item("pk", s("b"), "bad", Values.ss())))))));
		assertThat(db.scan(request -> request.tableName("Left")).count()).isZero();
	}

	@Scenario
	void batchWriteOfMoreThan25RequestsIsRejected(Backend backend) {
		DynamoDbClient db = twoTables(backend);
		List<WriteRequest> writes = IntStream.range(0, 26).mapToObj(i -> put(item("pk", s("k" + i)))).toList();

		assertValidation(() -> db.batchWriteItem(request -> request.requestItems(Map.of("Left", writes))));
		assertThat(db.scan(request -> request.tableName("Left")).count()).isZero();
	}

	@Scenario
	void batchGetOfMoreThan100KeysForOneTableBreaksTheKeysConstraint(Backend backend) {
		DynamoDbClient db = twoTables(backend);
		String[] pks = IntStream.range(0, 101).mapToObj(i -> "k" + i).toArray(String[]::new);

		// the request model caps each table's Keys at 100, checked before the request-wide count
		assertValidation(() -> db.batchGetItem(request -> request.requestItems(Map.of("Left", keys(pks)))),
				"at 'requestItems.Left.member.keys' failed to satisfy constraint: Member must have length less than or equal to 100");
	}

	@Scenario
	void batchGetOfMoreThan100KeysAcrossTablesIsRejected(Backend backend) {
		DynamoDbClient db = twoTables(backend);
		String[] pks = IntStream.range(0, 60).mapToObj(i -> "k" + i).toArray(String[]::new);

		assertValidation(() -> db.batchGetItem(request -> request.requestItems(Map.of("Left", keys(pks), "Right", keys(pks)))),
				"Too many items requested for the BatchGetItem call");
	}

	@Scenario
	void batchWriteWithDuplicateKeysIsRejected(Backend backend) {
		DynamoDbClient db = twoTables(backend);

		assertValidation(() -> db.batchWriteItem(request -> request.requestItems(Map.of("Left",
				List.of(put(item("pk", s("a"), "v", n(1))), delete(item("pk", s("a"))))))), "Provided list of item keys contains duplicates");
		assertThat(db.scan(request -> request.tableName("Left")).count()).isZero();
	}

	@Scenario
	void batchGetWithDuplicateKeysIsRejected(Backend backend) {
		DynamoDbClient db = twoTables(backend);

		assertValidation(() -> db.batchGetItem(request -> request.requestItems(Map.of("Left", keys("a", "a")))),
				"Provided list of item keys contains duplicates");
	}

	@Scenario
	void batchGetOnMissingTableIsResourceNotFound(Backend backend) {
		DynamoDbClient db = twoTables(backend);

		assertError(() -> db.batchGetItem(request -> request.requestItems(Map.of("Missing", keys("a")))), "ResourceNotFoundException");
	}

}
