package io.github.dynamoconnection.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Diagnostic for goal 4: what each server costs per call with a client that costs next to nothing
 * (pre-built, pre-signed HTTP/1.1 requests written to one keep-alive socket, answers read by their
 * {@code Content-Length}), so that the server, not the SDK, is measured and profiled. The same
 * request bodies as {@link PeerBenchmark}; one request per call on 1 thread. After each iteration it
 * prints the server process's CPU time per call ({@code server CPU per call}), a figure that a
 * loaded machine disturbs far less than throughput (servers in their own process only).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RawHttpBenchmark {

	private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/** moto is left out: its server does not keep this client's connection usable (PeerBenchmark measures it). */
	@Param({ "standalone", "embedded", "dynalite" })
	public String server;

	private PeerServer peer;

	private Socket socket;

	private OutputStream out;

	private InputStream in;

	private final byte[] buffer = new byte[1 << 16];

	private long calls;

	private long cpuAtStart;

	private byte[] getItem;

	private byte[] putItem;

	private byte[] query;

	private byte[] batchWriteItem;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		peer = PeerServer.start(server);
		try (var client = Clients.httpClient(peer.endpoint())) {
			Clients.createTable(client);
			client.putItem(b -> b.tableName(Clients.TABLE).item(Items.item("p", 1)));
			for (int i = 0; i < PeerBenchmark.QUERY_ITEMS; i++) {
				int n = i;
				client.putItem(b -> b.tableName(Clients.TABLE).item(Items.item("q", n)));
			}
		}
		String host = peer.endpoint().getHost() + ":" + peer.endpoint().getPort();
		getItem = request(host, "GetItem", "{\"TableName\":\"bench\",\"Key\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"S\":\""
				+ Items.sortKey(1) + "\"}}}");
		putItem = request(host, "PutItem", "{\"TableName\":\"bench\",\"Item\":" + itemJson("put", 7) + "}");
		query = request(host, "Query", "{\"TableName\":\"bench\",\"KeyConditionExpression\":\"pk = :pk\","
				+ "\"ExpressionAttributeValues\":{\":pk\":{\"S\":\"q\"}}}");
		StringBuilder writes = new StringBuilder("{\"RequestItems\":{\"bench\":[");
		for (int i = 0; i < 25; i++) {
			writes.append((i > 0) ? "," : "").append("{\"PutRequest\":{\"Item\":").append(itemJson("batch", i)).append("}}");
		}
		batchWriteItem = request(host, "BatchWriteItem", writes.append("]}}").toString());
		socket = new Socket(peer.endpoint().getHost(), peer.endpoint().getPort());
		socket.setTcpNoDelay(true);
		out = socket.getOutputStream();
		in = socket.getInputStream();
	}

	private static String itemJson(String pk, int i) {
		String json = Items.getItemJson(pk, i);
		return json.substring("{\"Item\":".length(), json.length() - 1);
	}

	private static byte[] request(String host, String operation, String body) {
		byte[] content = body.getBytes(StandardCharsets.UTF_8);
		String date = BASIC.format(Instant.now());
		String head = "POST / HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/x-amz-json-1.0\r\n"
				+ "X-Amz-Target: DynamoDB_20120810." + operation + "\r\nX-Amz-Date: " + date + "\r\n"
				+ "Authorization: AWS4-HMAC-SHA256 Credential=bench/" + date.substring(0, 8)
				+ "/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=0123456789abcdef\r\n"
				+ "Content-Length: " + content.length + "\r\n\r\n";
		byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
		byte[] request = new byte[headBytes.length + content.length];
		System.arraycopy(headBytes, 0, request, 0, headBytes.length);
		System.arraycopy(content, 0, request, headBytes.length, content.length);
		return request;
	}

	@Setup(Level.Iteration)
	public void startIteration() {
		calls = 0;
		cpuAtStart = peer.cpuNanos();
	}

	@TearDown(Level.Iteration)
	public void endIteration() {
		long cpu = peer.cpuNanos();
		if (cpu >= 0 && calls > 0) {
			System.out.printf("server CPU per call: %.1f us (%d calls)%n", (cpu - cpuAtStart) / 1000.0 / calls, calls);
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() throws IOException {
		socket.close();
		peer.close();
	}

	@Benchmark
	public int getItem() throws IOException {
		return call(getItem);
	}

	@Benchmark
	public int putItem() throws IOException {
		return call(putItem);
	}

	@Benchmark
	public int query() throws IOException {
		return call(query);
	}

	/** 25 items per operation. */
	@Benchmark
	public int batchWriteItem() throws IOException {
		return call(batchWriteItem);
	}

	/** Sends one request and reads its answer; returns the answer's size. Fails on a status other than 200. */
	private int call(byte[] request) throws IOException {
		calls++;
		out.write(request);
		out.flush();
		int read = 0;
		int headEnd = -1;
		while (headEnd < 0) {
			int n = in.read(buffer, read, buffer.length - read);
			if (n < 0) {
				throw new IOException("Connection closed");
			}
			read += n;
			headEnd = indexOfBlankLine(read);
		}
		String head = new String(buffer, 0, headEnd, StandardCharsets.US_ASCII);
		if (!head.startsWith("HTTP/1.1 200")) {
			throw new IOException("Unexpected answer: " + head);
		}
		int total = headEnd + 4 + contentLength(head);
		while (read < total) {
			int n = in.read(buffer, read, total - read);
			if (n < 0) {
				throw new IOException("Connection closed");
			}
			read += n;
		}
		return total;
	}

	private int indexOfBlankLine(int limit) {
		for (int i = 3; i < limit; i++) {
			if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r') {
				return i - 3;
			}
		}
		return -1;
	}

	private static int contentLength(String head) {
		for (String line : head.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
				return Integer.parseInt(line.substring(colon + 1).trim());
			}
		}
		throw new IllegalStateException("No Content-Length in " + head);
	}

}
