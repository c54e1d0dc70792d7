package io.github.dynamoconnection.sample.readme;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.expression.KeyCondition;
import io.github.dynamoconnection.expression.RangeKeyCondition;
import io.github.dynamoconnection.item.Page;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example of the seed page (PynamoDB's low-level API) as README shows it in Java, run
 * against the embedded engine; README must show exactly these lines.
 */
class SeedExamplesTests {

	private static EmbeddedDynamoDb engine;

	private static Connection conn;

	@BeforeAll
	static void start() {
		engine = EmbeddedDynamoDb.start();
		conn = Connection.builder().client(engine.client()).build();
	}

	@AfterAll
	static void stop() {
		conn.close();
		engine.close();
	}

	@Test
	void readmeShowsTheseExamples() {
		String readme = Readme.load().text();
		for (String region : List.of("connect", "host", "region", "tables", "create", "update-index", "items", "delete-table", "multi-key")) {
			assertThat(SourceRegions.region("sample/readme/SeedExamplesTests.java", region)).allSatisfy((line) -> assertThat(readme)
				.as("README shows the seed example line").contains(line));
		}
	}

	@Test
	void creatingAConnection() {
		// README: connect
		Connection conn = Connection.builder().build();
		// README: end
		// README: host
		Connection elsewhere = Connection.builder().host("http://alternative-domain/").build();
		// README: end
		// README: region
		Connection western = Connection.builder().region("us-west-1").build();
		// README: end
		assertThat(conn.client()).isNotNull();
		assertThat(elsewhere.client().serviceClientConfiguration().endpointOverride())
			.contains(URI.create("http://alternative-domain/"));
		assertThat(western.client().serviceClientConfiguration().region()).isEqualTo(Region.US_WEST_1);
		conn.close();
		elsewhere.close();
		western.close();
	}

	@Test
	void modifyingTablesAndItems() {
		// README: create
		conn.createTable("table_name", t -> t
			.hashKey("key1", ScalarAttributeType.S)
			.rangeKey("key2", ScalarAttributeType.S)
			.readCapacityUnits(1)
			.writeCapacityUnits(1));
		// README: end
		conn.createTable("Thread", t -> t.hashKey("forum_name", ScalarAttributeType.S)
			.rangeKey("subject", ScalarAttributeType.S)
			.readCapacityUnits(5)
			.writeCapacityUnits(5)
			.globalSecondaryIndex("index_name", i -> i.hashKey("subject", ScalarAttributeType.S).readCapacityUnits(1).writeCapacityUnits(1)));
		TableDescription created = conn.describeTable("table_name");
		assertThat(created.keySchema()).extracting((k) -> k.attributeName() + " " + k.keyType())
			.containsExactly("key1 " + KeyType.HASH, "key2 " + KeyType.RANGE);

		// README: tables
		List<String> tables = conn.listTables();
		conn.updateTable("Thread", 20, 20);
		// README: end
		assertThat(tables).containsExactly("Thread", "table_name");
		assertThat(conn.describeTable("Thread").provisionedThroughput().readCapacityUnits()).isEqualTo(20);

		// README: update-index
		conn.updateTable("Thread", t -> t.globalSecondaryIndexUpdate("index_name", 10, 10));
		// README: end
		assertThat(conn.describeTable("Thread").globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits())
			.isEqualTo(10);

		// README: items
		conn.putItem("table_name", "hash_key", "range_key", Map.of("key", "value"));
		Map<String, Object> item = conn.getItem("table_name", "hash_key", "range_key").item();
		conn.deleteItem("table_name", "hash_key", "range_key");
		// README: end
		assertThat(item).containsEntry("key", "value").containsEntry("key1", "hash_key").containsEntry("key2", "range_key");
		assertThat(conn.getItem("table_name", "hash_key", "range_key").isFound()).isFalse();

		// README: delete-table
		conn.deleteTable("Thread");
		// README: end
		assertThat(conn.listTables()).containsExactly("table_name");
	}

	@Test
	void aGlobalIndexWithAMultiAttributeKey() {
		// README: multi-key
		conn.createTable("Orders", t -> t
			.hashKey("id", ScalarAttributeType.S)
			.globalSecondaryIndex("by_place_and_month", i -> i
				.hashKey("tenant", ScalarAttributeType.S).hashKey("region", ScalarAttributeType.S)
				.rangeKey("year", ScalarAttributeType.N).rangeKey("month", ScalarAttributeType.N)));
		KeyCondition firstHalfOf2025 = KeyCondition.builder()
			.partitionKey("tenant", "acme").partitionKey("region", "eu")
			.sortKey("year", 2025).sortKey("month", RangeKeyCondition.between(1, 6))
			.build();
		Page orders = conn.query("Orders", firstHalfOf2025, q -> q.indexName("by_place_and_month"));
		// README: end
		assertThat(orders.items()).isEmpty();
		conn.putItem("Orders", Map.of("id", "1", "tenant", "acme", "region", "eu", "year", 2025, "month", 3));
		conn.putItem("Orders", Map.of("id", "2", "tenant", "acme", "region", "eu", "year", 2025, "month", 9));
		assertThat(conn.query("Orders", firstHalfOf2025, q -> q.indexName("by_place_and_month")).items())
			.extracting((order) -> order.get("id"))
			.containsExactly("1");
		conn.deleteTable("Orders");
	}

}
