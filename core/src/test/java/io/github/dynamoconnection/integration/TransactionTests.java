package io.github.dynamoconnection.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.exceptions.TransactionCanceledException;
import io.github.dynamoconnection.expression.Path;
import io.github.dynamoconnection.expression.Update;
import io.github.dynamoconnection.testing.TestBackend;
import io.github.dynamoconnection.testing.TestBackendExtension;
import io.github.dynamoconnection.testing.Tables;
import io.github.dynamoconnection.item.Key;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/** TransactWriteItems and TransactGetItems, cancellation reasons one per item in order. */
@ExtendWith(TestBackendExtension.class)
class TransactionTests {

	private final Connection conn;

	TransactionTests(TestBackend backend) {
		this.conn = backend.connectionBuilder().build();
	}

	@BeforeEach
	void createTables() {
		Tables.hashOnly(conn, "Accounts");
		Tables.thread(conn, "Thread");
		conn.putItem("Accounts", "a", null, Map.of("balance", 100));
		conn.putItem("Accounts", "b", null, Map.of("balance", 0));
		conn.putItem("Accounts", "bank", null, Map.of("open", true));
	}

	@AfterEach
	void close() {
		conn.close();
	}

	@Test
	void allItemKindsCommitTogether() {
		conn.putItem("Thread", "f", "gone", Map.of());
		var result = conn.transactWriteItems(t -> t
			.update("Accounts", Key.of("a"), Update.decrement("balance", 30), Path.of("balance").ge(30))
			.update("Accounts", Key.of("b"), Update.increment("balance", 30))
			.put("Thread", Map.of("forum_name", "f", "subject", "transfer", "amount", 30))
			.delete("Thread", Key.of("f", "gone"))
			.conditionCheck("Accounts", Key.of("bank"), Path.of("open").eq(true))
			.clientRequestToken("transfer-1")
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
		assertThat(result).isNotNull();
		var read = conn.transactGetItems(t -> t.get("Accounts", Key.of("a")).get("Accounts", Key.of("b"))
			.get("Thread", Key.of("f", "transfer")).get("Thread", Key.of("f", "gone")));
		assertThat(read.items()).hasSize(4);
		assertThat(read.item(0)).containsEntry("balance", new BigDecimal("70"));
		assertThat(read.item(1)).containsEntry("balance", new BigDecimal("30"));
		assertThat(read.item(2)).containsEntry("amount", new BigDecimal("30"));
		assertThat(read.item(3)).isNull();
	}

	@Test
	void cancellationReasonsLineUpOneToOneWithTheItems() {
		assertThatThrownBy(() -> conn.transactWriteItems(t -> t
			.update("Accounts", Key.of("b"), Update.increment("balance", 500))
			.update("Accounts", Key.of("a"), Update.decrement("balance", 500), Path.of("balance").ge(500))
			.put("Thread", Map.of("forum_name", "f", "subject", "s"))))
			.isInstanceOfSatisfying(TransactionCanceledException.class, ex -> {
				assertThat(ex.reasonCodes()).containsExactly("None", "ConditionalCheckFailed", "None");
				assertThat(ex.operation()).isEqualTo("TransactWriteItems");
				assertThat(ex.tableNames()).containsExactly("Accounts", "Thread");
			});
		assertThat(conn.getItem("Accounts", "b", null).item()).containsEntry("balance", new BigDecimal("0"));
		assertThat(conn.getItem("Thread", "f", "s").isFound()).isFalse();
	}

	@Test
	void anEmptyTransactionIsRefused() {
		assertThatThrownBy(() -> conn.transactWriteItems(t -> {
		})).isInstanceOf(InvalidArgumentException.class).hasMessageContaining("empty");
		assertThatThrownBy(() -> conn.transactGetItems(t -> t.get("Accounts", Key.of(5))))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("'Accounts'").hasMessageContaining("'id'");
	}

}
