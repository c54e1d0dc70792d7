package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionOperationsTests {

	private final EngineFixture fixture = new EngineFixture();

	@BeforeEach
	void createTables() {
		fixture.createTable("Accounts", false);
		fixture.createTable("Audit", false);
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void writesAcrossTablesAndReadsThemBackWithDoubledCapacity() {
		ObjectNode written = fixture.call("TransactWriteItems", "{'TransactItems':[{'Put':{'TableName':'Accounts','Item':{'pk':{'S':'a'},'v':{'N':'1'}}}},{'Put':{'TableName':'Audit','Item':{'pk':{'S':'log1'}}}}],'ReturnConsumedCapacity':'TOTAL'}");
		assertThat(written.get("ConsumedCapacity").get(0).get("CapacityUnits").asDouble()).isEqualTo(2.0);
		ObjectNode read = fixture.call("TransactGetItems", "{'TransactItems':[{'Get':{'TableName':'Accounts','Key':{'pk':{'S':'a'}}}},{'Get':{'TableName':'Audit','Key':{'pk':{'S':'none'}}}}]}");
		assertThat(read.get("Responses").get(0).get("Item").get("v").get("N").asString()).isEqualTo("1");
		assertThat(read.get("Responses").get(1).has("Item")).isFalse();
	}

	@Test
	void twoOperationsOnOneItemAreRefused() {
		fixture.assertError("TransactWriteItems", "{'TransactItems':[{'Put':{'TableName':'Accounts','Item':{'pk':{'S':'a'}}}},{'Delete':{'TableName':'Accounts','Key':{'pk':{'S':'a'}}}}]}",
				"ValidationException", "Transaction request cannot include multiple operations on one item");
	}

	@Test
	void clientRequestTokenReplaysAndDetectsMismatch() {
		String body = "{'ClientRequestToken':'tok-1','TransactItems':[{'Put':{'TableName':'Accounts','Item':{'pk':{'S':'a'},'v':{'N':'1'}}}}]}";
		fixture.call("TransactWriteItems", body);
		fixture.call("PutItem", "{'TableName':'Accounts','Item':{'pk':{'S':'a'},'v':{'N':'2'}}}");
		fixture.call("TransactWriteItems", body);
		ObjectNode item = fixture.call("GetItem", "{'TableName':'Accounts','Key':{'pk':{'S':'a'}}}");
		assertThat(item.get("Item").get("v").get("N").asString()).isEqualTo("2");
		fixture.assertError("TransactWriteItems", body.replace("'1'", "'3'"), "IdempotentParameterMismatchException", null);
	}

	@Test
	void emptyAndOversizedTransactionsAreRefused() {
		fixture.assertError("TransactWriteItems", "{'TransactItems':[]}", "ValidationException", "Member must have length greater than or equal to 1");
		StringBuilder items = new StringBuilder();
		for (int i = 0; i < 101; i++) {
			items.append(i > 0 ? "," : "").append("{'Put':{'TableName':'Accounts','Item':{'pk':{'S':'k").append(i).append("'}}}}");
		}
		fixture.assertError("TransactWriteItems", "{'TransactItems':[" + items + "]}", "ValidationException", "less than or equal to 100");
	}

	@Test
	void failedConditionCancelsEverythingWithReasonsInItemOrder() {
		fixture.call("PutItem", "{'TableName':'Accounts','Item':{'pk':{'S':'a'},'v':{'N':'1'}}}");
		try {
			fixture.call("TransactWriteItems", """
					{'TransactItems':[
					 {'Put':{'TableName':'Audit','Item':{'pk':{'S':'log'}}}},
					 {'ConditionCheck':{'TableName':'Accounts','Key':{'pk':{'S':'a'}},'ConditionExpression':'v = :two','ExpressionAttributeValues':{':two':{'N':'2'}},'ReturnValuesOnConditionCheckFailure':'ALL_OLD'}},
					 {'Delete':{'TableName':'Accounts','Key':{'pk':{'S':'zzz'}}}}]}
					""");
			org.assertj.core.api.Assertions.fail("expected a cancellation");
		}
		catch (EngineException ex) {
			assertThat(ex.errorType()).isEqualTo("TransactionCanceledException");
			assertThat(ex.getMessage()).endsWith("[None, ConditionalCheckFailed, None]");
			assertThat(ex.extra().get("CancellationReasons").get(1).get("Item").get("v").get("N").asString()).isEqualTo("1");
			assertThat(ex.extra().get("CancellationReasons").get(0).get("Code").asString()).isEqualTo("None");
		}
		assertThat(fixture.call("GetItem", "{'TableName':'Audit','Key':{'pk':{'S':'log'}}}").has("Item")).isFalse();
	}

}
