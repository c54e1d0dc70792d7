package io.github.dynamoconnection.conformance;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.rangeTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/** The legacy (pre-expression) parameters: AttributesToGet, Expected, AttributeUpdates, KeyConditions, QueryFilter, ScanFilter. */
class LegacyParameterScenarios {

	private static DynamoDbClient table(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Legacy", ScalarAttributeType.N).create(db);
		for (int sk = 1; sk <= 4; sk++) {
			int current = sk;
			db.putItem(request -> request.tableName("Legacy").item(item("pk", s("a"), "sk", n(current), "v", n(current * 10), "w", s("w"))));
		}
		return db;
	}

	private static Condition condition(ComparisonOperator operator, AttributeValue... values) {
		return Condition.builder().comparisonOperator(operator).attributeValueList(values).build();
	}

	@Scenario
	void attributesToGetProjectsGetItem(Backend backend) {
		DynamoDbClient db = table(backend);

		assertThat(db.getItem(request -> request.tableName("Legacy").key(item("pk", s("a"), "sk", n(1))).attributesToGet("v")).item())
			.isEqualTo(item("v", n(10)));
	}

	@Scenario
	void expectedGuardsPutItem(Backend backend) {
		DynamoDbClient db = table(backend);

		assertError(() -> db.putItem(request -> request.tableName("Legacy")
			.item(item("pk", s("a"), "sk", n(1)))
			.expected(Map.of("v", ExpectedAttributeValue.builder().value(n(99)).build()))), "ConditionalCheckFailedException");
		db.putItem(request -> request.tableName("Legacy")
			.item(item("pk", s("a"), "sk", n(1)))
			.expected(Map.of("v", ExpectedAttributeValue.builder().value(n(10)).build())));

		assertThat(db.getItem(request -> request.tableName("Legacy").key(item("pk", s("a"), "sk", n(1)))).item())
			.isEqualTo(item("pk", s("a"), "sk", n(1)));
	}

	@Scenario
	void attributeUpdatesPutAddAndDelete(Backend backend) {
		DynamoDbClient db = table(backend);

		Map<String, AttributeValue> after = db.updateItem(request -> request.tableName("Legacy")
			.key(item("pk", s("a"), "sk", n(1)))
			.attributeUpdates(Map.of(
					"v", AttributeValueUpdate.builder().action(AttributeAction.ADD).value(n(5)).build(),
					"w", AttributeValueUpdate.builder().action(AttributeAction.DELETE).build(),
					"x", AttributeValueUpdate.builder().action(AttributeAction.PUT).value(s("new")).build()))
			.returnValues(ReturnValue.ALL_NEW)).attributes();

		assertThat(after).isEqualTo(item("pk", s("a"), "sk", n(1), "v", n(15), "x", s("new")));
	}

	@Scenario
	void keyConditionsAndQueryFilterSelectItems(Backend backend) {
		DynamoDbClient db = table(backend);

		var response = db.query(request -> request.tableName("Legacy")
			.keyConditions(Map.of("pk", condition(ComparisonOperator.EQ, s("a")), "sk", condition(ComparisonOperator.GE, n(2))))
			.queryFilter(Map.of("v", condition(ComparisonOperator.LT, n(40)))));

		assertThat(response.items()).extracting(found -> found.get("sk").n()).containsExactly("2", "3");
		assertThat(response.scannedCount()).isEqualTo(3);
	}

	@Scenario
	void scanFilterSelectsItems(Backend backend) {
		DynamoDbClient db = table(backend);

		var response = db.scan(request -> request.tableName("Legacy").scanFilter(Map.of("v", condition(ComparisonOperator.BETWEEN, n(20), n(30)))));

		assertThat(response.items()).extracting(found -> found.get("sk").n()).containsExactlyInAnyOrder("2", "3");
	}

	@Scenario
	void legacyAndExpressionParametersTogetherAreRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.getItem(request -> request.tableName("Legacy")
			.key(item("pk", s("a"), "sk", n(1)))
			.attributesToGet("v")
			.projectionExpression("w")));
	}

	/** Legacy conditional parameters: KeyConditions may go with FilterExpression and ProjectionExpression. */
	@Scenario
	void keyConditionsCombineWithFilterAndProjectionExpressions(Backend backend) {
		DynamoDbClient db = table(backend);

		var response = db.query(request -> request.tableName("Legacy")
			.keyConditions(Map.of("pk", condition(ComparisonOperator.EQ, s("a"))))
			.filterExpression("v < :max")
			.projectionExpression("sk")
			.expressionAttributeValues(Map.of(":max", n(30))));

		assertThat(response.items()).containsExactly(item("sk", n(1)), item("sk", n(2)));
	}

	/** Parameters doing the same job are refused together, with DynamoDB's message naming both. */
	@Scenario
	void legacyParametersDoingAnExpressionsJobAreRejected(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.query(request -> request.tableName("Legacy")
			.keyConditions(Map.of("pk", condition(ComparisonOperator.EQ, s("a"))))
			.keyConditionExpression("pk = :a")
			.expressionAttributeValues(Map.of(":a", s("a")))),
				"Can not use both expression and non-expression parameters in the same request: "
						+ "Non-expression parameters: {KeyConditions} Expression parameters: {KeyConditionExpression}");
		assertValidation(() -> db.query(request -> request.tableName("Legacy")
			.keyConditions(Map.of("pk", condition(ComparisonOperator.EQ, s("a"))))
			.queryFilter(Map.of("v", condition(ComparisonOperator.LT, n(40))))
			.filterExpression("v < :max")
			.expressionAttributeValues(Map.of(":max", n(30)))),
				"Non-expression parameters: {QueryFilter} Expression parameters: {FilterExpression}");
		assertValidation(() -> db.scan(request -> request.tableName("Legacy")
			.scanFilter(Map.of("v", condition(ComparisonOperator.LT, n(40))))
			.filterExpression("v < :max")
			.expressionAttributeValues(Map.of(":max", n(30)))),
				"Non-expression parameters: {ScanFilter} Expression parameters: {FilterExpression}");
		assertValidation(() -> db.putItem(request -> request.tableName("Legacy")
			.item(item("pk", s("a"), "sk", n(1)))
			.expected(Map.of("v", ExpectedAttributeValue.builder().exists(false).build()))
			.conditionExpression("attribute_not_exists(v)")),
				"Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}");
		assertValidation(() -> db.updateItem(request -> request.tableName("Legacy")
			.key(item("pk", s("a"), "sk", n(1)))
			.attributeUpdates(Map.of("v", AttributeValueUpdate.builder().action(AttributeAction.PUT).value(n(1)).build()))
			.updateExpression("SET v = :one")
			.expressionAttributeValues(Map.of(":one", n(1)))),
				"Non-expression parameters: {AttributeUpdates} Expression parameters: {UpdateExpression}");
	}


	private static ExpectedAttributeValue compare(ComparisonOperator operator, AttributeValue... values) {
		return ExpectedAttributeValue.builder().comparisonOperator(operator).attributeValueList(values).build();
	}

	private static void updateExpecting(DynamoDbClient db, Map<String, ExpectedAttributeValue> expected) {
		db.updateItem(request -> request.tableName("Legacy")
			.key(item("pk", s("a"), "sk", n(1)))
			.attributeUpdates(Map.of("x", AttributeValueUpdate.builder().action(AttributeAction.PUT).value(n(1)).build()))
			.expected(expected));
	}

	/** Legacy conditional parameters: EQ and NE are supported for all data types, lists and maps included. */
	@Scenario
	void equalityFiltersAcceptEveryType(Backend backend) {
		DynamoDbClient db = table(backend);
		db.putItem(request -> request.tableName("Legacy")
			.item(item("pk", s("a"), "sk", n(5), "l", Values.list(n(1)), "m", Values.map("k", s("v")), "flag", Values.bool(true),
					"nothing", Values.nul())));

		assertThat(db.scan(request -> request.tableName("Legacy").scanFilter(Map.of("l", condition(ComparisonOperator.EQ, Values.list(n(1))))))
			.count()).isEqualTo(1);
		assertThat(db.scan(request -> request.tableName("Legacy").scanFilter(Map.of("flag", condition(ComparisonOperator.NE, Values.bool(true)))))
			.count()).isEqualTo(4);
		assertThat(db.scan(request -> request.tableName("Legacy").scanFilter(Map.of("nothing", condition(ComparisonOperator.EQ, Values.nul()))))
			.count()).isEqualTo(1);
		assertThat(db.query(request -> request.tableName("Legacy")
			.keyConditions(Map.of("pk", condition(ComparisonOperator.EQ, s("a"))))
			.queryFilter(Map.of("m", condition(ComparisonOperator.EQ, Values.map("k", s("v")))))).count()).isEqualTo(1);
	}

	/** LT, LE, GT, GE, BETWEEN, IN and CONTAINS take strings, numbers and binaries, BEGINS_WITH strings and binaries. */
	@Scenario
	void otherOperatorsRefuseValuesOfOtherTypes(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.scan(request -> request.tableName("Legacy")
			.scanFilter(Map.of("v", condition(ComparisonOperator.LT, Values.list(n(1)))))), "type");
		assertValidation(() -> db.scan(request -> request.tableName("Legacy")
			.scanFilter(Map.of("v", condition(ComparisonOperator.BETWEEN, Values.ns("1"), Values.ns("2"))))), "type");
		assertValidation(() -> db.scan(request -> request.tableName("Legacy")
			.scanFilter(Map.of("v", condition(ComparisonOperator.IN, Values.list(n(1)), Values.list(n(2)))))), "type");
		assertValidation(() -> db.scan(request -> request.tableName("Legacy")
			.scanFilter(Map.of("w", condition(ComparisonOperator.CONTAINS, Values.list(s("w")))))), "type");
		assertValidation(() -> db.query(request -> request.tableName("Legacy")
			.keyConditions(Map.of("pk", condition(ComparisonOperator.EQ, s("a"))))
			.queryFilter(Map.of("w", condition(ComparisonOperator.BEGINS_WITH, n(1))))), "type");
		assertValidation(() -> db.scan(request -> request.tableName("Legacy")
			.scanFilter(Map.of("v", condition(ComparisonOperator.IN, n(1), s("1"))))), "same type");
	}

	@Scenario
	void operatorsTakeTheirNumberOfValues(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.scan(request -> request.tableName("Legacy").scanFilter(Map.of("v", condition(ComparisonOperator.EQ, n(1), n(2))))),
				"Invalid number of argument(s) for the EQ ComparisonOperator");
		assertValidation(() -> db.scan(request -> request.tableName("Legacy").scanFilter(Map.of("v", condition(ComparisonOperator.NULL, n(1))))),
				"Invalid number of argument(s) for the NULL ComparisonOperator");
		assertValidation(() -> db.scan(request -> request.tableName("Legacy").scanFilter(Map.of("v", condition(ComparisonOperator.IN)))),
				"Invalid number of argument(s) for the IN ComparisonOperator");
		assertValidation(() -> db.scan(request -> request.tableName("Legacy")
			.scanFilter(Map.of("v", condition(ComparisonOperator.BETWEEN, n(1), n(2), n(3))))),
				"Invalid number of argument(s) for the BETWEEN ComparisonOperator");
		assertValidation(() -> db.scan(request -> request.tableName("Legacy").scanFilter(Map.of("v", condition(ComparisonOperator.BETWEEN, n(9), n(1))))),
				"The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
	}

	/** Expected's ComparisonOperator follows the same type rules; a value of another type in the item only fails it. */
	@Scenario
	void expectedComparisonsAreTypeChecked(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> updateExpecting(db, Map.of("v", compare(ComparisonOperator.LE, Values.list(n(1))))), "type");
		assertValidation(() -> updateExpecting(db, Map.of("w", compare(ComparisonOperator.BEGINS_WITH, n(3)))), "type");
		assertValidation(() -> updateExpecting(db, Map.of("v", compare(ComparisonOperator.IN, Values.list(n(1)))))," type");
		assertError(() -> updateExpecting(db, Map.of("v", compare(ComparisonOperator.EQ, Values.list(n(10))))), "ConditionalCheckFailedException");
		assertError(() -> updateExpecting(db, Map.of("w", compare(ComparisonOperator.BEGINS_WITH, Values.b(1)))), "ConditionalCheckFailedException");
		assertError(() -> updateExpecting(db, Map.of("v", ExpectedAttributeValue.builder().value(Values.map("k", n(1))).build())),
				"ConditionalCheckFailedException");

		updateExpecting(db, Map.of("v", compare(ComparisonOperator.NE, Values.map("k", n(1)))));

		assertThat(db.getItem(request -> request.tableName("Legacy").key(item("pk", s("a"), "sk", n(1)))).item()).containsEntry("x", n(1));
	}

	/** An Expected entry needs a Value unless Exists is false, and then must not have one; an empty Expected holds. */
	@Scenario
	void expectedEntriesPairValueAndExists(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> updateExpecting(db, Map.of("v", ExpectedAttributeValue.builder().exists(true).build())),
				"One or more parameter values were invalid: Value must be provided when Exists is true for Attribute: v");
		assertValidation(() -> updateExpecting(db, Map.of("v", ExpectedAttributeValue.builder().build())),
				"One or more parameter values were invalid: Value must be provided when Exists is null for Attribute: v");
		assertValidation(() -> updateExpecting(db, Map.of("v", ExpectedAttributeValue.builder().exists(false).value(n(10)).build())),
				"One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: v");
		assertValidation(() -> updateExpecting(db, Map.of("v", ExpectedAttributeValue.builder()
			.exists(false)
			.comparisonOperator(ComparisonOperator.NULL)
			.build())), "Exists and ComparisonOperator cannot be used together for Attribute: v");
		assertThat(db.getItem(request -> request.tableName("Legacy").key(item("pk", s("a"), "sk", n(1)))).item()).doesNotContainKey("x");

		updateExpecting(db, Map.of("v", ExpectedAttributeValue.builder().exists(true).value(n(10)).build()));
		updateExpecting(db, Map.of());

		assertThat(db.getItem(request -> request.tableName("Legacy").key(item("pk", s("a"), "sk", n(1)))).item()).containsEntry("x", n(1));
	}

	/** ConditionalOperator only combines Expected or filter conditions: without any it is refused. */
	@Scenario
	void conditionalOperatorNeedsConditions(Backend backend) {
		DynamoDbClient db = table(backend);

		assertValidation(() -> db.updateItem(request -> request.tableName("Legacy")
			.key(item("pk", s("a"), "sk", n(1)))
			.attributeUpdates(Map.of("x", AttributeValueUpdate.builder().action(AttributeAction.PUT).value(n(1)).build()))
			.conditionalOperator("OR")), "ConditionalOperator");
		assertValidation(() -> db.updateItem(request -> request.tableName("Legacy")
			.key(item("pk", s("a"), "sk", n(1)))
			.attributeUpdates(Map.of("x", AttributeValueUpdate.builder().action(AttributeAction.PUT).value(n(1)).build()))
			.expected(Map.of())
			.conditionalOperator("AND")), "ConditionalOperator");
		assertValidation(() -> db.scan(request -> request.tableName("Legacy").conditionalOperator("OR")), "ConditionalOperator");
		assertThat(db.getItem(request -> request.tableName("Legacy").key(item("pk", s("a"), "sk", n(1)))).item()).doesNotContainKey("x");
	}

}
