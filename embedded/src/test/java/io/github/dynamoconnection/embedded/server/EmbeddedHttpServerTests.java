package io.github.dynamoconnection.embedded.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import io.github.dynamoconnection.embedded.SdkClients;
import io.github.dynamoconnection.embedded.protocol.JsonProtocolHandler;
import io.github.dynamoconnection.embedded.protocol.ScriptedEngine;
import io.github.dynamoconnection.testsupport.SigV4Headers;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The HTTP face on a real socket, with a scripted engine: wire format, keep-alive, size cap and
 * shutdown, seen by the AWS SDK (apache5) and by raw HTTP.
 */
class EmbeddedHttpServerTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ScriptedEngine engine = new ScriptedEngine();

	private static EmbeddedHttpServer server;

	@BeforeAll
	static void startServer() {
		server = EmbeddedHttpServer.start(new JsonProtocolHandler(engine), 0);
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void listensOnLoopbackAtAFreePort() {
		assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
		assertThat(server.endpoint().getPort()).isPositive();
	}

	@Test
	@EnabledOnOs(value = OS.LINUX, architectures = "amd64")
	void servesWithNettysNativeEpollTransportOnLinux() {
		assertThat(server.transport()).isEqualTo("epoll");
	}

	@Test
	void sdkWithApache5ClientTalksToTheServer() {
		try (DynamoDbClient client = SdkClients.overHttp(server.endpoint())) {
			assertThat(client.listTables((request) -> request.exclusiveStartTableName("over-http")).tableNames())
				.containsExactly("echo-over-http");
			assertThatExceptionOfType(ResourceNotFoundException.class)
				.isThrownBy(() -> client.describeTable((request) -> request.tableName("throw.ResourceNotFoundException")));
		}
	}

	@Test
	void answerHasDynamoDbHeadersAndAMatchingCrc32() throws Exception {
		HttpResponse<byte[]> response = post("DynamoDB_20120810.GetItem", "{\"TableName\":\"T\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
		assertThat(response.headers().firstValue("x-amzn-RequestId")).hasValueSatisfying(
				(id) -> assertThat(id).matches("[0-9A-Z]{52}"));
		CRC32 crc = new CRC32();
		crc.update(response.body());
		assertThat(response.headers().firstValue("x-amz-crc32")).hasValue(Long.toString(crc.getValue()));
		assertThat(JSON.readTree(response.body()).path("Request").path("TableName").asString()).isEqualTo("T");
	}

	@Test
	void malformedJsonIs400SerializationException() throws Exception {
		HttpResponse<byte[]> response = post("DynamoDB_20120810.PutItem", "{\"TableName\":");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).path("__type").asString())
			.isEqualTo("com.amazon.coral.service#SerializationException");
	}

	@Test
	void missingTargetIs400UnknownOperation() throws Exception {
		HttpResponse<byte[]> response = post(null, "{}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).path("__type").asString())
			.isEqualTo("com.amazon.coral.service#UnknownOperationException");
	}

	@Test
	void getOfTheRootAnswersHealthy() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(server.endpoint()).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("healthy");
	}

	@Test
	void connectionIsKeptAliveAcrossRequests() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", server.endpoint().getPort())) {
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			for (String table : new String[] { "first", "second" }) {
				writeRequest(socket.getOutputStream(), "{\"TableName\":\"" + table + "\"}");
				RawResponse response = RawResponse.read(in);
				assertThat(response.status).isEqualTo(200);
				assertThat(response.body).contains("\"" + table + "\"");
			}
		}
	}

	@Test
	void bodyAboveSixteenMegabytesIs413AndTheConnectionCloses() throws IOException {
		int callsBefore = engine.calls();
		try (Socket socket = new Socket("127.0.0.1", server.endpoint().getPort())) {
			String head = "POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: DynamoDB_20120810.PutItem\r\n"
					+ "Content-Type: application/x-amz-json-1.0\r\nContent-Length: " + (16 * 1024 * 1024 + 1) + "\r\n\r\n";
			socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			RawResponse response = RawResponse.read(in);
			assertThat(response.status).isEqualTo(413);
			assertThat(JSON.readTree(response.body).path("__type").asString()).endsWith("#RequestEntityTooLargeException");
			assertThat(in.read()).as("connection closed").isEqualTo(-1);
		}
		assertThat(engine.calls()).isEqualTo(callsBefore);
	}

	@Test
	void closeStopsListening() {
		EmbeddedHttpServer other = EmbeddedHttpServer.start(new JsonProtocolHandler(engine), 0);
		int port = other.endpoint().getPort();
		other.close();
		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> new Socket("127.0.0.1", port).close());
	}

	private static HttpResponse<byte[]> post(String target, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		SigV4Headers.forPost(server.endpoint(), target, body.getBytes(StandardCharsets.UTF_8)).forEach(request::header);
		if (target != null) {
			request.header("X-Amz-Target", target);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static void writeRequest(OutputStream out, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		StringBuilder head = new StringBuilder("POST / HTTP/1.1\r\nHost: " + server.endpoint().getAuthority() + "\r\n");
		SigV4Headers.forPost(server.endpoint(), "DynamoDB_20120810.GetItem", bytes)
			.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		head.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
		out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
		out.write(bytes);
		out.flush();
	}

	/** A response read from a raw socket: status, headers and the body (by Content-Length). */
	private static final class RawResponse {

		private int status;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private String body;

		static RawResponse read(BufferedReader in) throws IOException {
			RawResponse response = new RawResponse();
			String statusLine = in.readLine();
			response.status = Integer.parseInt(statusLine.split(" ")[1]);
			String line;
			while ((line = in.readLine()) != null && !line.isEmpty()) {
				int colon = line.indexOf(':');
				response.headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
			}
			char[] body = new char[Integer.parseInt(response.headers.get("content-length"))];
			int read = 0;
			while (read < body.length) {
				read += in.read(body, read, body.length - read);
			}
			response.body = new String(body);
			return response;
		}

	}

}
