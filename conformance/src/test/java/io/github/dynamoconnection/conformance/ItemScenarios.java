package io.github.dynamoconnection.conformance;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.list;
import static io.github.dynamoconnection.conformance.Values.map;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/** PutItem, GetItem and DeleteItem with conditions, projections and every ReturnValues. */
class ItemScenarios {

	private static final Map<String, AttributeValue> STORED = item("pk", s("k"), "a", n(1), "b", s("two"));

	private static DynamoDbClient tableWithItem(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Items").create(db);
		db.putItem(request -> request.tableName("Items").item(STORED));
		return db;
	}

	private static Map<String, AttributeValue> stored(DynamoDbClient db) {
		return db.getItem(request -> request.tableName("Items").key(item("pk", s("k"))).consistentRead(true)).item();
	}

	@Scenario
	void putThenGet(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		assertThat(stored(db)).isEqualTo(STORED);
	}

	@Scenario
	void getMissingItemReturnsNoItem(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		assertThat(db.getItem(request -> request.tableName("Items").key(item("pk", s("absent")))).hasItem()).isFalse();
	}

	@Scenario
	void putReplacesTheWholeItem(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		db.putItem(request -> request.tableName("Items").item(item("pk", s("k"), "c", s("new"))));

		assertThat(stored(db)).isEqualTo(item("pk", s("k"), "c", s("new")));
	}

	@Scenario
	void putReturnsAllOldAttributes(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		Map<String, AttributeValue> old = db.putItem(request -> request.tableName("Items")
			.item(item("pk", s("k"), "c", s("new")))
			.returnValues(ReturnValue.ALL_OLD)).attributes();

		assertThat(old).isEqualTo(STORED);
	}

	@Scenario
	void putOfNewItemReturnsNoOldAttributes(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		assertThat(db.putItem(request -> request.tableName("Items").item(item("pk", s("fresh"))).returnValues(ReturnValue.ALL_OLD))
			.attributes()).isEmpty();
	}

	@Scenario
	void putRejectsUpdatedNewReturnValues(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		assertValidation(() -> db.putItem(request -> request.tableName("Items").item(STORED).returnValues(ReturnValue.UPDATED_NEW)));
	}

	@Scenario
	void putWithFailingConditionIsConditionalCheckFailed(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		assertError(() -> db.putItem(request -> request.tableName("Items").item(item("pk", s("k"))).conditionExpression("attribute_not_exists(pk)")),
				"ConditionalCheckFailedException", "The conditional request failed");
		assertThat(stored(db)).isEqualTo(STORED);
	}

	@Scenario
	void putWithHoldingConditionWrites(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		db.putItem(request -> request.tableName("Items")
			.item(item("pk", s("k"), "a", n(2)))
			.conditionExpression("a = :one")
			.expressionAttributeValues(item(":one", n(1))));

		assertThat(stored(db)).isEqualTo(item("pk", s("k"), "a", n(2)));
	}

	@Scenario
	void failedConditionReturnsOldItemWhenAsked(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		ConditionalCheckFailedException failure = (ConditionalCheckFailedException) assertError(
				() -> db.putItem(request -> request.tableName("Items")
					.item(item("pk", s("k")))
					.conditionExpression("attribute_not_exists(pk)")
					.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)),
				"ConditionalCheckFailedException");

		assertThat(failure.item()).isEqualTo(STORED);
	}

	@Scenario
	void failedDeleteConditionReturnsOldItemWhenAsked(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		ConditionalCheckFailedException failure = (ConditionalCheckFailedException) assertError(
				() -> db.deleteItem(request -> request.tableName("Items")
					.key(item("pk", s("k")))
					.conditionExpression("attribute_not_exists(a)")
					.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)),
				"ConditionalCheckFailedException");

		assertThat(failure.item()).isEqualTo(STORED);
	}

	@Scenario
	void getWithProjectionReturnsOnlyNamedPaths(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Items").create(db);
		db.putItem(request -> request.tableName("Items")
			.item(item("pk", s("k"), "a", n(1), "m", map("x", n(1), "y", n(2)), "l", list(s("l0"), s("l1"), s("l2")))));

		Map<String, AttributeValue> projected = db.getItem(request -> request.tableName("Items")
			.key(item("pk", s("k")))
			.projectionExpression("#m.y, l[1], absent")
			.expressionAttributeNames(Map.of("#m", "m"))).item();

		assertThat(projected).isEqualTo(item("m", map("y", n(2)), "l", list(s("l1"))));
	}

	@Scenario
	void projectionReachesIntoMapsInsideLists(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Items").create(db);
		db.putItem(request -> request.tableName("Items")
			.item(item("pk", s("k"), "l", list(map("x", n(1), "y", n(2)), map("x", n(3))))));

		assertThat(db.getItem(request -> request.tableName("Items").key(item("pk", s("k"))).projectionExpression("l[1].x, l[0].y")).item())
			.isEqualTo(item("l", list(map("y", n(2)), map("x", n(3)))));
	}

	@Scenario
	void deleteWithAttributeExistsOnMissingItemFails(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		assertError(() -> db.deleteItem(request -> request.tableName("Items")
			.key(item("pk", s("absent")))
			.conditionExpression("attribute_exists(pk)")), "ConditionalCheckFailedException");
	}

	@Scenario
	void projectionWithOverlappingPathsIsRejected(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		assertValidation(() -> db.getItem(request -> request.tableName("Items").key(item("pk", s("k"))).projectionExpression("a, a.b")),
				"Two document paths overlap with each other");
	}

	@Scenario
	void deleteReturnsAllOldAttributes(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		Map<String, AttributeValue> old = db.deleteItem(request -> request.tableName("Items")
			.key(item("pk", s("k")))
			.returnValues(ReturnValue.ALL_OLD)).attributes();

		assertThat(old).isEqualTo(STORED);
		assertThat(db.getItem(request -> request.tableName("Items").key(item("pk", s("k")))).hasItem()).isFalse();
	}

	@Scenario
	void deleteOfMissingItemSucceeds(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		assertThat(db.deleteItem(request -> request.tableName("Items").key(item("pk", s("absent"))).returnValues(ReturnValue.ALL_OLD))
			.attributes()).isEmpty();
	}

	@Scenario
	void deleteRejectsAllNewReturnValues(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		assertValidation(() -> db.deleteItem(request -> request.tableName("Items").key(item("pk", s("k"))).returnValues(ReturnValue.ALL_NEW)));
		assertThat(stored(db)).isEqualTo(STORED);
	}

	@Scenario
	void deleteWithFailingConditionKeepsItem(Backend backend) {
		DynamoDbClient db = tableWithItem(backend);

		assertError(() -> db.deleteItem(request -> request.tableName("Items")
			.key(item("pk", s("k")))
			.conditionExpression("b = :other")
			.expressionAttributeValues(item(":other", s("three")))), "ConditionalCheckFailedException");
		assertThat(stored(db)).isEqualTo(STORED);
	}

}
