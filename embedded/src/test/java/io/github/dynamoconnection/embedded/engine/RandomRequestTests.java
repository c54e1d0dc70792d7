package io.github.dynamoconnection.embedded.engine;

import java.util.List;
import java.util.Random;

import io.github.dynamoconnection.embedded.contract.EngineException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Throws seeded random request bodies at every operation: only DynamoDB-style 400 errors, data unchanged. */
class RandomRequestTests {

	private static final List<String> OPERATIONS = List.of("CreateTable", "DescribeTable", "ListTables", "UpdateTable", "DeleteTable",
			"PutItem", "GetItem", "UpdateItem", "DeleteItem", "Query", "Scan", "BatchGetItem", "BatchWriteItem", "TransactGetItems",
			"TransactWriteItems", "ExecuteStatement", "BatchExecuteStatement", "ExecuteTransaction", "UpdateTimeToLive", "DescribeTimeToLive", "TagResource", "UntagResource", "ListTagsOfResource");

	private static final List<String> MEMBERS = List.of("TableName", "Key", "Item", "KeySchema", "AttributeDefinitions", "Limit",
			"ExclusiveStartKey", "RequestItems", "TransactItems", "UpdateExpression", "ConditionExpression", "KeyConditionExpression",
			"FilterExpression", "ProjectionExpression", "ExpressionAttributeValues", "ExpressionAttributeNames", "ReturnValues",
			"IndexName", "Segment", "TotalSegments", "Select", "Expected", "AttributeUpdates", "KeyConditions", "ResourceArn",
			"GlobalSecondaryIndexUpdates", "Statement", "Statements", "Parameters", "BillingMode", "ProvisionedThroughput", "TimeToLiveSpecification");

	private static final EngineFixture fixture = new EngineFixture();

	@BeforeAll
	static void createTable() {
		fixture.createTable("Fixed", true);
		fixture.call("PutItem", "{'TableName':'Fixed','Item':{'pk':{'S':'a'},'sk':{'S':'b'},'v':{'N':'1'}}}");
	}

	@AfterAll
	static void close() {
		fixture.close();
	}

	@Test
	void randomBodiesOnlyProduceClientErrors() {
		Random random = new Random(20261126L);
		String before = fixture.call("Scan", "{'TableName':'Fixed'}").get("Items").toString();
		for (int i = 0; i < 3000; i++) {
			String operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
			if (operation.equals("DeleteTable") || operation.equals("UpdateTable")) {
				operation = "DescribeTable";
			}
			ObjectNode body = JsonNodeFactory.instance.objectNode();
			int members = random.nextInt(5);
			for (int m = 0; m < members; m++) {
				body.set(MEMBERS.get(random.nextInt(MEMBERS.size())), randomNode(random, 3));
			}
			if (random.nextBoolean()) {
				body.put("TableName", random.nextBoolean() ? "Fixed" : "Other");
			}
			try {
				fixture.engine.execute(operation, body);
			}
			catch (EngineException ex) {
				assertThat(ex.status()).as(operation + " " + body).isEqualTo(400);
				assertThat(ex.errorType()).as(operation + " " + body).isNotBlank();
			}
			catch (RuntimeException ex) {
				throw new AssertionError(operation + " " + body + " threw " + ex, ex);
			}
		}
		assertThat(fixture.call("Scan", "{'TableName':'Fixed'}").get("Items").toString()).contains("\"v\":{\"N\":\"1\"}");
		assertThat(before).contains("\"pk\":{\"S\":\"a\"}");
	}

	private static JsonNode randomNode(Random random, int depth) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		int kind = random.nextInt(depth > 0 ? 9 : 5);
		return switch (kind) {
			case 0 -> nodes.stringNode(List.of("", "Fixed", "pk", "a", "#n", ":v", "SET a = :v", "pk = :v", "S", "N", "ALL_NEW", "x".repeat(300), "SELECT * FROM Fixed WHERE pk = ?", "INSERT INTO Fixed VALUE {'pk': ?}").get(random.nextInt(14)));
			case 1 -> nodes.numberNode(random.nextInt(2000) - 1000);
			case 2 -> nodes.booleanNode(random.nextBoolean());
			case 3 -> nodes.nullNode();
			case 4 -> nodes.stringNode(Integer.toString(random.nextInt()));
			case 5, 6 -> {
				ObjectNode object = nodes.objectNode();
				int size = random.nextInt(4);
				for (int i = 0; i < size; i++) {
					object.set(List.of("S", "N", "B", "SS", "M", "L", "pk", "sk", ":v", "#n", "Put", "Keys", "AttributeName", "KeyType").get(random.nextInt(14)),
							randomNode(random, depth - 1));
				}
				yield object;
			}
			default -> {
				ArrayNode array = nodes.arrayNode();
				int size = random.nextInt(4);
				for (int i = 0; i < size; i++) {
					array.add(randomNode(random, depth - 1));
				}
				yield array;
			}
		};
	}

}
