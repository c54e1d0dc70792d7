package io.github.dynamoconnection.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.N;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.expression.KeyCondition;
import io.github.dynamoconnection.expression.Placeholders;
import io.github.dynamoconnection.expression.RangeKeyCondition;
import io.github.dynamoconnection.item.Page;
import io.github.dynamoconnection.testing.TestBackend;
import io.github.dynamoconnection.testing.TestBackendExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A global index with a multi-attribute key (DynamoDB, November 2025) created through the
 * {@code createTable} builder and queried with a {@link KeyCondition}, rendered by hand and through
 * {@code Connection.query}. Engine only: moto_server does
 * not support multi-attribute keys, so on moto the test is skipped.
 */
@ExtendWith(TestBackendExtension.class)
class MultiAttributeIndexKeyTests {

	private final TestBackend backend;

	private final Connection conn;

	MultiAttributeIndexKeyTests(TestBackend backend) {
		this.backend = backend;
		this.conn = backend.connectionBuilder().build();
	}

	@AfterEach
	void close() {
		conn.close();
	}

	@Test
	void anIndexOfTwoPartitionAndTwoSortAttributesIsCreatedAndQueriedLeftToRight() {
		assumeThat(backend.isMoto()).as("moto_server does not support multi-attribute index keys").isFalse();
		conn.createTable("Orders", t -> t.hashKey("id", S)
			.globalSecondaryIndex("by_place_and_month", i -> i.hashKey("tenant", S).hashKey("region", S)
				.rangeKey("year", N).rangeKey("month", N))
			.waitUntilActive());
		GlobalSecondaryIndexDescription index = conn.describeTable("Orders").globalSecondaryIndexes().get(0);
		assertThat(index.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyTypeAsString())
			.containsExactly("tenant:HASH", "region:HASH", "year:RANGE", "month:RANGE");
		conn.putItem("Orders", Map.of("id", "1", "tenant", "acme", "region", "eu", "year", 2025, "month", 2));
		conn.putItem("Orders", Map.of("id", "2", "tenant", "acme", "region", "eu", "year", 2025, "month", 7));
		conn.putItem("Orders", Map.of("id", "3", "tenant", "acme", "region", "eu", "year", 2024, "month", 3));
		conn.putItem("Orders", Map.of("id", "4", "tenant", "acme", "region", "us", "year", 2025, "month", 3));
		conn.putItem("Orders", Map.of("id", "5", "tenant", "acme", "year", 2025, "month", 3));

		KeyCondition firstHalfOf2025 = KeyCondition.builder()
			.partitionKey("tenant", "acme")
			.partitionKey("region", "eu")
			.sortKey("year", 2025)
			.sortKey("month", RangeKeyCondition.between(1, 6))
			.build()
			.checkAgainst(index.keySchema());
		assertThat(ids(query(firstHalfOf2025))).containsExactly("1");

		Page page = conn.query("Orders", firstHalfOf2025, q -> q.indexName("by_place_and_month"));
		assertThat(page.items()).extracting(item -> item.get("id")).containsExactly("1");
		assertThatThrownBy(() -> conn.query("Orders", firstHalfOf2025,
				q -> q.indexName("by_place_and_month").rangeKeyCondition(RangeKeyCondition.eq(2))))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("give it no rangeKeyCondition");

		KeyCondition wholeRegion = KeyCondition.builder().partitionKey("tenant", "acme").partitionKey("region", "eu")
			.build();
		assertThat(ids(query(wholeRegion))).containsExactly("3", "1", "2");
		assertThat(conn.query("Orders", wholeRegion, q -> q.indexName("by_place_and_month").descending()).items())
			.extracting(item -> item.get("id"))
			.containsExactly("2", "1", "3");
	}

	private QueryResponse query(KeyCondition condition) {
		Placeholders placeholders = new Placeholders();
		String expression = condition.render(placeholders);
		return backend.client()
			.query(q -> q.tableName("Orders")
				.indexName("by_place_and_month")
				.keyConditionExpression(expression)
				.expressionAttributeNames(placeholders.names())
				.expressionAttributeValues(placeholders.values()));
	}

	private static List<String> ids(QueryResponse response) {
		return response.items().stream().map(item -> item.get("id")).map(AttributeValue::s).toList();
	}

}
