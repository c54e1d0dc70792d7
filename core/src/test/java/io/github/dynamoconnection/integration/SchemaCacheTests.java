package io.github.dynamoconnection.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.N;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.exceptions.TableDoesNotExistException;
import io.github.dynamoconnection.listener.CallContext;
import io.github.dynamoconnection.listener.ConnectionListener;
import io.github.dynamoconnection.testing.TestBackend;
import io.github.dynamoconnection.testing.TestBackendExtension;
import io.github.dynamoconnection.item.Key;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;

/**
 * The key schema is resolved on first use without a prior describeTable (PynamoDB issue 1249),
 * cached, and refreshed when the table is deleted or recreated.
 */
@ExtendWith(TestBackendExtension.class)
class SchemaCacheTests {

	private final TestBackend backend;

	private final List<String> operations = new CopyOnWriteArrayList<>();

	private final Connection conn;

	SchemaCacheTests(TestBackend backend) {
		this.backend = backend;
		this.conn = backend.connectionBuilder().listener(new ConnectionListener() {
			@Override
			public void beforeCall(CallContext call) {
				operations.add(call.operation());
			}
		}).build();
	}

	@AfterEach
	void close() {
		conn.close();
	}

	private void createWithRawClient(String keyName, software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType type) {
		backend.client().createTable(r -> r.tableName("Items").billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(d -> d.attributeName(keyName).attributeType(type))
			.keySchema(k -> k.attributeName(keyName).keyType("HASH")));
	}

	@Test
	void firstUseDescribesOnceThenTheCacheServes() {
		createWithRawClient("id", S);
		for (int i = 0; i < 5; i++) {
			conn.putItem("Items", "k" + i, null, Map.of("n", i));
			conn.getItem("Items", "k" + i, null);
		}
		assertThat(operations.stream().filter("DescribeTable"::equals)).hasSize(1);
	}

	@Test
	void deleteAndRecreateThroughTheConnectionWithAnotherKeyType() {
		conn.createTable("Items", t -> t.hashKey("id", S));
		conn.putItem("Items", "1", null, Map.of("v", "string key"));
		conn.deleteTable("Items");
		conn.createTable("Items", t -> t.hashKey("id", N));
		conn.putItem("Items", 1, null, Map.of("v", "number key"));
		assertThat(conn.getItem("Items", "1", null).item()).containsEntry("id", new BigDecimal("1"))
			.containsEntry("v", "number key");
	}

	@Test
	void recreatedBehindItsBackWithAnotherKeyTheCallIsRetriedWithTheFreshSchema() {
		createWithRawClient("id", S);
		conn.putItem("Items", "7", null, Map.of());
		backend.client().deleteTable(r -> r.tableName("Items"));
		createWithRawClient("number", N);
		backend.client().putItem(r -> r.tableName("Items").item(Map.of("number",
				software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("7"))));
		assertThat(conn.getItem("Items", "7", null).item()).containsEntry("number", new BigDecimal("7"));
		assertThat(operations).endsWith("GetItem", "DescribeTable", "GetItem");
	}

	@Test
	void batchesAlsoRefreshAStaleSchemaOnce() {
		createWithRawClient("id", S);
		conn.putItem("Items", "1", null, Map.of());
		backend.client().deleteTable(r -> r.tableName("Items"));
		createWithRawClient("number", N);
		conn.batchWriteItem("Items", List.of(Map.of("number", 1), Map.of("number", 2)), List.of());
		assertThat(conn.batchGetItem(b -> b.get("Items", Key.of(1)).get("Items", Key.of(2))).items("Items")).hasSize(2);
	}

	@Test
	void deletedBehindItsBackRaisesTableDoesNotExist() {
		createWithRawClient("id", S);
		conn.putItem("Items", "1", null, Map.of());
		backend.client().deleteTable(r -> r.tableName("Items"));
		assertThatThrownBy(() -> conn.getItem("Items", "1", null)).isInstanceOf(TableDoesNotExistException.class)
			.hasMessageContaining("'Items'");
	}

	@Test
	void aMissingTableIsReportedOnFirstUse() {
		assertThatThrownBy(() -> conn.putItem("Nowhere", "1", null, Map.of()))
			.isInstanceOfSatisfying(TableDoesNotExistException.class, ex -> {
				assertThat(ex.operation()).isEqualTo("PutItem");
				assertThat(ex.tableNames()).containsExactly("Nowhere");
			});
	}

}
