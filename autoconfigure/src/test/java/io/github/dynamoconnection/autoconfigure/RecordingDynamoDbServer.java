package io.github.dynamoconnection.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 that records every request and answers each DynamoDB target with
 * a fixed JSON body, so tests can see what the auto-configured client puts on the wire (headers,
 * signature, table names) without a DynamoDB.
 */
public final class RecordingDynamoDbServer implements AutoCloseable {

	private static final Map<String, String> ANSWERS = Map.of("ListTables", "{\"TableNames\":[]}", "DescribeTable",
			"{\"Table\":{\"TableName\":\"t\",\"TableStatus\":\"ACTIVE\",\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
					+ "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}]}}");

	private static final String THROTTLED = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
			+ "\"message\":\"The level of configured provisioned throughput for the table was exceeded\"}";

	private final HttpServer server;

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private volatile String throttledOperation;

	private final Map<String, Queue<Fault>> faults = new ConcurrentHashMap<>();

	private RecordingDynamoDbServer(HttpServer server) {
		this.server = server;
	}

	public static RecordingDynamoDbServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			RecordingDynamoDbServer recording = new RecordingDynamoDbServer(server);
			server.createContext("/", recording::handle);
			server.start();
			return recording;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Headers headers = exchange.getRequestHeaders();
			this.requests.add(new RecordedRequest(headers, body));
			String target = String.valueOf(headers.getFirst("X-Amz-Target"));
			String operation = target.substring(target.indexOf('.') + 1);
			Queue<Fault> scripted = this.faults.get(operation);
			Fault fault = (scripted != null) ? scripted.poll() : null;
			if (fault == null && operation.equals(this.throttledOperation)) {
				fault = Fault.THROTTLE;
			}
			byte[] answer = ((fault != null) ? fault.body : ANSWERS.getOrDefault(operation, "{}"))
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
			exchange.sendResponseHeaders((fault != null) ? fault.status : 200, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		}
	}

	/** Answers every request for this operation (e.g. {@code GetItem}) with a throttling error. */
	public RecordingDynamoDbServer throttle(String operation) {
		this.throttledOperation = operation;
		return this;
	}

	/** Answers the next requests for this operation with these faults, one each, then normally. */
	public RecordingDynamoDbServer fail(String operation, Fault... faults) {
		this.faults.computeIfAbsent(operation, (key) -> new ConcurrentLinkedQueue<>()).addAll(List.of(faults));
		return this;
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	public List<RecordedRequest> requests() {
		return this.requests;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** An error answer DynamoDB gives. */
	public enum Fault {

		/** 400 {@code ProvisionedThroughputExceededException}, which the SDK retries. */
		THROTTLE(400, THROTTLED),

		/** 500 {@code InternalServerError}, which the SDK retries. */
		SERVER_ERROR(500, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\","
				+ "\"message\":\"Internal server error\"}"),

		/** 400 {@code ValidationException}, which the SDK does not retry. */
		VALIDATION(400, "{\"__type\":\"com.amazon.coral.validate#ValidationException\","
				+ "\"message\":\"One or more parameter values were invalid\"}");

		private final int status;

		private final String body;

		Fault(int status, String body) {
			this.status = status;
			this.body = body;
		}

	}

	public record RecordedRequest(Headers headers, String body) {

		public String header(String name) {
			return this.headers.getFirst(name);
		}

	}

}
