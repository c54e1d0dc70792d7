package io.github.dynamoconnection.conformance;

import java.util.LinkedHashMap;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Tables.rangeTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/** Expression problems DynamoDB finds before running anything: always ValidationException, item unchanged. */
class ExpressionErrorScenarios {

	private static final Map<String, AttributeValue> STORED = item("pk", s("k"), "a", n(1));

	private static DynamoDbClient table(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Exprs").create(db);
		db.putItem(request -> request.tableName("Exprs").item(STORED));
		return db;
	}

	private static void assertUnchanged(DynamoDbClient db) {
		assertThat(db.getItem(request -> request.tableName("Exprs").key(item("pk", s("k"))).consistentRead(true)).item()).isEqualTo(STORED);
	}

	@Scenario
	void unusedValuePlaceholderIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.updateItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.updateExpression("SET a = :v")
			.expressionAttributeValues(item(":v", n(2), ":unused", n(3)))),
				"Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
		assertUnchanged(db);
	}

	@Scenario
	void unusedNamePlaceholderIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.updateItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.updateExpression("SET a = :v")
			.expressionAttributeNames(Map.of("#unused", "a"))
			.expressionAttributeValues(item(":v", n(2)))),
				"Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}");
		assertUnchanged(db);
	}

	@Scenario
	void undefinedValuePlaceholderIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.updateItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.updateExpression("SET a = :missing, b = :v")
			.expressionAttributeValues(item(":v", n(2)))),
				"An expression attribute value used in expression is not defined; attribute value: :missing");
		assertUnchanged(db);
	}

	@Scenario
	void undefinedNamePlaceholderIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.deleteItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.conditionExpression("attribute_exists(#missing)")),
				"An expression attribute name used in the document path is not defined; attribute name: #missing");
		assertUnchanged(db);
	}

	@Scenario
	void reservedWordAsAttributeNameIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.updateItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.updateExpression("SET status = :v")
			.expressionAttributeValues(item(":v", n(2)))), "Attribute name is a reserved keyword; reserved keyword: status");
		assertUnchanged(db);
	}

	@Scenario
	void syntaxErrorIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.deleteItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.conditionExpression("a = = :v")
			.expressionAttributeValues(item(":v", n(1)))), "Invalid ConditionExpression: Syntax error; token:");
		assertUnchanged(db);
	}

	@Scenario
	void overlappingUpdatePathsAreRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.updateItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.updateExpression("SET a = :v REMOVE a")
			.expressionAttributeValues(item(":v", n(2)))), "Two document paths overlap with each other");
		assertUnchanged(db);
	}

	@Scenario
	void nestedOverlappingUpdatePathsAreRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.updateItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.updateExpression("SET m = :v, m.child = :v")
			.expressionAttributeValues(item(":v", n(2)))), "Two document paths overlap with each other");
		assertUnchanged(db);
	}

	@Scenario
	void unknownAttributeTypeIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.deleteItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.conditionExpression("attribute_type(a, :t)")
			.expressionAttributeValues(item(":t", s("XX")))), "Invalid attribute type name found; type: XX");
		assertUnchanged(db);
	}

	@Scenario
	void unknownFunctionIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.deleteItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.conditionExpression("frobnicate(a)")), "Invalid function name; function: frobnicate");
		assertUnchanged(db);
	}

	@Scenario
	void emptyExpressionAttributeValuesAreRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.deleteItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.conditionExpression("attribute_exists(a)")
			.expressionAttributeValues(Map.of())), "ExpressionAttributeValues must not be empty");
		assertUnchanged(db);
	}

	@Scenario
	void valuePlaceholderWithoutColonIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.updateItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.updateExpression("SET a = :v")
			.expressionAttributeValues(item(":v", n(2), "bad", n(3)))), "ExpressionAttributeValues contains invalid key: Syntax error; key: \"bad\"");
		assertUnchanged(db);
	}

	@Scenario
	void namePlaceholderWithoutHashIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.updateItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.updateExpression("SET a = :v")
			.expressionAttributeNames(Map.of("bad", "a"))
			.expressionAttributeValues(item(":v", n(2)))), "ExpressionAttributeNames contains invalid key: Syntax error; key: \"bad\"");
		assertUnchanged(db);
	}

	@Scenario
	void repeatedSetClauseIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.updateItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.updateExpression("SET a = :v SET b = :v")
			.expressionAttributeValues(item(":v", n(2)))), "The \"SET\" section can only be used once in an update expression");
		assertUnchanged(db);
	}

	@Scenario
	void emptyUpdateExpressionIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.updateItem(request -> request.tableName("Exprs").key(item("pk", s("k"))).updateExpression("")));
		assertUnchanged(db);
	}

	@Scenario
	void setOfListIndexOnNonListIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.updateItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.updateExpression("SET a[0] = :v")
			.expressionAttributeValues(item(":v", n(2)))), "The document path provided in the update expression is invalid for update");
		assertUnchanged(db);
	}

	@Scenario
	void inWithMoreThan100OperandsIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);
		Map<String, AttributeValue> values = new LinkedHashMap<>();
		for (int i = 0; i < 101; i++) {
			values.put(":v" + i, n(i));
		}
		String operands = String.join(", ", values.keySet());

		assertValidation(() -> db.deleteItem(request -> request.tableName("Exprs")
			.key(item("pk", s("k")))
			.conditionExpression("a IN (" + operands + ")")
			.expressionAttributeValues(values)));
		assertUnchanged(db);
	}

	@Scenario
	void betweenWithReversedBoundsIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Ranges", ScalarAttributeType.N).create(db);

		assertValidation(() -> db.query(request -> request.tableName("Ranges")
			.keyConditionExpression("pk = :p AND sk BETWEEN :hi AND :lo")
			.expressionAttributeValues(item(":p", s("a"), ":hi", n(5), ":lo", n(1)))),
				"The BETWEEN operator requires upper bound to be greater than or equal to lower bound");
	}

}
