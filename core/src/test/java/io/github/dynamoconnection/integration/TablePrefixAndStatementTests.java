package io.github.dynamoconnection.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.listener.CallContext;
import io.github.dynamoconnection.listener.CallOutcome;
import io.github.dynamoconnection.listener.ConnectionListener;
import io.github.dynamoconnection.testing.TestBackend;
import io.github.dynamoconnection.testing.TestBackendExtension;
import io.github.dynamoconnection.testing.Tables;
import io.github.dynamoconnection.item.Key;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/** Table prefix (sent everywhere, reported nowhere), listener outcomes, and PartiQL. */
@ExtendWith(TestBackendExtension.class)
class TablePrefixAndStatementTests {

	private final TestBackend backend;

	private final List<String> seen = new CopyOnWriteArrayList<>();

	private final Connection conn;

	TablePrefixAndStatementTests(TestBackend backend) {
		this.backend = backend;
		this.conn = backend.connectionBuilder().tablePrefix("dev_").listener(new ConnectionListener() {
			@Override
			public void afterCall(CallContext call, CallOutcome outcome) {
				seen.add(call.operation() + " " + call.tableNames() + " " + outcome.outcomeTag() + " capacity="
						+ outcome.consumedCapacity().size());
			}
		}).build();
	}

	@AfterEach
	void close() {
		conn.close();
	}

	@Test
	void thePrefixIsSentButNeverReported() {
		Tables.thread(conn, "Thread");
		backend.client().createTable(r -> r.tableName("other_team").billingMode("PAY_PER_REQUEST")
			.attributeDefinitions(d -> d.attributeName("id").attributeType("S"))
			.keySchema(k -> k.attributeName("id").keyType("HASH")));
		assertThat(backend.client().listTables().tableNames()).contains("dev_Thread", "other_team");
		assertThat(conn.listTables()).containsExactly("Thread");
		assertThat(conn.describeTable("Thread").tableName()).isEqualTo("Thread");
		var put = conn.putItem("Thread", Key.of("f", "s"), Map.of("v", 1), o -> o.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
		assertThat(put.consumedCapacity().tableName()).isEqualTo("Thread");
		conn.batchWriteItem(b -> b.put("Thread", Map.of("forum_name", "f", "subject", "t")));
		assertThat(conn.batchGetItem(b -> b.get("Thread", Key.of("f", "t"))).items("Thread")).hasSize(1);
		assertThat(seen).contains("PutItem [dev_Thread] success capacity=1")
			.anyMatch(line -> line.startsWith("BatchWriteItem [dev_Thread] success"))
			.anyMatch(line -> line.startsWith("BatchGetItem [dev_Thread] success"));
	}

	@Test
	void executeStatementWithParameters() {
		Tables.thread(conn, "Thread");
		conn.putItem("Thread", "f", "s", Map.of("views", 3));
		var result = conn.executeStatement("SELECT * FROM \"dev_Thread\" WHERE forum_name = ? AND subject = ?",
				List.of("f", "s"));
		assertThat(result.items()).hasSize(1);
		assertThat(result.items().get(0)).containsEntry("views", new BigDecimal("3"));
		conn.executeStatement("UPDATE \"dev_Thread\" SET views = ? WHERE forum_name = ? AND subject = ?", List.of(4, "f", "s"));
		assertThat(conn.getItem("Thread", "f", "s").item()).containsEntry("views", new BigDecimal("4"));
		assertThat(seen).anyMatch(line -> line.startsWith("ExecuteStatement [] success"));
	}

}
