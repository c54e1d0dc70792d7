package io.github.dynamoconnection.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

import java.util.Map;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.testing.TestBackend;
import io.github.dynamoconnection.testing.TestBackendExtension;
import io.github.dynamoconnection.testing.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Every example of PynamoDB's low-level API page (the seed), one test each, done in Java against a
 * real server.
 */
@ExtendWith(TestBackendExtension.class)
class SeedExamplesTests {

	private final TestBackend backend;

	private final Connection conn;

	SeedExamplesTests(TestBackend backend) {
		this.backend = backend;
		this.conn = backend.connectionBuilder().build();
	}

	@AfterEach
	void close() {
		conn.close();
	}

	@Test
	void creatingAConnection() {
		try (Connection plain = backend.connectionBuilder().build()) {
			Tables.thread(plain, "Thread");
			assertThat(plain.listTables()).containsExactly("Thread");
		}
	}

	@Test
	void creatingAConnectionWithAHost() {
		try (Connection hosted = backend.connectionBuilder().host(backend.connectionBuilder().build().client()
			.serviceClientConfiguration().endpointOverride().orElseThrow().toString()).build()) {
			Tables.hashOnly(hosted, "Hosted");
			assertThat(conn.listTables()).contains("Hosted");
		}
	}

	@Test
	void creatingAConnectionWithARegion() {
		try (Connection west = backend.connectionBuilder().region("us-west-1").build()) {
			assertThat(west.client().serviceClientConfiguration().region().id()).isEqualTo("us-west-1");
			Tables.hashOnly(west, "WestOnly");
			assertThat(west.listTables()).contains("WestOnly");
			if (backend.isMoto()) {
				assertThat(conn.listTables()).doesNotContain("WestOnly");
			}
		}
	}

	@Test
	void listTables() {
		Tables.thread(conn, "Thread");
		assertThat(conn.listTables()).containsExactly("Thread");
	}

	@Test
	void deleteTable() {
		Tables.thread(conn, "Thread");
		conn.deleteTable("Thread");
		assertThat(conn.listTables()).doesNotContain("Thread");
	}

	@Test
	void updateTableCapacity() {
		conn.createTable("Thread", t -> t.hashKey("forum_name", S).rangeKey("subject", S).readCapacityUnits(5)
			.writeCapacityUnits(5).waitUntilActive());
		conn.updateTable("Thread", 20, 20);
		TableDescription table = conn.describeTable("Thread");
		assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(20);
		assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(20);
	}

	@Test
	void createTable() {
		conn.createTable("table_name", t -> t.hashKey("key1", S).rangeKey("key2", S).readCapacityUnits(1)
			.writeCapacityUnits(1));
		TableDescription table = conn.describeTable("table_name");
		assertThat(table.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyType())
			.containsExactly("key1:" + KeyType.HASH, "key2:" + KeyType.RANGE);
		assertThat(table.attributeDefinitions()).extracting(d -> d.attributeName() + ":" + d.attributeType())
			.containsExactlyInAnyOrder("key1:S", "key2:S");
		assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(1);
		assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(1);
	}

	@Test
	void updateTableGlobalSecondaryIndexCapacity() {
		conn.createTable("table_name", t -> t.hashKey("key1", S).rangeKey("key2", S).readCapacityUnits(1)
			.writeCapacityUnits(1).globalSecondaryIndex("index_name", i -> i.hashKey("key3", S)).waitUntilActive());
		conn.updateTable("table_name", u -> u.globalSecondaryIndexUpdate("index_name", 10, 10));
		GlobalSecondaryIndexDescription index = conn.describeTable("table_name").globalSecondaryIndexes().get(0);
		assertThat(index.indexName()).isEqualTo("index_name");
		assertThat(index.provisionedThroughput().readCapacityUnits()).isEqualTo(10);
		assertThat(index.provisionedThroughput().writeCapacityUnits()).isEqualTo(10);
	}

	@Test
	void getItem() {
		conn.createTable("table_name", t -> t.hashKey("key1", S).rangeKey("key2", S).waitUntilActive());
		backend.client().putItem(r -> r.tableName("table_name").item(Map.of(
				"key1", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("hash_key"),
				"key2", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("range_key"),
				"key", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("value"))));
		Map<String, Object> item = conn.getItem("table_name", "hash_key", "range_key").item();
		assertThat(item).containsEntry("key1", "hash_key").containsEntry("key2", "range_key").containsEntry("key", "value");
	}

	@Test
	void putItem() {
		conn.createTable("table_name", t -> t.hashKey("key1", S).rangeKey("key2", S).waitUntilActive());
		conn.putItem("table_name", "hash_key", "range_key", Map.of("key", "value"));
		var raw = backend.client().getItem(r -> r.tableName("table_name").key(Map.of(
				"key1", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("hash_key"),
				"key2", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("range_key")))).item();
		assertThat(raw.get("key").s()).isEqualTo("value");
	}

	@Test
	void deleteItem() {
		conn.createTable("table_name", t -> t.hashKey("key1", S).rangeKey("key2", S).waitUntilActive());
		conn.putItem("table_name", "hash_key", "range_key", Map.of("key", "value"));
		conn.deleteItem("table_name", "hash_key", "range_key");
		assertThat(conn.getItem("table_name", "hash_key", "range_key").isFound()).isFalse();
	}

}
