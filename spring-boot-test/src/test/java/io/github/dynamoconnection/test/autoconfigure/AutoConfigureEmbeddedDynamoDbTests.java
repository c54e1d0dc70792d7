package io.github.dynamoconnection.test.autoconfigure;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AutoConfigureEmbeddedDynamoDb @AutoConfigureEmbeddedDynamoDb} on a full
 * {@code @SpringBootTest}: a fresh engine even when a host is configured.
 */
@SpringBootTest(classes = DynamoDbTestApplication.class, properties = "dynamodb.host=http://127.0.0.1:1")
@AutoConfigureEmbeddedDynamoDb
class AutoConfigureEmbeddedDynamoDbTests {

	@Autowired
	private Connection connection;

	@Autowired
	private EmbeddedDynamoDb engine;

	@Test
	void connectionShouldUseIsolatedEngine() {
		assertThat(this.connection.listTables()).isEmpty();
		assertThat(this.connection.client().serviceClientConfiguration().endpointOverride())
			.contains(this.engine.endpoint());
	}

}
