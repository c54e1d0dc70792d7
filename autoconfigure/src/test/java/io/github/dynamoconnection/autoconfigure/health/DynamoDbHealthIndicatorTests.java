package io.github.dynamoconnection.autoconfigure.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.dynamoconnection.testsupport.MotoServer;
import io.github.dynamoconnection.testsupport.MotoServerExtension;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoDbHealthIndicator} against moto_server and unreachable endpoints.
 */
@ExtendWith(MotoServerExtension.class)
class DynamoDbHealthIndicatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	@Test
	void healthShouldBeUpWithEndpointAndRegion(MotoServer moto) {
		try (DynamoDbClient client = client(moto.endpoint())) {
			Health health = new DynamoDbHealthIndicator(client, List.of(), TIMEOUT).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("endpoint", moto.endpoint().toString())
				.containsEntry("region", "us-east-1");
		}
	}

	@Test
	void healthShouldReportEachTableStatus(MotoServer moto) {
		try (DynamoDbClient client = client(moto.endpoint())) {
			String table = createTable(client);
			Health health = new DynamoDbHealthIndicator(client, List.of(table), TIMEOUT).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("tables", Map.of(table, "ACTIVE"));
		}
	}

	@Test
	void healthShouldBeDownWhenATableIsMissing(MotoServer moto) {
		try (DynamoDbClient client = client(moto.endpoint())) {
			String table = createTable(client);
			Health health = new DynamoDbHealthIndicator(client, List.of(table, "missing-" + table), TIMEOUT)
				.health(true);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("tables",
					Map.of(table, "ACTIVE", "missing-" + table, "NOT_FOUND"));
		}
	}

	@Test
	void healthShouldBeDownWhenEndpointRefusesConnections() {
		try (DynamoDbClient client = client(URI.create("http://127.0.0.1:" + closedPort()))) {
			Health health = new DynamoDbHealthIndicator(client, List.of(), TIMEOUT).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsKey("error");
		}
	}

	@Test
	void healthShouldBeDownWithTimeoutWhenEndpointNeverAnswers() throws IOException {
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
				DynamoDbClient client = client(URI.create("http://127.0.0.1:" + silent.getLocalPort()))) {
			Thread acceptor = acceptForever(silent);
			Health health = new DynamoDbHealthIndicator(client, List.of(), Duration.ofMillis(300)).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("timeout", "PT0.3S");
			acceptor.interrupt();
		}
	}

	private static DynamoDbClient client(URI endpoint) {
		return DynamoDbClient.builder()
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration((override) -> override.retryStrategy(RetryMode.STANDARD))
			.build();
	}

	private static String createTable(DynamoDbClient client) {
		String name = "health-" + UUID.randomUUID();
		client.createTable((request) -> request.tableName(name)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
			.attributeDefinitions(
					AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build()));
		client.waiter().waitUntilTableExists((request) -> request.tableName(name));
		return name;
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Accepts connections and holds them open without answering, like a hung endpoint. */
	private static Thread acceptForever(ServerSocket server) {
		Thread thread = new Thread(() -> {
			List<Socket> held = new java.util.ArrayList<>();
			while (!Thread.currentThread().isInterrupted() && !server.isClosed()) {
				try {
					held.add(server.accept());
				}
				catch (IOException ex) {
					return;
				}
			}
		}, "silent-endpoint");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

}
