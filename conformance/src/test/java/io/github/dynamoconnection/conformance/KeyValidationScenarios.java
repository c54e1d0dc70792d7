package io.github.dynamoconnection.conformance;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Tables.rangeTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/** Keys that do not match the table's key schema, and empty key values. */
class KeyValidationScenarios {

	private static final String KEY_MISMATCH = "The provided key element does not match the schema";

	@Scenario
	void getItemWithWrongKeyTypeIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Keys").create(db);

		assertValidation(() -> db.getItem(request -> request.tableName("Keys").key(item("pk", n(1)))), KEY_MISMATCH);
	}

	@Scenario
	void getItemMissingSortKeyIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Keys", ScalarAttributeType.S).create(db);

		assertValidation(() -> db.getItem(request -> request.tableName("Keys").key(item("pk", s("a")))), KEY_MISMATCH);
	}

	@Scenario
	void getItemWithExtraKeyAttributeIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Keys").create(db);

		assertValidation(() -> db.getItem(request -> request.tableName("Keys").key(item("pk", s("a"), "other", s("b")))), KEY_MISMATCH);
	}

	@Scenario
	void deleteItemWithWrongKeyTypeIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Keys").create(db);

		assertValidation(() -> db.deleteItem(request -> request.tableName("Keys").key(item("pk", n(1)))), KEY_MISMATCH);
	}

	@Scenario
	void putItemMissingKeyIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Keys").create(db);

		assertValidation(() -> db.putItem(request -> request.tableName("Keys").item(item("other", s("a")))),
				"One or more parameter values were invalid: Missing the key pk in the item");
	}

	@Scenario
	void putItemWithWrongKeyTypeIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Keys").create(db);

		assertValidation(() -> db.putItem(request -> request.tableName("Keys").item(item("pk", n(1)))),
				"One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N");
	}

	@Scenario
	void emptyStringKeyIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Keys").create(db);

		assertValidation(() -> db.putItem(request -> request.tableName("Keys").item(item("pk", s("")))),
				"The AttributeValue for a key attribute cannot contain an empty string value", "pk");
	}

	@Scenario
	void numericKeysMatchByValueNotBySpelling(Backend backend) {
		DynamoDbClient db = backend.client();
		Tables.table("Numeric", "id", ScalarAttributeType.N).create(db);
		db.putItem(request -> request.tableName("Numeric").item(item("id", n("1.50"), "v", s("x"))));

		assertThat(db.getItem(request -> request.tableName("Numeric").key(item("id", n("1.5")))).item()).containsEntry("v", s("x"));
	}

	@Scenario
	void emptyBinaryKeyIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		Tables.table("Binary", "id", ScalarAttributeType.B).create(db);

		assertValidation(() -> db.putItem(request -> request.tableName("Binary").item(item("id", Values.b()))),
				"The AttributeValue for a key attribute cannot contain an empty binary value");
	}

	@Scenario
	void emptyStringIndexKeyIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Keys").globalIndex("byOwner", "owner", ScalarAttributeType.S, null, null, Tables.projection(
				ProjectionType.ALL)).create(db);

		assertValidation(() -> db.putItem(request -> request.tableName("Keys").item(item("pk", s("a"), "owner", s("")))),
				"empty string value");
	}

	@Scenario
	void wronglyTypedIndexKeyIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Keys").globalIndex("byOwner", "owner", ScalarAttributeType.S, null, null, Tables.projection(
				ProjectionType.ALL)).create(db);

		assertValidation(() -> db.putItem(request -> request.tableName("Keys").item(item("pk", s("a"), "owner", n(5)))),
				"Type mismatch for Index Key owner Expected: S Actual: N IndexName: byOwner");
	}

}
