package io.github.dynamoconnection.embedded.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class BatchOperationsTests {

	private final EngineFixture fixture = new EngineFixture();

	@BeforeEach
	void createTable() {
		fixture.createTable("Hash", false);
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void batchWriteThenBatchGet() {
		fixture.call("BatchWriteItem", "{'RequestItems':{'Hash':[{'PutRequest':{'Item':{'pk':{'S':'a'},'v':{'N':'1'}}}},{'PutRequest':{'Item':{'pk':{'S':'b'}}}}]}}");
		ObjectNode got = fixture.call("BatchGetItem", "{'RequestItems':{'Hash':{'Keys':[{'pk':{'S':'a'}},{'pk':{'S':'b'}},{'pk':{'S':'c'}}]}},'ReturnConsumedCapacity':'TOTAL'}");
		assertThat(got.get("Responses").get("Hash").size()).isEqualTo(2);
		assertThat(got.get("UnprocessedKeys").isEmpty()).isTrue();
		assertThat(got.get("ConsumedCapacity").get(0).get("CapacityUnits").asDouble()).isEqualTo(1.5);
		fixture.call("BatchWriteItem", "{'RequestItems':{'Hash':[{'DeleteRequest':{'Key':{'pk':{'S':'a'}}}}]}}");
		assertThat(fixture.call("GetItem", "{'TableName':'Hash','Key':{'pk':{'S':'a'}}}").has("Item")).isFalse();
	}

	@Test
	void limitsAndDuplicatesAreRefusedBeforeAnythingIsWritten() {
		StringBuilder writes = new StringBuilder();
		for (int i = 0; i < 26; i++) {
			writes.append(i > 0 ? "," : "").append("{'PutRequest':{'Item':{'pk':{'S':'k").append(i).append("'}}}}");
		}
		fixture.assertError("BatchWriteItem", "{'RequestItems':{'Hash':[" + writes + "]}}", "ValidationException",
				"Member must have length less than or equal to 25");
		fixture.assertError("BatchWriteItem", "{'RequestItems':{'Hash':[{'PutRequest':{'Item':{'pk':{'S':'a'}}}},{'DeleteRequest':{'Key':{'pk':{'S':'a'}}}}]}}",
				"ValidationException", "Provided list of item keys contains duplicates");
		StringBuilder keys = new StringBuilder();
		for (int i = 0; i < 101; i++) {
			keys.append(i > 0 ? "," : "").append("{'pk':{'S':'k").append(i).append("'}}");
		}
		fixture.assertError("BatchGetItem", "{'RequestItems':{'Hash':{'Keys':[" + keys + "]}}}", "ValidationException",
				"at 'requestItems.Hash.member.keys' failed to satisfy constraint: Member must have length less than or equal to 100");
		StringBuilder sixty = new StringBuilder();
		for (int i = 0; i < 60; i++) {
			sixty.append(i > 0 ? "," : "").append("{'pk':{'S':'k").append(i).append("'}}");
		}
		fixture.assertError("BatchGetItem", "{'RequestItems':{'Hash':{'Keys':[" + sixty + "]},'Other':{'Keys':[" + sixty
				+ "]}}}", "ValidationException", "Too many items requested for the BatchGetItem call");
		fixture.assertError("BatchWriteItem", "{'RequestItems':{'Hash':[{'PutRequest':{'Item':{'pk':{'S':'ok'}}}}],'Missing':[{'PutRequest':{'Item':{'pk':{'S':'a'}}}}]}}",
				"ResourceNotFoundException", null);
		assertThat(fixture.call("Scan", "{'TableName':'Hash'}").get("Count").asInt()).isZero();
	}

	@Test
	void batchGetBeyondSixteenMegabytesReturnsTheRestAsUnprocessedKeys() {
		String big = "x".repeat(390 * 1024);
		StringBuilder keys = new StringBuilder();
		for (int i = 0; i < 50; i++) {
			fixture.call("PutItem", "{'TableName':'Hash','Item':{'pk':{'S':'big" + i + "'},'v':{'S':'" + big + "'}}}");
			keys.append(i > 0 ? "," : "").append("{'pk':{'S':'big").append(i).append("'}}");
		}
		ObjectNode first = fixture.call("BatchGetItem", "{'RequestItems':{'Hash':{'Keys':[" + keys + "],'ProjectionExpression':'pk'}}}");
		int returned = first.get("Responses").get("Hash").size();
		ObjectNode unprocessed = (ObjectNode) first.get("UnprocessedKeys").get("Hash");
		assertThat(returned).isBetween(1, 49);
		assertThat(unprocessed.get("Keys").size()).isEqualTo(50 - returned);
		assertThat(unprocessed.get("ProjectionExpression").asString()).isEqualTo("pk");
		ObjectNode request = fixture.json("{}");
		request.putObject("RequestItems").set("Hash", unprocessed);
		ObjectNode second = fixture.engine.execute("BatchGetItem", request);
		assertThat(second.get("Responses").get("Hash").size() + returned).isEqualTo(50);
		assertThat(second.get("UnprocessedKeys").isEmpty()).isTrue();
	}

}
