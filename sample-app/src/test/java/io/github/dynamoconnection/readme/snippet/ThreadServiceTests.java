package io.github.dynamoconnection.readme.snippet;

import java.math.BigDecimal;
import java.util.Map;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.test.autoconfigure.DynamoDbTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's test-annotation example (README shows this class from its annotation on), which also
 * runs README's injection example.
 */
@DynamoDbTest
@Import(ThreadService.class)
class ThreadServiceTests {

	@Autowired
	Connection connection;

	@Autowired
	ThreadService threads;

	@Test
	void readsWhatWasPut() {
		connection.putItem("Thread", "AWS", "DynamoDB", Map.of("views", 0));
		assertThat(threads.thread("AWS", "DynamoDB")).containsEntry("views", BigDecimal.ZERO);
	}

}
