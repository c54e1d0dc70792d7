package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateItemTests {

	private final EngineFixture fixture = new EngineFixture();

	@BeforeEach
	void createTable() {
		fixture.createTable("Counters", false);
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void updateCreatesItemAndReturnsOnlyUpdatedAttributes() {
		ObjectNode first = fixture.call("UpdateItem", "{'TableName':'Counters','Key':{'pk':{'S':'a'}},'UpdateExpression':'SET #n = :v ADD hits :one','ExpressionAttributeNames':{'#n':'name'},'ExpressionAttributeValues':{':v':{'S':'x'},':one':{'N':'1'}},'ReturnValues':'UPDATED_NEW'}");
		assertThat(first.get("Attributes").toString()).isEqualTo("{\"name\":{\"S\":\"x\"},\"hits\":{\"N\":\"1\"}}");
		ObjectNode second = fixture.call("UpdateItem", "{'TableName':'Counters','Key':{'pk':{'S':'a'}},'UpdateExpression':'ADD hits :one','ExpressionAttributeValues':{':one':{'N':'1.50'}},'ReturnValues':'UPDATED_OLD'}");
		assertThat(second.get("Attributes").toString()).isEqualTo("{\"hits\":{\"N\":\"1\"}}");
		ObjectNode all = fixture.call("UpdateItem", "{'TableName':'Counters','Key':{'pk':{'S':'a'}},'UpdateExpression':'REMOVE #n','ExpressionAttributeNames':{'#n':'name'},'ReturnValues':'ALL_NEW'}");
		assertThat(all.get("Attributes").toString()).isEqualTo("{\"pk\":{\"S\":\"a\"},\"hits\":{\"N\":\"2.5\"}}");
	}

	@Test
	void conditionFailureLeavesItemAndCanReturnIt() {
		fixture.call("PutItem", "{'TableName':'Counters','Item':{'pk':{'S':'a'},'v':{'N':'1'}}}");
		fixture.assertError("UpdateItem", "{'TableName':'Counters','Key':{'pk':{'S':'a'}},'UpdateExpression':'SET v = :two','ConditionExpression':'v = :zero','ExpressionAttributeValues':{':two':{'N':'2'},':zero':{'N':'0'}}}",
				"ConditionalCheckFailedException", "The conditional request failed");
		try {
			fixture.call("PutItem", "{'TableName':'Counters','Item':{'pk':{'S':'a'}},'ConditionExpression':'attribute_not_exists(pk)','ReturnValuesOnConditionCheckFailure':'ALL_OLD'}");
		}
		catch (EngineException ex) {
			assertThat(ex.extra().get("Item").get("v").get("N").asString()).isEqualTo("1");
		}
		assertThat(fixture.call("GetItem", "{'TableName':'Counters','Key':{'pk':{'S':'a'}}}").get("Item").get("v").get("N").asString()).isEqualTo("1");
	}

	@Test
	void keyAttributesCannotBeUpdatedAndPlaceholdersMustBeUsed() {
		fixture.assertError("UpdateItem", "{'TableName':'Counters','Key':{'pk':{'S':'a'}},'UpdateExpression':'SET pk = :v','ExpressionAttributeValues':{':v':{'S':'b'}}}",
				"ValidationException", "Cannot update attribute pk. This attribute is part of the key");
		fixture.assertError("UpdateItem", "{'TableName':'Counters','Key':{'pk':{'S':'a'}},'UpdateExpression':'SET v = :v','ExpressionAttributeValues':{':v':{'S':'b'},':unused':{'S':'c'}}}",
				"ValidationException", "unused in expressions");
		fixture.assertError("GetItem", "{'TableName':'Counters','Key':{'pk':{'S':'a'}},'ExpressionAttributeNames':{'#a':'b'}}",
				"ValidationException", "ExpressionAttributeNames can only be specified when using expressions");
		fixture.assertError("GetItem", "{'TableName':'Counters','Key':{'pk':{'S':'a'}},'ProjectionExpression':'a','AttributesToGet':['a']}",
				"ValidationException", "Can not use both expression and non-expression parameters");
		assertThat(fixture.call("Scan", "{'TableName':'Counters'}").get("Count").asInt()).isZero();
	}

	@Test
	void legacyAttributeUpdatesAndExpectedWork() {
		fixture.call("UpdateItem", "{'TableName':'Counters','Key':{'pk':{'S':'a'}},'AttributeUpdates':{'hits':{'Action':'ADD','Value':{'N':'5'}}}}");
		fixture.assertError("UpdateItem", "{'TableName':'Counters','Key':{'pk':{'S':'a'}},'AttributeUpdates':{'hits':{'Action':'PUT','Value':{'N':'0'}}},'Expected':{'hits':{'Value':{'N':'4'}}}}",
				"ConditionalCheckFailedException", null);
		fixture.call("UpdateItem", "{'TableName':'Counters','Key':{'pk':{'S':'a'}},'AttributeUpdates':{'hits':{'Action':'PUT','Value':{'N':'0'}}},'Expected':{'hits':{'ComparisonOperator':'EQ','AttributeValueList':[{'N':'5'}]}}}");
		ObjectNode got = fixture.call("GetItem", "{'TableName':'Counters','Key':{'pk':{'S':'a'}},'AttributesToGet':['hits']}");
		assertThat(got.get("Item").toString()).isEqualTo("{\"hits\":{\"N\":\"0\"}}");
	}

	@Test
	void projectionExpressionOnGetItem() {
		fixture.call("PutItem", "{'TableName':'Counters','Item':{'pk':{'S':'a'},'doc':{'M':{'x':{'N':'1'},'y':{'N':'2'}}},'other':{'S':'o'}}}");
		ObjectNode got = fixture.call("GetItem", "{'TableName':'Counters','Key':{'pk':{'S':'a'}},'ProjectionExpression':'doc.y, #o','ExpressionAttributeNames':{'#o':'other'}}");
		assertThat(got.get("Item").toString()).isEqualTo("{\"doc\":{\"M\":{\"y\":{\"N\":\"2\"}}},\"other\":{\"S\":\"o\"}}");
	}

}
