package io.github.dynamoconnection.conformance;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Tables.rangeTable;
import static io.github.dynamoconnection.conformance.Values.bool;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.list;
import static io.github.dynamoconnection.conformance.Values.map;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.nul;
import static io.github.dynamoconnection.conformance.Values.s;
import static io.github.dynamoconnection.conformance.Values.ss;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operand types DynamoDB checks before running an expression ("Comparison operator and function reference"):
 * a value from ExpressionAttributeValues that can never compare is a ValidationException, while an item value of
 * another type only makes the condition false; and where each function may appear.
 */
class ExpressionTypeScenarios {

	private static final Map<String, AttributeValue> STORED = item("pk", s("k"), "num", n(5), "txt", s("abc"), "l", list(n(1)));

	private static final String OPERAND_TYPE = "Incorrect operand type for operator or function; operator or function: ";

	private static DynamoDbClient table(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Types").create(db);
		db.putItem(request -> request.tableName("Types").item(STORED));
		return db;
	}

	/** A DeleteItem of the stored item under {@code condition}. */
	private static void deleteIf(DynamoDbClient db, String condition, Object... values) {
		Map<String, AttributeValue> valueMap = item(values);
		db.deleteItem(request -> request.tableName("Types")
			.key(item("pk", s("k")))
			.conditionExpression(condition)
			.expressionAttributeValues(valueMap.isEmpty() ? null : valueMap));
	}

	private static void assertStored(DynamoDbClient db) {
		assertThat(db.getItem(request -> request.tableName("Types").key(item("pk", s("k"))).consistentRead(true)).item())
			.isEqualTo(STORED);
	}

	@Scenario
	void orderingAgainstAnUnorderableValueIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> deleteIf(db, "num < :v", ":v", list(n(1))), "Invalid ConditionExpression: " + OPERAND_TYPE + "<, operand type: L");
		assertValidation(() -> deleteIf(db, ":v <= num", ":v", map("a", n(1))), OPERAND_TYPE + "<=, operand type: M");
		assertValidation(() -> deleteIf(db, "num > :v", ":v", bool(true)), OPERAND_TYPE + ">, operand type: BOOL");
		assertValidation(() -> deleteIf(db, "num >= :v", ":v", nul()), OPERAND_TYPE + ">=, operand type: NULL");
		assertValidation(() -> deleteIf(db, "txt < :v", ":v", ss("a")), OPERAND_TYPE + "<, operand type: SS");
		assertStored(db);
	}

	@Scenario
	void betweenUnorderableValuesIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> deleteIf(db, "num BETWEEN :lo AND :hi", ":lo", list(n(1)), ":hi", list(n(2))), OPERAND_TYPE + "BETWEEN");
		assertValidation(() -> deleteIf(db, "num BETWEEN :lo AND :hi", ":lo", n(1), ":hi", s("z")),
				"The BETWEEN operator requires same data type for lower and upper bounds");
		assertStored(db);
	}

	@Scenario
	void twoValuesOfDifferentTypesCannotBeOrdered(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> deleteIf(db, ":a < :b", ":a", n(1), ":b", s("2")), OPERAND_TYPE + "<");
		assertValidation(() -> deleteIf(db, "size(txt) > :b", ":b", s("2")), OPERAND_TYPE + ">");
		assertStored(db);
	}

	/** A value from the item, not the request, of a type that cannot compare: the condition is just false. */
	@Scenario
	void itemValuesOfAnotherTypeOnlyFailTheCondition(Backend backend) {
		DynamoDbClient db = table(backend);

		assertError(() -> deleteIf(db, "l < :v", ":v", n(1)), "ConditionalCheckFailedException");
		assertError(() -> deleteIf(db, "num = :v", ":v", list(n(5))), "ConditionalCheckFailedException");
		assertError(() -> deleteIf(db, "txt BETWEEN :lo AND :hi", ":lo", n(1), ":hi", n(9)), "ConditionalCheckFailedException");
		assertStored(db);
	}

	@Scenario
	void filterWithAnUnorderableValueIsRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.scan(request -> request.tableName("Types")
			.filterExpression("num < :v")
			.expressionAttributeValues(item(":v", list(n(1))))), "Invalid FilterExpression: " + OPERAND_TYPE + "<, operand type: L");
	}

	@Scenario
	void sortKeyConditionWithAnUnorderableValueIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Ranges", ScalarAttributeType.S).create(db);

		assertValidation(() -> db.query(request -> request.tableName("Ranges")
			.keyConditionExpression("pk = :p AND sk < :v")
			.expressionAttributeValues(item(":p", s("a"), ":v", list(s("b"))))), "Invalid KeyConditionExpression", OPERAND_TYPE + "<");
	}

	/** begins_with takes strings and binaries, size() no number, boolean or null: checked on values before running. */
	@Scenario
	void functionOperandTypesAreCheckedOnValues(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> deleteIf(db, "begins_with(txt, :v)", ":v", n(1)), OPERAND_TYPE + "begins_with, operand type: N");
		assertValidation(() -> deleteIf(db, "size(:v) > :zero", ":v", n(12), ":zero", n(0)), OPERAND_TYPE + "size, operand type: N");
		assertValidation(() -> deleteIf(db, "size(:v) > :zero", ":v", bool(true), ":zero", n(0)), OPERAND_TYPE + "size, operand type: BOOL");
		assertError(() -> deleteIf(db, "contains(l, :v)", ":v", list(n(1))), "ConditionalCheckFailedException");
		assertError(() -> deleteIf(db, "begins_with(num, :v)", ":v", s("5")), "ConditionalCheckFailedException");
		assertStored(db);
	}

	/** attribute_type takes the type name from a string placeholder; any other value type is refused. */
	@Scenario
	void attributeTypeTakesAStringPlaceholder(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> deleteIf(db, "attribute_type(num, :t)", ":t", n(1)), OPERAND_TYPE + "attribute_type, operand type: N");
		assertValidation(() -> deleteIf(db, "attribute_type(num, :t)", ":t", s("NUMBER")), "Invalid attribute type name found; type: NUMBER");
		assertError(() -> deleteIf(db, "attribute_type(num, :t)", ":t", s("S")), "ConditionalCheckFailedException");
		assertStored(db);

		deleteIf(db, "attribute_type(num, :t)", ":t", s("N"));

		assertThat(db.getItem(request -> request.tableName("Types").key(item("pk", s("k")))).hasItem()).isFalse();
	}

	/** Key conditions allow one function, begins_with, on the sort key. */
	@Scenario
	void keyConditionsAllowOnlyBeginsWith(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Ranges", ScalarAttributeType.S).create(db);
		db.putItem(request -> request.tableName("Ranges").item(item("pk", s("a"), "sk", s("apple"))));

		assertThat(db.query(request -> request.tableName("Ranges")
			.keyConditionExpression("pk = :p AND begins_with(sk, :s)")
			.expressionAttributeValues(item(":p", s("a"), ":s", s("ap")))).count()).isEqualTo(1);
		assertValidation(() -> db.query(request -> request.tableName("Ranges")
			.keyConditionExpression("pk = :p AND contains(sk, :s)")
			.expressionAttributeValues(item(":p", s("a"), ":s", s("pp")))), "Invalid operator used in KeyConditionExpression: contains");
		assertValidation(() -> db.query(request -> request.tableName("Ranges")
			.keyConditionExpression("pk = :p AND attribute_exists(sk)")
			.expressionAttributeValues(item(":p", s("a")))), "Invalid operator used in KeyConditionExpression: attribute_exists");
		assertValidation(() -> db.query(request -> request.tableName("Ranges")
			.keyConditionExpression("pk = :p AND size(sk) > :n")
			.expressionAttributeValues(item(":p", s("a"), ":n", n(1)))), "KeyConditionExpressions cannot contain nested operations");
	}

	/** A SET right-hand side may call if_not_exists and list_append only; conditions cannot call them. */
	@Scenario
	void updateFunctionsAndConditionFunctionsDoNotMix(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.updateItem(request -> request.tableName("Types")
			.key(item("pk", s("k")))
			.updateExpression("SET z = size(txt)")), "Invalid UpdateExpression: Invalid function name; function: size");
		assertValidation(() -> db.updateItem(request -> request.tableName("Types")
			.key(item("pk", s("k")))
			.updateExpression("SET z = contains(txt, :v)")
			.expressionAttributeValues(item(":v", s("a")))), "Invalid UpdateExpression: Invalid function name; function: contains");
		assertValidation(() -> deleteIf(db, "if_not_exists(num, :v) = :v", ":v", n(5)),
				"Invalid ConditionExpression: Invalid function name; function: if_not_exists");
		assertStored(db);

		Map<String, AttributeValue> after = db.updateItem(request -> request.tableName("Types")
			.key(item("pk", s("k")))
			.updateExpression("SET z = if_not_exists(z, :zero), l = list_append(l, :more)")
			.expressionAttributeValues(item(":zero", n(0), ":more", list(n(2))))
			.returnValues("ALL_NEW")).attributes();

		assertThat(after).containsEntry("z", n(0)).containsEntry("l", list(n(1), n(2)));
	}

}
