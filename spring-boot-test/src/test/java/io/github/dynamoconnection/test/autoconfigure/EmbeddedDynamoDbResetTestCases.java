package io.github.dynamoconnection.test.autoconfigure;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.Connection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import io.github.dynamoconnection.item.ScanOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases for two test classes ({@link EmbeddedDynamoDbResetFirstTests},
 * {@link EmbeddedDynamoDbResetSecondTests}) sharing one cached {@link DynamoDbTest @DynamoDbTest}
 * context: each starts on a clean engine, so whichever runs second finds the first one's item and
 * extra table gone, and its declared table back.
 */
@DynamoDbTest(properties = "dynamodb.tables.Thread.hash-key.name=id")
abstract class EmbeddedDynamoDbResetTestCases {

	private static final Set<ApplicationContext> CONTEXTS = ConcurrentHashMap.newKeySet();

	private static final AtomicInteger CLASSES_RUN = new AtomicInteger();

	@Autowired
	Connection connection;

	@Autowired
	ApplicationContext context;

	@Test
	void startsOnACleanEngineAndLeavesDataBehind() {
		CONTEXTS.add(this.context);
		if (CLASSES_RUN.incrementAndGet() == 2) {
			assertThat(CONTEXTS).as("the second class reuses the cached context").hasSize(1);
		}
		assertThat(this.connection.listTables()).containsExactly("Thread");
		assertThat(this.connection.scan("Thread", ScanOptions.defaults()).items()).isEmpty();
		this.connection.putItem("Thread", Map.of("id", getClass().getSimpleName()));
		this.connection.createTable("Scratch", (table) -> table.hashKey("id", ScalarAttributeType.S).waitUntilActive());
	}

}
