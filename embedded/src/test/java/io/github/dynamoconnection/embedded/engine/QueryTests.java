package io.github.dynamoconnection.embedded.engine;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTests {

	private static final EngineFixture fixture = new EngineFixture();

	@BeforeAll
	static void fill() {
		fixture.call("CreateTable", """
				{'TableName':'Events','BillingMode':'PAY_PER_REQUEST',
				 'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'},{'AttributeName':'n','AttributeType':'N'},
				   {'AttributeName':'kind','AttributeType':'S'},{'AttributeName':'label','AttributeType':'S'}],
				 'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'},{'AttributeName':'n','KeyType':'RANGE'}],
				 'LocalSecondaryIndexes':[{'IndexName':'byLabel','KeySchema':[{'AttributeName':'pk','KeyType':'HASH'},{'AttributeName':'label','KeyType':'RANGE'}],'Projection':{'ProjectionType':'KEYS_ONLY'}}],
				 'GlobalSecondaryIndexes':[{'IndexName':'byKind','KeySchema':[{'AttributeName':'kind','KeyType':'HASH'},{'AttributeName':'n','KeyType':'RANGE'}],'Projection':{'ProjectionType':'INCLUDE','NonKeyAttributes':['label']}}]}
				""");
		for (int i = 0; i < 20; i++) {
			String kind = (i % 2 == 0) ? "even" : "odd";
			fixture.call("PutItem", "{'TableName':'Events','Item':{'pk':{'S':'p'},'n':{'N':'" + (i - 5) + "'},'kind':{'S':'" + kind
					+ "'},'label':{'S':'l" + (char) ('a' + i) + "'},'payload':{'S':'data" + i + "'}}}");
		}
		fixture.call("PutItem", "{'TableName':'Events','Item':{'pk':{'S':'other'},'n':{'N':'1'}}}");
	}

	@AfterAll
	static void close() {
		fixture.close();
	}

	@Test
	void sortKeyConditionsOnEmptyPartitionsAnswerNothing() {
		for (String condition : new String[] { "n = :v", "n < :v", "n <= :v", "n > :v", "n >= :v", "n BETWEEN :v AND :w" }) {
			String values = condition.contains(":w") ? "{':p':{'S':'nobody'},':v':{'N':'1'},':w':{'N':'2'}}" : "{':p':{'S':'nobody'},':v':{'N':'1'}}";
			ObjectNode table = fixture.call("Query", "{'TableName':'Events','KeyConditionExpression':'pk = :p AND " + condition
					+ "','ExpressionAttributeValues':" + values + "}");
			assertThat(table.get("Count").asInt()).as(condition).isZero();
			ObjectNode global = fixture.call("Query", "{'TableName':'Events','IndexName':'byKind','KeyConditionExpression':'kind = :p AND " + condition
					+ "','ExpressionAttributeValues':" + values + "}");
			assertThat(global.get("Count").asInt()).as(condition).isZero();
		}
		ObjectNode local = fixture.call("Query", "{'TableName':'Events','IndexName':'byLabel','KeyConditionExpression':'pk = :p AND begins_with(label, :l)','ExpressionAttributeValues':{':p':{'S':'nobody'},':l':{'S':'l'}}}");
		assertThat(local.get("Count").asInt()).isZero();
	}

	@Test
	void rangeConditionsSelectNumericallyOrderedItems() {
		ObjectNode page = fixture.call("Query", "{'TableName':'Events','KeyConditionExpression':'pk = :p AND n BETWEEN :lo AND :hi','ExpressionAttributeValues':{':p':{'S':'p'},':lo':{'N':'-2'},':hi':{'N':'3'}}}");
		assertThat(page.get("Count").asInt()).isEqualTo(6);
		assertThat(page.get("Items").get(0).get("n").get("N").asString()).isEqualTo("-2");
		ObjectNode reversed = fixture.call("Query", "{'TableName':'Events','KeyConditionExpression':'pk = :p AND n < :hi','ExpressionAttributeValues':{':p':{'S':'p'},':hi':{'N':'0'}},'ScanIndexForward':false,'Limit':2}");
		assertThat(reversed.get("Items").get(0).get("n").get("N").asString()).isEqualTo("-1");
		assertThat(reversed.get("LastEvaluatedKey").toString()).isEqualTo("{\"pk\":{\"S\":\"p\"},\"n\":{\"N\":\"-2\"}}");
		ObjectNode next = fixture.call("Query", "{'TableName':'Events','KeyConditionExpression':'pk = :p AND n < :hi','ExpressionAttributeValues':{':p':{'S':'p'},':hi':{'N':'0'}},'ScanIndexForward':false,'ExclusiveStartKey':" + reversed.get("LastEvaluatedKey") + "}");
		assertThat(next.get("Count").asInt()).isEqualTo(3);
		assertThat(next.get("Items").get(0).get("n").get("N").asString()).isEqualTo("-3");
	}

	@Test
	void filterCountsScannedAndMatchedSeparately() {
		ObjectNode page = fixture.call("Query", "{'TableName':'Events','KeyConditionExpression':'pk = :p','FilterExpression':'kind = :k','ExpressionAttributeValues':{':p':{'S':'p'},':k':{'S':'odd'}},'ProjectionExpression':'n'}");
		assertThat(page.get("Count").asInt()).isEqualTo(10);
		assertThat(page.get("ScannedCount").asInt()).isEqualTo(20);
		assertThat(page.get("Items").get(0).size()).isEqualTo(1);
	}

	@Test
	void globalIndexQueryReturnsProjectedAttributesAndRefusesConsistentRead() {
		ObjectNode page = fixture.call("Query", "{'TableName':'Events','IndexName':'byKind','KeyConditionExpression':'kind = :k AND n >= :z','ExpressionAttributeValues':{':k':{'S':'even'},':z':{'N':'0'}},'ReturnConsumedCapacity':'INDEXES'}");
		assertThat(page.get("Count").asInt()).isEqualTo(7);
		JsonNode item = page.get("Items").get(0);
		assertThat(item.has("label")).isTrue();
		assertThat(item.has("payload")).isFalse();
		assertThat(page.get("ConsumedCapacity").get("GlobalSecondaryIndexes").has("byKind")).isTrue();
		ObjectNode limited = fixture.call("Query", "{'TableName':'Events','IndexName':'byKind','KeyConditionExpression':'kind = :k','ExpressionAttributeValues':{':k':{'S':'even'}},'Limit':1}");
		assertThat(limited.get("LastEvaluatedKey").size()).isEqualTo(3);
		fixture.assertError("Query", "{'TableName':'Events','IndexName':'byKind','ConsistentRead':true,'KeyConditionExpression':'kind = :k','ExpressionAttributeValues':{':k':{'S':'even'}}}",
				"ValidationException", "Consistent reads are not supported on global secondary indexes");
		fixture.assertError("Query", "{'TableName':'Events','IndexName':'byKind','Select':'ALL_ATTRIBUTES','KeyConditionExpression':'kind = :k','ExpressionAttributeValues':{':k':{'S':'even'}}}",
				"ValidationException", "because its projection type is not ALL");
	}

	@Test
	void localIndexQueryWithBeginsWithAndAllAttributes() {
		ObjectNode page = fixture.call("Query", "{'TableName':'Events','IndexName':'byLabel','KeyConditionExpression':'pk = :p AND begins_with(label, :l)','ExpressionAttributeValues':{':p':{'S':'p'},':l':{'S':'la'}}}");
		assertThat(page.get("Count").asInt()).isEqualTo(1);
		assertThat(page.get("Items").get(0).has("payload")).isFalse();
		ObjectNode all = fixture.call("Query", "{'TableName':'Events','IndexName':'byLabel','Select':'ALL_ATTRIBUTES','KeyConditionExpression':'pk = :p AND label > :l','ExpressionAttributeValues':{':p':{'S':'p'},':l':{'S':'lr'}}}");
		assertThat(all.get("Count").asInt()).isEqualTo(2);
		assertThat(all.get("Items").get(0).get("payload").get("S").asString()).isEqualTo("data18");
	}

	@Test
	void legacyKeyConditionsAndQueryFilterWork() {
		ObjectNode page = fixture.call("Query", "{'TableName':'Events','KeyConditions':{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'p'}]},'n':{'ComparisonOperator':'GT','AttributeValueList':[{'N':'10'}]}},'QueryFilter':{'kind':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'even'}]}}}");
		assertThat(page.get("ScannedCount").asInt()).isEqualTo(4);
		assertThat(page.get("Count").asInt()).isEqualTo(2);
	}

	@Test
	void selectCountAndWrongKeyTypes() {
		ObjectNode count = fixture.call("Query", "{'TableName':'Events','Select':'COUNT','KeyConditionExpression':'pk = :p','ExpressionAttributeValues':{':p':{'S':'other'}}}");
		assertThat(count.get("Count").asInt()).isEqualTo(1);
		assertThat(count.has("Items")).isFalse();
		fixture.assertError("Query", "{'TableName':'Events','KeyConditionExpression':'pk = :p','ExpressionAttributeValues':{':p':{'N':'1'}}}",
				"ValidationException", "Condition parameter type does not match schema type");
		fixture.assertError("Query", "{'TableName':'Events','KeyConditionExpression':'pk = :p AND n BETWEEN :hi AND :lo','ExpressionAttributeValues':{':p':{'S':'p'},':lo':{'N':'1'},':hi':{'N':'5'}}}",
				"ValidationException", "BETWEEN");
		fixture.assertError("Query", "{'TableName':'Events'}", "ValidationException", "KeyConditionExpression");
	}

	@Test
	void startKeyOutsideTheConditionIsRefused() {
		fixture.assertError("Query", "{'TableName':'Events','KeyConditionExpression':'pk = :p AND n BETWEEN :lo AND :hi','ExpressionAttributeValues':{':p':{'S':'p'},':lo':{'N':'1'},':hi':{'N':'3'}},'ExclusiveStartKey':{'pk':{'S':'p'},'n':{'N':'10'}}}",
				"ValidationException", "outside query boundaries");
		fixture.assertError("Query", "{'TableName':'Events','KeyConditionExpression':'pk = :p','ExpressionAttributeValues':{':p':{'S':'p'}},'ExclusiveStartKey':{'pk':{'S':'other'},'n':{'N':'1'}}}",
				"ValidationException", "outside query boundaries");
	}

	@Test
	void filterOnKeyAttributeIsRefusedButNestedNamesAndFunctionsAreNot() {
		fixture.assertError("Query", "{'TableName':'Events','KeyConditionExpression':'pk = :p','FilterExpression':'#k > :v','ExpressionAttributeNames':{'#k':'n'},'ExpressionAttributeValues':{':p':{'S':'p'},':v':{'N':'1'}}}",
				"ValidationException", "Filter Expression can only contain non-primary key attributes: Primary key attribute: n");
		fixture.assertError("Query", "{'TableName':'Events','KeyConditions':{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'p'}]}},'QueryFilter':{'n':{'ComparisonOperator':'GT','AttributeValueList':[{'N':'1'}]}}}",
				"ValidationException", "QueryFilter can only contain non-primary key attributes: Primary key attribute: n");
		ObjectNode page = fixture.call("Query", "{'TableName':'Events','KeyConditionExpression':'pk = :p','FilterExpression':'attribute_exists(payload.n) OR size(label) > :v','ExpressionAttributeValues':{':p':{'S':'p'},':v':{'N':'1'}}}");
		assertThat(page.get("Count").asInt()).isEqualTo(20);
	}

	@Test
	void hashOnlyGlobalIndexPagesThroughItemsSharingAKey() {
		fixture.call("CreateTable", """
				{'TableName':'Tasks','BillingMode':'PAY_PER_REQUEST',
				 'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'},{'AttributeName':'state','AttributeType':'S'}],
				 'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}],
				 'GlobalSecondaryIndexes':[{'IndexName':'byState','KeySchema':[{'AttributeName':'state','KeyType':'HASH'}],'Projection':{'ProjectionType':'KEYS_ONLY'}}]}
				""");
		for (int i = 0; i < 9; i++) {
			fixture.call("PutItem", "{'TableName':'Tasks','Item':{'pk':{'S':'t" + i + "'},'state':{'S':'" + (i < 7 ? "open" : "done") + "'}}}");
		}
		java.util.Set<String> seen = new java.util.HashSet<>();
		String start = "";
		for (int page = 0; page < 10; page++) {
			ObjectNode result = fixture.call("Query", "{'TableName':'Tasks','IndexName':'byState','Limit':3,'KeyConditionExpression':'#s = :o','ExpressionAttributeNames':{'#s':'state'},'ExpressionAttributeValues':{':o':{'S':'open'}}" + start + "}");
			result.get("Items").forEach(item -> assertThat(seen.add(item.get("pk").get("S").asString())).isTrue());
			if (!result.has("LastEvaluatedKey")) {
				break;
			}
			assertThat(result.get("LastEvaluatedKey").has("state")).isTrue();
			start = ",'ExclusiveStartKey':" + result.get("LastEvaluatedKey");
		}
		assertThat(seen).hasSize(7);
	}

}
