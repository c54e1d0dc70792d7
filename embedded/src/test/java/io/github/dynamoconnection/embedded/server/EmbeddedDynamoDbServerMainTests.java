package io.github.dynamoconnection.embedded.server;

import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.SdkClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The standalone server as a process: start line, serving, SIGTERM, usage. */
class EmbeddedDynamoDbServerMainTests {

	@Test
	void printsOneStartLineServesAndStopsCleanlyOnSigterm() throws Exception {
		try (StandaloneProcess server = StandaloneProcess.start("--port", "0", "--ttl-sweep-interval", "500ms")) {
			URI endpoint = server.awaitEndpoint();
			try (DynamoDbClient client = SdkClients.overHttp(endpoint)) {
				client.createTable(SdkClients.hashKeyTable("standalone", "id", ScalarAttributeType.S));
				assertThat(client.listTables().tableNames()).containsExactly("standalone");
			}
			int exit = server.terminate();
			assertThat(exit).as("exit status after SIGTERM (128 + 15)").isEqualTo(143);
			assertThat(server.stdoutLines()).singleElement()
				.satisfies((line) -> assertThat(line).startsWith("dynamo-connection embedded DynamoDB listening on "
						+ endpoint));
			assertThat(server.stderr()).doesNotContain("Exception");
			assertThatExceptionOfType(ConnectException.class)
				.isThrownBy(() -> new Socket("127.0.0.1", endpoint.getPort()).close());
		}
	}

	@Test
	void helpPrintsUsageAndExitsZero() throws Exception {
		try (StandaloneProcess process = StandaloneProcess.start("--help")) {
			assertThat(process.awaitExit()).isZero();
			assertThat(String.join("\n", process.stdoutLines())).contains("Usage:").contains("--data-dir");
		}
	}

	@Test
	void badArgumentsPrintUsageOnStderrAndExitTwo() throws Exception {
		try (StandaloneProcess process = StandaloneProcess.start("--port", "banana")) {
			assertThat(process.awaitExit()).isEqualTo(2);
			assertThat(process.stderr()).contains("Invalid --port 'banana'").contains("Usage:");
			assertThat(process.stdoutLines()).isEmpty();
		}
	}

}
