package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the SDK's DynamoDB model gets an answer from the engine: an empty request is a
 * success or a DynamoDB client error, never UnknownOperationException and never an internal error.
 */
class EveryOperationTests {

	/** The operation names of {@link DynamoDbClient}: its methods taking one request of the model. */
	private static List<String> sdkOperations() {
		return Arrays.stream(DynamoDbClient.class.getMethods())
			.filter((method) -> method.getParameterCount() == 1 && DynamoDbResponse.class.isAssignableFrom(method.getReturnType())
					&& DynamoDbRequest.class.isAssignableFrom(method.getParameterTypes()[0]))
			.map(Method::getName)
			.distinct()
			.map((name) -> Character.toUpperCase(name.charAt(0)) + name.substring(1))
			.sorted()
			.toList();
	}

	@Test
	void everySdkOperationIsAnsweredWithDynamoDbsShape() {
		List<String> operations = sdkOperations();
		assertThat(operations).hasSizeGreaterThanOrEqualTo(58).contains("CreateBackup", "SearchVectors", "UpdateTimeToLive");
		try (EngineFixture fixture = new EngineFixture()) {
			for (String operation : operations) {
				try {
					fixture.engine.execute(operation, JsonNodeFactory.instance.objectNode());
				}
				catch (EngineException ex) {
					assertThat(ex.errorType()).as(operation).isNotEqualTo("UnknownOperationException");
					assertThat(ex.status()).as(operation + ": " + ex.getMessage()).isEqualTo(400);
				}
			}
		}
	}

}
