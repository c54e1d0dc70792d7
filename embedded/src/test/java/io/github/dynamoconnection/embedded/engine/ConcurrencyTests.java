package io.github.dynamoconnection.embedded.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTests {

	private final EngineFixture fixture = new EngineFixture();

	private final ExecutorService pool = Executors.newFixedThreadPool(8);

	@AfterEach
	void close() {
		pool.shutdownNow();
		fixture.close();
	}

	@Test
	void concurrentAddsLoseNothing() throws Exception {
		fixture.createTable("Counters", false);
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			futures.add(pool.submit(() -> {
				for (int i = 0; i < 250; i++) {
					fixture.call("UpdateItem", "{'TableName':'Counters','Key':{'pk':{'S':'c'}},'UpdateExpression':'ADD hits :one','ExpressionAttributeValues':{':one':{'N':'1'}}}");
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		ObjectNode item = fixture.call("GetItem", "{'TableName':'Counters','Key':{'pk':{'S':'c'}},'ConsistentRead':true}");
		assertThat(item.get("Item").get("hits").get("N").asString()).isEqualTo("2000");
	}

	@Test
	void transfersInTransactionsKeepTheTotalForTransactionalReaders() throws Exception {
		fixture.createTable("Accounts", false);
		fixture.createTable("Ledger", false);
		fixture.call("PutItem", "{'TableName':'Accounts','Item':{'pk':{'S':'a'},'balance':{'N':'1000'}}}");
		fixture.call("PutItem", "{'TableName':'Ledger','Item':{'pk':{'S':'b'},'balance':{'N':'0'}}}");
		AtomicBoolean inconsistent = new AtomicBoolean();
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			futures.add(pool.submit(() -> {
				for (int i = 0; i < 100; i++) {
					fixture.call("TransactWriteItems", """
							{'TransactItems':[
							 {'Update':{'TableName':'Accounts','Key':{'pk':{'S':'a'}},'UpdateExpression':'SET balance = balance - :one','ConditionExpression':'balance >= :one','ExpressionAttributeValues':{':one':{'N':'1'}}}},
							 {'Update':{'TableName':'Ledger','Key':{'pk':{'S':'b'}},'UpdateExpression':'SET balance = balance + :one','ExpressionAttributeValues':{':one':{'N':'1'}}}}]}
							""");
				}
			}));
		}
		for (int t = 0; t < 2; t++) {
			futures.add(pool.submit(() -> {
				for (int i = 0; i < 200; i++) {
					ObjectNode read = fixture.call("TransactGetItems", "{'TransactItems':[{'Get':{'TableName':'Accounts','Key':{'pk':{'S':'a'}}}},{'Get':{'TableName':'Ledger','Key':{'pk':{'S':'b'}}}}]}");
					int sum = read.get("Responses").get(0).get("Item").get("balance").get("N").asInt()
							+ read.get("Responses").get(1).get("Item").get("balance").get("N").asInt();
					if (sum != 1000) {
						inconsistent.set(true);
					}
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		assertThat(inconsistent).isFalse();
		ObjectNode ledger = fixture.call("GetItem", "{'TableName':'Ledger','Key':{'pk':{'S':'b'}}}");
		assertThat(ledger.get("Item").get("balance").get("N").asString()).isEqualTo("400");
	}

}
