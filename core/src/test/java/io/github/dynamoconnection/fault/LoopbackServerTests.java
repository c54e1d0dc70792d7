package io.github.dynamoconnection.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.exceptions.TableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;

/**
 * The connection's own Apache 5 client against a JDK HTTP server on 127.0.0.1: extra headers on
 * the wire but not signed, retries of server errors, the read timeout.
 */
class LoopbackServerTests {

	private final List<Map<String, List<String>>> headers = new CopyOnWriteArrayList<>();

	private final AtomicInteger calls = new AtomicInteger();

	private HttpServer server;

	private void start(int failures, long delayMillis) throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> answer(exchange, failures, delayMillis));
		server.start();
	}

	private void answer(HttpExchange exchange, int failures, long delayMillis) throws IOException {
		exchange.getRequestBody().readAllBytes();
		headers.add(Map.copyOf(exchange.getRequestHeaders()));
		boolean fail = calls.incrementAndGet() <= failures;
		if (delayMillis > 0) {
			try {
				Thread.sleep(delayMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		byte[] body = (fail ? "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"boom\"}"
				: "{\"TableNames\":[\"Thread\"]}").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
		exchange.sendResponseHeaders(fail ? 500 : 200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	private Connection connect(int maxAttempts, Duration readTimeout) {
		return Connection.builder()
			.host("http://127.0.0.1:" + server.getAddress().getPort())
			.region("us-east-1")
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
			.retryMode(RetryMode.STANDARD)
			.maxAttempts(maxAttempts)
			.readTimeout(readTimeout)
			.maxPoolConnections(2)
			.extraHeaders(Map.of("X-Tenant-Id", "blue"))
			.build();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void extraHeadersReachTheServerUnsignedAndServerErrorsAreRetried() throws IOException {
		start(2, 0);
		try (Connection conn = connect(3, Duration.ofSeconds(5))) {
			assertThat(conn.listTables()).containsExactly("Thread");
		}
		assertThat(calls).hasValue(3);
		Map<String, List<String>> last = headers.get(2);
		assertThat(last.get("X-tenant-id")).containsExactly("blue");
		String authorization = last.get("Authorization").get(0);
		assertThat(authorization.replaceAll(".*SignedHeaders=([^,]*).*", "$1")).doesNotContain("x-tenant-id");
	}

	@Test
	void aSlowServerHitsTheReadTimeoutAndIsNotRetriedBeyondMaxAttempts() throws IOException {
		start(0, 1500);
		try (Connection conn = connect(1, Duration.ofMillis(200))) {
			assertThatThrownBy(conn::listTables).isInstanceOf(TableException.class)
				.satisfies(ex -> assertThat(((TableException) ex).errorCode()).isNull());
		}
		assertThat(calls).hasValue(1);
	}

}
