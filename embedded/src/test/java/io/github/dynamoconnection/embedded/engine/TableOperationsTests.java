package io.github.dynamoconnection.embedded.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class TableOperationsTests {

	private final EngineFixture fixture = new EngineFixture();

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void createTableDescribesFullShapeWithIndexes() {
		ObjectNode created = fixture.call("CreateTable", """
				{'TableName':'Thread',
				 'AttributeDefinitions':[{'AttributeName':'forum','AttributeType':'S'},{'AttributeName':'subject','AttributeType':'S'},
				   {'AttributeName':'posted','AttributeType':'N'},{'AttributeName':'author','AttributeType':'S'}],
				 'KeySchema':[{'AttributeName':'forum','KeyType':'HASH'},{'AttributeName':'subject','KeyType':'RANGE'}],
				 'ProvisionedThroughput':{'ReadCapacityUnits':5,'WriteCapacityUnits':6},
				 'LocalSecondaryIndexes':[{'IndexName':'byPosted','KeySchema':[{'AttributeName':'forum','KeyType':'HASH'},{'AttributeName':'posted','KeyType':'RANGE'}],'Projection':{'ProjectionType':'KEYS_ONLY'}}],
				 'GlobalSecondaryIndexes':[{'IndexName':'byAuthor','KeySchema':[{'AttributeName':'author','KeyType':'HASH'}],'Projection':{'ProjectionType':'INCLUDE','NonKeyAttributes':['title']},
				   'ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':2}}],
				 'StreamSpecification':{'StreamEnabled':true,'StreamViewType':'NEW_IMAGE'},
				 'Tags':[{'Key':'team','Value':'core'}]}
				""");
		JsonNode table = fixture.call("DescribeTable", "{'TableName':'Thread'}").get("Table");
		assertThat(created.get("TableDescription").get("TableArn")).isEqualTo(table.get("TableArn"));
		assertThat(table.get("TableStatus").asString()).isEqualTo("ACTIVE");
		assertThat(table.get("TableArn").asString()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/Thread");
		assertThat(table.get("TableId").asString()).hasSize(36);
		assertThat(table.get("ItemCount").asLong()).isZero();
		assertThat(table.get("ProvisionedThroughput").get("WriteCapacityUnits").asInt()).isEqualTo(6);
		assertThat(table.get("BillingModeSummary").get("BillingMode").asString()).isEqualTo("PROVISIONED");
		assertThat(table.get("KeySchema").get(1).get("KeyType").asString()).isEqualTo("RANGE");
		JsonNode gsi = table.get("GlobalSecondaryIndexes").get(0);
		assertThat(gsi.get("IndexStatus").asString()).isEqualTo("ACTIVE");
		assertThat(gsi.get("IndexArn").asString()).endsWith("table/Thread/index/byAuthor");
		assertThat(gsi.get("Projection").get("NonKeyAttributes").get(0).asString()).isEqualTo("title");
		assertThat(gsi.get("ProvisionedThroughput").get("WriteCapacityUnits").asInt()).isEqualTo(2);
		assertThat(table.get("LocalSecondaryIndexes").get(0).has("ProvisionedThroughput")).isFalse();
		assertThat(table.get("StreamSpecification").get("StreamViewType").asString()).isEqualTo("NEW_IMAGE");
		assertThat(table.get("LatestStreamArn").asString()).startsWith(table.get("TableArn").asString() + "/stream/");
		ObjectNode tags = fixture.call("ListTagsOfResource", "{'ResourceArn':'" + table.get("TableArn").asString() + "'}");
		assertThat(tags.get("Tags").get(0).get("Value").asString()).isEqualTo("core");
	}

	@Test
	void createTableRefusesDuplicatesAndBadSchemas() {
		fixture.createTable("Existing", false);
		fixture.assertError("CreateTable", "{'TableName':'Existing','AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}],'BillingMode':'PAY_PER_REQUEST'}",
				"ResourceInUseException", "Table already exists: Existing");
		fixture.assertError("CreateTable", "{'TableName':'Unused','AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'},{'AttributeName':'x','AttributeType':'S'}],'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}],'BillingMode':'PAY_PER_REQUEST'}",
				"ValidationException", "Number of attributes in KeySchema does not exactly match");
		fixture.assertError("CreateTable", "{'TableName':'Undefined','AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],'KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],'BillingMode':'PAY_PER_REQUEST'}",
				"ValidationException", "Some index key attributes are not defined in AttributeDefinitions");
		fixture.assertError("CreateTable", "{'TableName':'NoThroughput','AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}]}",
				"ValidationException", "ReadCapacityUnits and WriteCapacityUnits must both be specified");
		fixture.assertError("CreateTable", "{'TableName':'ab','AttributeDefinitions':[],'KeySchema':[]}",
				"ValidationException", "TableName must be at least 3 characters long and at most 255 characters long");
		fixture.assertError("DescribeTable", "{}", "ValidationException",
				"The parameter 'TableName' is required but was not present in the request");
		fixture.assertError("GetItem", "{'TableName':'ab','Key':{'pk':{'S':'a'}}}", "ValidationException",
				"1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3");
	}

	@Test
	void listTablesIsSortedAndPaged() {
		for (String name : new String[] { "charlie", "alpha", "Bravo", "delta" }) {
			fixture.createTable(name, false);
		}
		ObjectNode first = fixture.call("ListTables", "{'Limit':2}");
		assertThat(first.get("TableNames").toString()).isEqualTo("[\"Bravo\",\"alpha\"]");
		assertThat(first.get("LastEvaluatedTableName").asString()).isEqualTo("alpha");
		ObjectNode second = fixture.call("ListTables", "{'Limit':2,'ExclusiveStartTableName':'alpha'}");
		assertThat(second.get("TableNames").toString()).isEqualTo("[\"charlie\",\"delta\"]");
		assertThat(second.has("LastEvaluatedTableName")).isFalse();
	}

	@Test
	void deleteTableRemovesItAndDescribeThenFails() {
		fixture.createTable("Gone", false);
		ObjectNode deleted = fixture.call("DeleteTable", "{'TableName':'Gone'}");
		assertThat(deleted.get("TableDescription").get("TableStatus").asString()).isEqualTo("DELETING");
		fixture.assertError("DescribeTable", "{'TableName':'Gone'}", "ResourceNotFoundException",
				"Requested resource not found: Table: Gone not found");
		fixture.assertError("DeleteTable", "{'TableName':'Gone'}", "ResourceNotFoundException", "Table: Gone not found");
	}

	@Test
	void unknownOperationIsRefused() {
		fixture.assertError("FlyToTheMoon", "{}", "UnknownOperationException", null);
	}

}
