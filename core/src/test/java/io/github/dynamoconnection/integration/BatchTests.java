package io.github.dynamoconnection.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.batch.BatchGetResult;
import io.github.dynamoconnection.batch.BatchWriteResult;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.item.Key;
import io.github.dynamoconnection.item.GetItemOptions;
import io.github.dynamoconnection.batch.BatchGetSpec;
import io.github.dynamoconnection.listener.CallContext;
import io.github.dynamoconnection.listener.CallOutcome;
import io.github.dynamoconnection.listener.ConnectionListener;
import io.github.dynamoconnection.testing.TestBackend;
import io.github.dynamoconnection.testing.TestBackendExtension;
import io.github.dynamoconnection.testing.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.github.dynamoconnection.item.ScanOptions;

/** Batches beyond DynamoDB's per-request limits, across tables, and their argument checks. */
@ExtendWith(TestBackendExtension.class)
class BatchTests {

	private final List<String> calls = new CopyOnWriteArrayList<>();

	private final Connection conn;

	BatchTests(TestBackend backend) {
		this.conn = backend.connectionBuilder().listener(new ConnectionListener() {
			@Override
			public void afterCall(CallContext call, CallOutcome outcome) {
				calls.add(call.operation() + ":" + outcome.outcomeTag());
			}
		}).build();
	}

	@BeforeEach
	void createTables() {
		Tables.numbered(conn, "Scores");
		Tables.hashOnly(conn, "Users");
		calls.clear();
	}

	@AfterEach
	void close() {
		conn.close();
	}

	private static List<Map<String, Object>> scores(int count) {
		return IntStream.range(0, count).<Map<String, Object>>mapToObj(i -> Map.of("pk", "p", "sk", i, "v", "x" + i)).toList();
	}

	@Test
	void writesMoreThan25EntriesInChunks() {
		BatchWriteResult result = conn.batchWriteItem("Scores", scores(60), List.of());
		assertThat(result.written()).isEqualTo(60);
		assertThat(result.requests()).isEqualTo(3);
		assertThat(conn.scanPages("Scores").items().count()).isEqualTo(60);
		assertThat(calls).contains("BatchWriteItem:success");
	}

	@Test
	void readsMoreThan100KeysInChunks() {
		conn.batchWriteItem("Scores", scores(130), List.of());
		List<Key> keys = IntStream.range(0, 130).mapToObj(i -> Key.of("p", i)).toList();
		BatchGetResult result = conn.batchGetItem("Scores", keys);
		assertThat(result.requests()).isEqualTo(2);
		assertThat(result.items("Scores")).hasSize(130)
			.extracting(item -> ((BigDecimal) item.get("sk")).intValue())
			.containsExactlyInAnyOrderElementsOf(IntStream.range(0, 130).boxed().toList());
	}

	@Test
	void putsAndDeletesAcrossTables() {
		conn.batchWriteItem("Scores", scores(3), List.of());
		conn.batchWriteItem(b -> b.put("Users", Map.of("id", "u1")).put("Users", Map.of("id", "u2"))
			.delete("Scores", Key.of("p", 0)).delete("Scores", Key.of("p", 1)));
		BatchGetResult result = conn.batchGetItem(b -> b.get("Users", Key.of("u1")).get("Users", Key.of("u2")).get("Scores", Key.of("p", 0))
			.get("Scores", Key.of("p", 2)).projection("Scores", io.github.dynamoconnection.expression.Projection.of("sk")));
		assertThat(result.items("Users")).hasSize(2);
		assertThat(result.items("Scores")).containsExactly(Map.of("sk", new BigDecimal("2")));
	}

	@Test
	void batchGetWithConsistentReadAndProjection() {
		conn.batchWriteItem("Scores", scores(3), List.of());
		var result = conn.batchGetItem(BatchGetSpec.of("Scores", List.of(Key.of("p", 0), Key.of("p", 2)),
				GetItemOptions.of(o -> o.consistentRead(true).projection("v"))));
		assertThat(result.items("Scores")).extracting(item -> item.get("v")).containsExactlyInAnyOrder("x0", "x2");
		assertThat(result.items("Scores")).allSatisfy(item -> assertThat(item).containsOnlyKeys("v"));
		assertThat(conn.table("Scores").batchGetItem(List.of(Key.of("p", 1))).items()).hasSize(1);
	}

	@Test
	void anEmptyBatchIsRefused() {
		assertThatThrownBy(() -> conn.batchWriteItem("Scores", List.of(), List.of()))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("empty");
		assertThatThrownBy(() -> conn.batchGetItem("Scores", List.of()))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("empty");
		assertThat(calls).isEmpty();
	}

	@Test
	void duplicateKeysAreRefusedNamingTheKey() {
		List<Map<String, Object>> items = new ArrayList<>(scores(3));
		items.add(Map.of("pk", "p", "sk", 1, "v", "again"));
		assertThatThrownBy(() -> conn.batchWriteItem("Scores", items, List.of()))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("'Scores'").hasMessageContaining("duplicate key").hasMessageContaining("sk=1");
		assertThatThrownBy(() -> conn.batchWriteItem("Scores", scores(2), List.of(Key.of("p", 1))))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("duplicate key");
		assertThatThrownBy(() -> conn.batchGetItem("Users", List.of(Key.of("u1"), Key.of("u1"))))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("'Users'").hasMessageContaining("id=u1");
		assertThat(conn.scan("Scores", ScanOptions.defaults()).count()).isZero();
	}

	@Test
	void aPutWithoutItsKeyIsRefused() {
		assertThatThrownBy(() -> conn.batchWriteItem("Scores", List.of(Map.of("pk", "p")), List.of()))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("range key 'sk'");
	}

}
