package io.github.dynamoconnection.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.N;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.exceptions.ConditionalCheckFailedException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.exceptions.TableDoesNotExistException;
import io.github.dynamoconnection.expression.Path;
import io.github.dynamoconnection.expression.RangeKeyCondition;
import io.github.dynamoconnection.item.Key;
import io.github.dynamoconnection.testing.TestBackend;
import io.github.dynamoconnection.testing.TestBackendExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import io.github.dynamoconnection.item.QueryOptions;

/**
 * PynamoDB's own test list, as behaviours against a real server: the full lifecycle, index
 * throughput rules, unknown indexes refused before sending.
 */
@ExtendWith(TestBackendExtension.class)
class LifecycleTests {

	private final TestBackend backend;

	private final Connection conn;

	LifecycleTests(TestBackend backend) {
		this.backend = backend;
		this.conn = backend.connectionBuilder().build();
	}

	@AfterEach
	void close() {
		conn.close();
	}

	private void createThread() {
		conn.createTable("Thread", t -> t.hashKey("forum_name", S).rangeKey("subject", S)
			.readCapacityUnits(2).writeCapacityUnits(2)
			.globalSecondaryIndex("by_author", i -> i.hashKey("author", S).rangeKey("views", N).projectKeysOnly())
			.localSecondaryIndex("by_views", i -> i.rangeKey("views", N))
			.waitUntilActive(Duration.ofSeconds(30)));
	}

	@Test
	void fullLifecycle() {
		assertThatThrownBy(() -> conn.describeTable("Thread")).isInstanceOf(TableDoesNotExistException.class)
			.satisfies(ex -> assertThat(((TableDoesNotExistException) ex).tableName()).isEqualTo("Thread"));

		createThread();
		assertThat(conn.describeTable("Thread").tableStatus()).isEqualTo(TableStatus.ACTIVE);
		assertThat(conn.listTables()).containsExactly("Thread");
		conn.updateTable("Thread", 4, 4);
		assertThat(conn.describeTable("Thread").provisionedThroughput().readCapacityUnits()).isEqualTo(4);

		var first = Map.of("author", "ann", "views", 10);
		conn.putItem("Thread", Key.of("java", "records"), first, o -> o.condition(Path.of("forum_name").notExists()));
		assertThatThrownBy(() -> conn.putItem("Thread", Key.of("java", "records"), first,
				o -> o.condition(Path.of("forum_name").notExists())))
			.isInstanceOf(ConditionalCheckFailedException.class);
		assertThat(conn.getItem("Thread", "java", "records").item()).containsEntry("views", new BigDecimal("10"));

		conn.deleteItem("Thread", "java", "records");
		assertThat(conn.getItem("Thread", "java", "records").isFound()).isFalse();

		conn.batchWriteItem("Thread", List.of(
				Map.of("forum_name", "java", "subject", "a", "author", "ann", "views", 1),
				Map.of("forum_name", "java", "subject", "b", "author", "bob", "views", 2),
				Map.of("forum_name", "rust", "subject", "c", "author", "ann", "views", 3)), List.of());
		assertThat(conn.batchGetItem("Thread", List.of(Key.of("java", "a"), Key.of("rust", "c"))).items("Thread"))
			.extracting(item -> item.get("subject")).containsExactlyInAnyOrder("a", "c");

		assertThat(conn.query("Thread", "java", QueryOptions.defaults()).items()).extracting(item -> item.get("subject")).containsExactly("a", "b");
		assertThat(conn.query("Thread", "java", q -> q.rangeKeyCondition(RangeKeyCondition.beginsWith("b"))).items())
			.extracting(item -> item.get("subject")).containsExactly("b");
		assertThat(conn.query("Thread", "ann", q -> q.indexName("by_author")).items())
			.extracting(item -> item.get("subject")).containsExactlyInAnyOrder("a", "c");
		assertThat(conn.query("Thread", "java", q -> q.indexName("by_views").rangeKeyCondition(RangeKeyCondition.ge(2))).items())
			.extracting(item -> item.get("subject")).containsExactly("b");
		assertThat(conn.scan("Thread", s -> s.filter(Path.of("views").gt(1))).count()).isEqualTo(2);

		conn.deleteTable("Thread");
		assertThat(conn.listTables()).isEmpty();
		assertThatThrownBy(() -> conn.getItem("Thread", "java", "a")).isInstanceOf(TableDoesNotExistException.class)
			.hasMessageContaining("'Thread'");
	}

	@Test
	void globalIndexKeepsThroughputAndLocalIndexHasNone() {
		createThread();
		TableDescription table = conn.describeTable("Thread");
		assertThat(table.globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits()).isEqualTo(2);
		assertThat(table.localSecondaryIndexes()).hasSize(1);
		assertThat(table.localSecondaryIndexes().get(0).keySchema()).extracting(k -> k.attributeName())
			.containsExactly("forum_name", "views");
	}

	@Test
	void payPerRequestTableHasNoProvisionedCapacity() {
		conn.createTable("OnDemand", t -> t.hashKey("id", S).billingMode(BillingMode.PAY_PER_REQUEST)
			.globalSecondaryIndex("by_other", i -> i.hashKey("other", S)));
		TableDescription table = conn.describeTable("OnDemand");
		assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
		assertThat(table.provisionedThroughput().readCapacityUnits()).isZero();
	}

	@Test
	void unknownIndexIsRefusedBeforeSending() {
		createThread();
		assertThatThrownBy(() -> conn.query("Thread", "java", q -> q.indexName("by_nothing")))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("'Thread'").hasMessageContaining("unknown index 'by_nothing'")
			.hasMessageContaining("[by_author, by_views]");
	}

	@Test
	void tablesCanGainAndLoseGlobalIndexes() {
		conn.createTable("Growing", t -> t.hashKey("id", S).waitUntilActive());
		conn.updateTable("Growing", u -> u.createGlobalSecondaryIndex("by_email", i -> i.hashKey("email", S)));
		assertThat(conn.describeTable("Growing").globalSecondaryIndexes()).extracting(i -> i.indexName())
			.containsExactly("by_email");
		conn.putItem("Growing", Map.of("id", "1", "email", "a@example.org"));
		assertThat(conn.query("Growing", "a@example.org", q -> q.indexName("by_email")).items())
			.extracting(item -> item.get("id")).containsExactly("1");
		conn.updateTable("Growing", u -> u.deleteGlobalSecondaryIndex("by_email"));
		assertThat(conn.describeTable("Growing").globalSecondaryIndexes()).isEmpty();
	}

}
