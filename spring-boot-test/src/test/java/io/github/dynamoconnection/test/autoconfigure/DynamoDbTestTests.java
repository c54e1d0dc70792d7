package io.github.dynamoconnection.test.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoDbTest @DynamoDbTest}: an embedded engine replaces the configured host,
 * declared tables exist, and the Connection is injected.
 */
@DynamoDbTest(properties = { "dynamodb.host=http://127.0.0.1:1", "dynamodb.tables.Thread.hash-key.name=id" })
class DynamoDbTestTests {

	@Autowired
	private Connection connection;

	@Autowired
	private ApplicationContext context;

	@Test
	void connectionShouldReachEmbeddedEngineWithDeclaredTables() {
		this.connection.putItem("Thread", Map.of("id", "a", "title", "hi"));
		assertThat(this.connection.getItem("Thread", "a", null).item()).containsEntry("title", "hi");
	}

	@Test
	void contextShouldHoldOnlyDynamoDbBeans() {
		assertThat(this.context.getBeanNamesForType(EmbeddedDynamoDb.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(DynamoDbTestApplication.class)).hasSize(1);
		assertThat(this.context.containsBean("dynamodbHealthIndicator")).isFalse();
	}

}
