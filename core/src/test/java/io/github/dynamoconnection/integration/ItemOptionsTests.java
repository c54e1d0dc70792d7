package io.github.dynamoconnection.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.TableConnection;
import io.github.dynamoconnection.exceptions.ConditionalCheckFailedException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
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
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.Select;
import io.github.dynamoconnection.item.QueryOptions;
import io.github.dynamoconnection.item.ScanOptions;

/** Item operations with their options, plain Java values both ways, and the table-bound view. */
@ExtendWith(TestBackendExtension.class)
class ItemOptionsTests {

	private final Connection conn;

	ItemOptionsTests(TestBackend backend) {
		this.conn = backend.connectionBuilder().build();
	}

	@BeforeEach
	void createTable() {
		Tables.thread(conn, "Thread");
	}

	@AfterEach
	void close() {
		conn.close();
	}

	@Test
	void plainJavaValuesRoundTrip() {
		conn.putItem("Thread", "f", "s", Map.of("text", "hi", "views", 3, "price", new BigDecimal("1.5"),
				"tags", Set.of("a", "b"), "meta", Map.of("nested", List.of(1, "two")), "flag", true,
				"blob", new byte[] { 9 }, "raw", AttributeValue.fromS("as is")));
		Map<String, Object> item = conn.getItem("Thread", "f", "s").item();
		assertThat(item).containsEntry("text", "hi").containsEntry("views", new BigDecimal("3"))
			.containsEntry("price", new BigDecimal("1.5")).containsEntry("tags", Set.of("a", "b"))
			.containsEntry("flag", true).containsEntry("raw", "as is")
			.containsEntry("blob", SdkBytes.fromByteArray(new byte[] { 9 }));
		assertThat(item.get("meta")).isEqualTo(Map.of("nested", List.of(new BigDecimal("1"), "two")));
	}

	@Test
	void getItemWithProjectionConsistentReadAndConsumedCapacity() {
		conn.putItem("Thread", "f", "s", Map.of("a", 1, "b", 2));
		var result = conn.getItem("Thread", Key.of("f", "s"), o -> o.projection("a").consistentRead(true)
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
		assertThat(result.item()).containsOnlyKeys("a");
		assertThat(result.consumedCapacity()).isNotNull();
		assertThat(result.consumedCapacity().tableName()).isEqualTo("Thread");
	}

	@Test
	void putItemReturnsTheOldItem() {
		conn.putItem("Thread", "f", "s", Map.of("v", 1));
		var result = conn.putItem("Thread", Key.of("f", "s"), Map.of("v", 2), o -> o.returnValues(ReturnValue.ALL_OLD));
		assertThat(result.attributes()).containsEntry("v", new BigDecimal("1"));
	}

	@Test
	void updateItemWithConditionAndReturnValuesSharesOnePlaceholderNumbering() {
		conn.putItem("Thread", "f", "s", Map.of("views", 1, "tags", Set.of("x")));
		var result = conn.updateItem("Thread", Key.of("f", "s"),
				Update.increment("views", 2).set("title", "hello").add("tags", Set.of("y")),
				o -> o.condition(Path.of("views").eq(1)).returnValues(ReturnValue.ALL_NEW));
		assertThat(result.attributes()).containsEntry("views", new BigDecimal("3")).containsEntry("title", "hello")
			.containsEntry("tags", Set.of("x", "y"));
		assertThatThrownBy(() -> conn.updateItem("Thread", Key.of("f", "s"), Update.remove("title"),
				o -> o.condition(Path.of("views").eq(1))))
			.isInstanceOf(ConditionalCheckFailedException.class)
			.satisfies(ex -> assertThat(((ConditionalCheckFailedException) ex).tableNames()).containsExactly("Thread"));
	}

	@Test
	void failedConditionReturnsTheOldItemWhenAskedFor(TestBackend backend) {
		conn.putItem("Thread", "f", "s", Map.of("views", 5));
		assertThatThrownBy(() -> conn.deleteItem("Thread", Key.of("f", "s"), o -> o.condition(Path.of("views").gt(10))
			.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
			.isInstanceOfSatisfying(ConditionalCheckFailedException.class, ex -> {
				assertThat(ex.operation()).isEqualTo("DeleteItem");
				assertThat(ex.errorCode()).isEqualTo("ConditionalCheckFailedException");
				assertThat(ex.oldItem()).containsEntry("views", new BigDecimal("5"));
			});
	}

	@Test
	void deleteItemReturnsTheDeletedItem() {
		conn.putItem("Thread", "f", "s", Map.of("v", "old"));
		assertThat(conn.deleteItem("Thread", Key.of("f", "s"), o -> o.returnValues(ReturnValue.ALL_OLD)).attributes())
			.containsEntry("v", "old");
	}

	@Test
	void queryWithFilterProjectionDirectionSelectAndLimit() {
		for (int i = 0; i < 5; i++) {
			conn.putItem("Thread", "f", "s" + i, Map.of("n", i, "other", "x"));
		}
		assertThat(conn.query("Thread", "f", q -> q.descending().projection("subject")).items())
			.extracting(item -> item.get("subject")).containsExactly("s4", "s3", "s2", "s1", "s0");
		assertThat(conn.query("Thread", "f", q -> q.filter(Path.of("n").ge(3))).items()).hasSize(2);
		assertThat(conn.query("Thread", "f", q -> q.select(Select.COUNT)).count()).isEqualTo(5);
		var page = conn.query("Thread", "f", q -> q.limit(2));
		assertThat(page.items()).hasSize(2);
		assertThat(page.hasMorePages()).isTrue();
		assertThat(conn.query("Thread", "f", q -> q.exclusiveStartKey(page.lastEvaluatedKey())).items())
			.extracting(item -> item.get("subject")).containsExactly("s2", "s3", "s4");
	}

	@Test
	void hashOnlyTablesTakeNoRangeKey() {
		Tables.hashOnly(conn, "Users");
		conn.putItem("Users", "u1", null, Map.of("name", "Ann"));
		assertThat(conn.getItem("Users", "u1", null).item()).containsEntry("name", "Ann");
		conn.updateItem("Users", Key.of("u1"), Update.set("name", "Anna"));
		assertThat(conn.getItem("Users", "u1", null).item()).containsEntry("name", "Anna");
		assertThatThrownBy(() -> conn.getItem("Users", "u1", "extra")).isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("'Users'").hasMessageContaining("no range key");
		conn.deleteItem("Users", "u1", null);
		assertThat(conn.getItem("Users", "u1", null).isFound()).isFalse();
	}

	@Test
	void aKeyGivenTwiceWithDifferentValuesIsRefused() {
		assertThatThrownBy(() -> conn.putItem("Thread", "f", "s", Map.of("forum_name", "other")))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("'forum_name'");
	}

	@Test
	void wholeItemPutWithCondition() {
		Map<String, Object> item = Map.of("forum_name", "f", "subject", "s", "v", 1);
		conn.putItem("Thread", item, o -> o.condition(Path.of("forum_name").notExists()));
		assertThatThrownBy(() -> conn.putItem("Thread", item, o -> o.condition(Path.of("forum_name").notExists())))
			.isInstanceOf(ConditionalCheckFailedException.class);
		assertThatThrownBy(() -> conn.putItem("Thread", Map.of("forum_name", "f")))
			.isInstanceOf(InvalidArgumentException.class).hasMessageContaining("range key 'subject'");
	}

	@Test
	void oneConnectionIsSharedAcrossThreads() throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<Object>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 12; i++) {
				String subject = "s" + i;
				results.add(pool.submit(() -> {
					conn.putItem("Thread", "shared", subject, Map.of("n", subject));
					return conn.getItem("Thread", "shared", subject).item().get("n");
				}));
			}
			for (int i = 0; i < 12; i++) {
				assertThat(results.get(i).get()).isEqualTo("s" + i);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(conn.queryPages("Thread", "shared").items().count()).isEqualTo(12);
	}

	@Test
	void tableBoundViewDoesTheSameOperations() {
		TableConnection thread = conn.table("Thread");
		thread.putItem(Key.of("f", "s"), Map.of("v", 1));
		thread.updateItem(Key.of("f", "s"), Update.increment("v", 1));
		assertThat(thread.getItem(Key.of("f", "s")).item()).containsEntry("v", new BigDecimal("2"));
		assertThat(thread.query("f", QueryOptions.defaults()).count()).isEqualTo(1);
		assertThat(thread.scan(ScanOptions.defaults()).count()).isEqualTo(1);
		assertThat(thread.queryPages("f").items().count()).isEqualTo(1);
		assertThat(thread.scanPages().rawItems().count()).isEqualTo(1);
		assertThat(thread.parallelScan(2)).hasSize(1);
		assertThat(thread.describeTable().tableName()).isEqualTo("Thread");
		thread.deleteItem(Key.of("f", "s"));
		assertThat(thread.getItem(Key.of("f", "s")).isFound()).isFalse();
	}

}
