package io.github.dynamoconnection.embedded.persistence;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.dynamoconnection.embedded.SdkClients;
import io.github.dynamoconnection.embedded.server.StandaloneProcess;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every acknowledged write survives {@code kill -9}: the standalone server runs as a child process,
 * is killed without warning after the writes are acknowledged, and restarted on the same directory.
 */
class KillRecoveryTests {

	@TempDir
	Path directory;

	@Test
	void acknowledgedWritesSurviveKillMinusNineTwice() throws Exception {
		try (StandaloneProcess server = start()) {
			try (DynamoDbClient client = SdkClients.overHttp(server.awaitEndpoint())) {
				client.createTable(SdkClients.hashKeyTable("ledger", "id", ScalarAttributeType.S));
				for (int i = 0; i < 50; i++) {
					int n = i;
					client.putItem((request) -> request.tableName("ledger").item(entry("e" + n, n)));
				}
				for (int i = 0; i < 10; i++) {
					client.updateItem((request) -> request.tableName("ledger").key(id("e0"))
						.updateExpression("ADD amount :d").expressionAttributeValues(Map.of(":d", AttributeValue.fromN("5"))));
				}
				client.deleteItem((request) -> request.tableName("ledger").key(id("e1")));
			}
			server.kill();
		}
		try (StandaloneProcess server = start()) {
			URI endpoint = server.awaitEndpoint();
			try (DynamoDbClient client = SdkClients.overHttp(endpoint)) {
				assertThat(client.scan((request) -> request.tableName("ledger")).count()).isEqualTo(49);
				assertThat(amount(client, "e0")).isEqualTo("50");
				assertThat(amount(client, "e49")).isEqualTo("49");
				client.putItem((request) -> request.tableName("ledger").item(entry("after-restart", 7)));
			}
			server.kill();
		}
		try (StandaloneProcess server = start()) {
			try (DynamoDbClient client = SdkClients.overHttp(server.awaitEndpoint())) {
				assertThat(client.scan((request) -> request.tableName("ledger")).count()).isEqualTo(50);
				assertThat(amount(client, "after-restart")).isEqualTo("7");
				assertThat(amount(client, "e0")).isEqualTo("50");
			}
		}
	}

	private StandaloneProcess start() {
		return StandaloneProcess.start("--port", "0", "--data-dir", directory.toString());
	}

	private static String amount(DynamoDbClient client, String id) {
		return client.getItem((request) -> request.tableName("ledger").key(id(id)).consistentRead(true))
			.item()
			.get("amount")
			.n();
	}

	private static Map<String, AttributeValue> entry(String id, int amount) {
		return Map.of("id", AttributeValue.fromS(id), "amount", AttributeValue.fromN(Integer.toString(amount)));
	}

	private static Map<String, AttributeValue> id(String id) {
		return Map.of("id", AttributeValue.fromS(id));
	}

}
