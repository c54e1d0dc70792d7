package io.github.dynamoconnection.embedded.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class RequestValidatorTests {

	private final RequestValidator validator = new RequestValidator();

	@Test
	void wellFormedRequestPasses() {
		assertThat(check("GetItem", "{'TableName':'Thread','Key':{'pk':{'S':'a'}},'ReturnConsumedCapacity':'TOTAL'}")).isNull();
	}

	@Test
	void operationDynamoDbDoesNotHaveIsLeftToTheEngine() {
		assertThat(check("NoSuchOperation", "{'TableName':1}")).isNull();
	}

	@Test
	void scalarOfTheWrongTypeIsSerializationExceptionNamingBothTypes() {
		assertSerialization("GetItem", "{'TableName':5,'Key':{}}", "NUMBER_VALUE cannot be converted to String");
		assertSerialization("GetItem", "{'TableName':5.5,'Key':{}}", "DECIMAL_VALUE cannot be converted to String");
		assertSerialization("GetItem", "{'TableName':true,'Key':{}}", "TRUE_VALUE cannot be converted to String");
		assertSerialization("Scan", "{'TableName':'Thread','Limit':'ten'}", "STRING_VALUE cannot be converted to Integer");
		assertSerialization("Scan", "{'TableName':'Thread','Limit':false}", "FALSE_VALUE cannot be converted to Integer");
	}

	@Test
	void collectionWhereScalarIsExpectedIsSerializationException() {
		assertSerialization("GetItem", "{'TableName':['a'],'Key':{}}", "Unrecognized collection type class java.lang.String");
		assertSerialization("GetItem", "{'TableName':{'a':1},'Key':{}}", "Start of structure or map found where not expected");
	}

	@Test
	void wrongContainerIsSerializationExceptionNamingTheExpectedCollection() {
		assertSerialization("GetItem", "{'TableName':'Thread','Key':'pk'}", "Unexpected field type");
		assertSerialization("GetItem", "{'TableName':'Thread','Key':[]}",
				"Unrecognized collection type java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue>");
		assertSerialization("GetItem", "{'TableName':'Thread','Key':{},'AttributesToGet':{'a':1}}",
				"Start of structure or map found where not expected");
		assertSerialization("CreateTable", "{'TableName':'Thread','ProvisionedThroughput':[1]}",
				"Unrecognized collection type class com.amazonaws.dynamodb.v20120810.ProvisionedThroughput");
		assertSerialization("GetItem", "{'TableName':'Thread','Key':{'pk':'a'}}", "Unexpected value type in payload");
	}

	@Test
	void nestedValueOfTheWrongTypeIsFound() {
		assertSerialization("GetItem", "{'TableName':'Thread','Key':{'pk':{'S':1}}}", "NUMBER_VALUE cannot be converted to String");
		assertSerialization("BatchGetItem", "{'RequestItems':{'Thread':{'Keys':[{'pk':{'N':[1]}}]}}}",
				"Unrecognized collection type class java.lang.String");
		assertSerialization("PutItem", "{'TableName':'Thread','Item':{'b':{'B':7}}}",
				"only base-64-encoded strings are convertible to bytes");
	}

	@Test
	void serializationComesBeforeConstraints() {
		assertSerialization("GetItem", "{'TableName':'a','ConsistentRead':3}", "NUMBER_VALUE cannot be converted to Boolean");
	}

	@Test
	void booleansWrittenAsWordsAndFractionalIntegersAreCoercedAsDynamoDbReadsThem() {
		ObjectNode request = json("{'TableName':'Thread','ConsistentRead':'yes','Limit':2.9}");
		assertThat(validator.check("Scan", request)).isNull();
		assertThat(request.get("ConsistentRead").isBoolean()).isTrue();
		assertThat(request.get("ConsistentRead").booleanValue()).isTrue();
		assertThat(request.get("Limit").intValue()).isEqualTo(2);
		assertSerialization("Scan", "{'TableName':'Thread','ConsistentRead':'maybe'}", "Unexpected token received from parser");
	}

	@Test
	void missingRequiredMemberIsOneValidationError() {
		assertValidation("GetItem", "{'TableName':'Thread'}",
				"1 validation error detected: Value null at 'key' failed to satisfy constraint: Member must not be null");
	}

	@Test
	void everyViolationIsReportedTogetherInDynamoDbsOrder() {
		assertValidation("GetItem", "{'TableName':'a!','ReturnConsumedCapacity':'ALL'}",
				"4 validation errors detected: "
						+ "Value 'ALL' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; "
						+ "Value 'a!' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; "
						+ "Value 'a!' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3; "
						+ "Value null at 'key' failed to satisfy constraint: Member must not be null");
	}

	@Test
	void numericRangesAreValueConstraints() {
		assertValidation("Scan", "{'TableName':'Thread','Segment':-1,'TotalSegments':1000001,'Limit':0}",
				"3 validation errors detected: "
						+ "Value '1000001' at 'totalSegments' failed to satisfy constraint: Member must have value less than or equal to 1000000; "
						+ "Value '-1' at 'segment' failed to satisfy constraint: Member must have value greater than or equal to 0; "
						+ "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
	}

	@Test
	void nestedMembersArePathedThroughMapKeysAndListPositions() {
		assertValidation("BatchGetItem", "{'RequestItems':{'Thread':{}}}",
				"1 validation error detected: Value null at 'requestItems.Thread.member.keys' failed to satisfy constraint: Member must not be null");
		assertValidation("CreateTable", "{'TableName':'Thread','KeySchema':[{'AttributeName':'pk','KeyType':'PRIMARY'}]}",
				"1 validation error detected: Value 'PRIMARY' at 'keySchema.1.member.keyType' failed to satisfy constraint: "
						+ "Member must satisfy enum value set: [HASH, RANGE]");
		assertValidation("BatchWriteItem", "{'RequestItems':{'Thread':[{'PutRequest':{'Item':{}}},{'DeleteRequest':{}}]}}",
				"1 validation error detected: Value null at 'requestItems.Thread.member.2.member.deleteRequest.key' "
						+ "failed to satisfy constraint: Member must not be null");
	}

	@Test
	void mapKeysAndValuesAreCheckedAsDynamoDbBracketsThem() {
		String request = "{'RequestItems':{'ab':[]}}";
		assertValidation("BatchWriteItem", request, "2 validation errors detected: "
				+ "Value '{\"ab\":[]}' at 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint: "
				+ "[Member must have length less than or equal to 255, Member must have length greater than or equal to 3, "
				+ "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]; "
				+ "Value '{\"ab\":[]}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: "
				+ "[Member must have length less than or equal to 25, Member must have length greater than or equal to 1]");
	}

	@Test
	void atMostTenViolationsAreReported() {
		StringBuilder keySchema = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			keySchema.append((i > 0) ? "," : "").append("{'AttributeName':'k").append(i).append("','KeyType':'X'}");
		}
		RequestProblem problem = check("CreateTable", "{'TableName':'Thread','KeySchema':[" + keySchema + "]}");
		assertThat(problem.message()).startsWith("10 validation errors detected: ");
		assertThat(problem.message().split("; ")).hasSize(10);
	}

	@Test
	void tableNameOrArnTakesTheArnConstraintsOnlyForAnArn() {
		assertThat(check("GetItem", "{'TableName':'arn:aws:dynamodb:us-east-1:000000000000:table/a','Key':{}}")).isNull();
		assertValidation("GetItem", "{'TableName':'ab','Key':{}}", "1 validation error detected: Value 'ab' at 'tableName' "
				+ "failed to satisfy constraint: Member must have length greater than or equal to 3");
	}

	@Test
	void controlPlaneNamesAMissingOrMisSizedTableNameFirst() {
		assertValidation("DescribeTable", "{}", "The parameter 'TableName' is required but was not present in the request");
		assertValidation("DeleteTable", "{'TableName':'ab'}", "TableName must be at least 3 characters long and at most 255 characters long");
		assertValidation("DeleteTable", "{'TableName':'" + "t".repeat(256) + "'}",
				"TableName must be at least 3 characters long and at most 255 characters long");
		assertValidation("DescribeTable", "{'TableName':'a!c'}", "1 validation error detected: Value 'a!c' at 'tableName' "
				+ "failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
	}

	@Test
	void nullMembersCountAsAbsent() {
		assertThat(check("Scan", "{'TableName':'Thread','Limit':null,'Segment':null}")).isNull();
		assertValidation("GetItem", "{'TableName':'Thread','Key':null}",
				"1 validation error detected: Value null at 'key' failed to satisfy constraint: Member must not be null");
	}

	@Test
	void declarationsCoverEveryOperation() {
		assertThat(validator.declarationCounts()).startsWith("57 operations, ");
	}

	private void assertSerialization(String operation, String request, String message) {
		RequestProblem problem = check(operation, request);
		assertThat(problem).isNotNull();
		assertThat(problem.errorType()).isEqualTo("SerializationException");
		assertThat(problem.message()).isEqualTo(message);
	}

	private void assertValidation(String operation, String request, String message) {
		RequestProblem problem = check(operation, request);
		assertThat(problem).isNotNull();
		assertThat(problem.errorType()).isEqualTo("ValidationException");
		assertThat(problem.message()).isEqualTo(message);
	}

	private RequestProblem check(String operation, String request) {
		return validator.check(operation, json(request));
	}

	private static ObjectNode json(String text) {
		return (ObjectNode) JsonMapper.shared().readTree(text.replace('\'', '"'));
	}

}
