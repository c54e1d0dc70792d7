package io.github.dynamoconnection.conformance;

import java.util.Map;

import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.s;

/**
 * DynamoDB checks everything a request says that needs no table (expressions, placeholders, value
 * formats, parameter combinations) before it looks the table up: an invalid request naming a table
 * that does not exist is a ValidationException, and only a valid one is ResourceNotFoundException.
 */
class ValidationOrderScenarios {

	private static final String MISSING = "NoSuchTable";

	@Scenario
	void unusedNamePlaceholderIsReportedBeforeTheMissingTable(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.getItem(request -> request.tableName(MISSING).key(item("pk", s("a")))
			.projectionExpression("a").expressionAttributeNames(Map.of("#unused", "b"))),
				"Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}");
	}

	@Scenario
	void projectionSyntaxErrorIsReportedBeforeTheMissingTable(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.getItem(request -> request.tableName(MISSING).key(item("pk", s("a"))).projectionExpression("a..b")),
				"Invalid ProjectionExpression");
	}

	@Scenario
	void returnValuesAPutCannotGiveAreReportedBeforeTheMissingTable(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.putItem(request -> request.tableName(MISSING).item(item("pk", s("a"))).returnValues(ReturnValue.UPDATED_NEW)),
				"Return values set to invalid value");
	}

	@Scenario
	void emptySetIsReportedBeforeTheMissingTable(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.putItem(request -> request.tableName(MISSING).item(Map.of("pk", s("a"),
				"tags", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromSs(java.util.List.of())))),
				"One or more parameter values were invalid");
	}

	@Scenario
	void invalidUpdateExpressionIsReportedBeforeTheMissingTable(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.updateItem(request -> request.tableName(MISSING).key(item("pk", s("a"))).updateExpression("SET")),
				"Invalid UpdateExpression");
	}

	@Scenario
	void segmentWithoutTotalSegmentsIsReportedBeforeTheMissingTable(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.scan(request -> request.tableName(MISSING).segment(1)),
				"The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
	}

	@Scenario
	void selectSpecificAttributesWithoutProjectionIsReportedBeforeTheMissingTable(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.query(request -> request.tableName(MISSING).select(Select.SPECIFIC_ATTRIBUTES)
			.keyConditionExpression("pk = :p").expressionAttributeValues(item(":p", s("a")))),
				"Must specify the ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
	}

	@Scenario
	void updateTableWithNothingToChangeIsReportedBeforeTheMissingTable(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.updateTable(request -> request.tableName(MISSING)),
				"At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
	}

	@Scenario
	void validRequestOnAMissingTableIsResourceNotFound(Backend backend) {
		DynamoDbClient db = backend.client();
		Executable[] valid = {
			() -> db.getItem(request -> request.tableName(MISSING).key(item("pk", s("a"))).projectionExpression("a")),
			() -> db.scan(request -> request.tableName(MISSING).segment(0).totalSegments(2)),
			() -> db.updateItem(request -> request.tableName(MISSING).key(item("pk", s("a"))).updateExpression("SET v = :v")
				.expressionAttributeValues(item(":v", s("x")))),
		};
		for (Executable call : valid) {
			assertError(call::execute, "ResourceNotFoundException");
		}
	}

}
