package io.github.dynamoconnection.sample;

import java.io.IOException;
import java.net.ServerSocket;

import io.github.dynamoconnection.sample.Http.Response;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app pointed at an endpoint where nothing listens (a real closed port on 127.0.0.1): calls
 * answer 503 with a problem detail and {@code Retry-After}, and the health and readiness endpoints
 * report DOWN, while liveness stays UP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dynamodb.retry.max-attempts=1", "dynamodb.api-call-timeout=5s", "dynamodb.region=us-east-1",
				"dynamodb.credentials.access-key-id=local", "dynamodb.credentials.secret-access-key=local",
				"dynamodb.tables.Forum.mode=none", "dynamodb.tables.Thread.mode=none",
				"dynamodb.tables.Reply.mode=none", "dynamodb.tables.Draft.mode=none" })
class DynamoDbUnreachableIntegrationTests {

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void closedEndpoint(DynamicPropertyRegistry registry) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		registry.add("dynamodb.host", () -> "http://127.0.0.1:" + closedPort);
	}

	@Test
	void callsAnswer503AndReadinessIsDown() {
		Http http = new Http(this.port);
		Response response = http.get("/forums/any");
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.headers().getFirst("Retry-After")).isEqualTo("1");
		assertThat(response.json().path("detail").asString())
			.matches("DynamoDB call (DescribeTable|GetItem) on Forum failed: no answer from DynamoDB");
		assertThat(response.text()).doesNotContain("\tat ", "Exception:");
		Response readiness = http.get("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(503);
		assertThat(readiness.json().path("components").path("dynamodb").path("status").asString()).isEqualTo("DOWN");
		assertThat(http.get("/actuator/health/liveness").json().path("status").asString()).isEqualTo("UP");
	}

}
