package io.github.dynamoconnection.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.batch.BatchWriteResult;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Goal 4: {@code Connection.batchWriteItem} of N items (a lazy {@link Iterable}, so the items are
 * made as requests go out, like the loop makes them) vs a plain sequential loop of SDK
 * BatchWriteItem calls of 25, for each N given ({@code 10000 100000 1000000}; default 100000),
 * against the embedded engine over HTTP in a child JVM, so this JVM's heap holds only the client
 * side. Per N: the best of a few rounds of each side (alternating which goes first), the peak heap
 * each side keeps alive (an untimed round of each, {@link HeapProbe}), then both partitions counted (Query, Select COUNT, every
 * page) so nothing lost goes unnoticed. Prints {@code RESULT name value unit} lines, keys suffixed
 * with N.
 */
public final class BulkLoadMeasurement {

	private BulkLoadMeasurement() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = new ArrayList<>();
		for (String arg : args) {
			sizes.add(Integer.parseInt(arg.replace("_", "")));
		}
		if (sizes.isEmpty()) {
			sizes.add(100_000);
		}
		int port = freePort();
		Process engine = startEngine(port, sizes.stream().mapToInt(Integer::intValue).max().orElse(0));
		try (DynamoDbClient client = Clients.httpClient(URI.create("http://127.0.0.1:" + port));
				Connection connection = Connection.builder().client(client).build()) {
			Clients.createTable(client);
			for (int items : sizes) {
				measure(client, connection, items);
			}
		}
		finally {
			engine.destroy();
			engine.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static void measure(DynamoDbClient client, Connection connection, int items) {
		// The SDK's call path needs many seconds of JIT warm-up (FACTS.md): run rounds alternating which
		// side goes first and keep each side's best; fewer rounds for the big loads.
		int rounds = (items >= 1_000_000) ? 1 : (items >= 100_000) ? 3 : 5;
		double connectionSeconds = Double.MAX_VALUE;
		double plainSeconds = Double.MAX_VALUE;
		String connectionPartition = "connection-" + items;
		String plainPartition = "sdk-" + items;
		for (int round = 0; round < rounds; round++) {
			for (int side = 0; side < 2; side++) {
				boolean connectionSide = (side == 0) == (round % 2 == 0);
				long start = System.nanoTime();
				load(client, connection, connectionSide ? connectionPartition : null, plainPartition, items, HeapProbe.none());
				double seconds = (System.nanoTime() - start) / 1e9;
				if (connectionSide) {
					connectionSeconds = Math.min(connectionSeconds, seconds);
				}
				else {
					plainSeconds = Math.min(plainSeconds, seconds);
				}
			}
		}
		HeapProbe connectionHeap = new HeapProbe(items);
		load(client, connection, connectionPartition, plainPartition, items, connectionHeap);
		HeapProbe plainHeap = new HeapProbe(items);
		load(client, connection, null, plainPartition, items, plainHeap);
		// Every round rewrote the same items; the count shows none was lost or duplicated.
		System.out.printf("RESULT connection_seconds_%d %.3f s%n", items, connectionSeconds);
		System.out.printf("RESULT plain_seconds_%d %.3f s%n", items, plainSeconds);
		System.out.printf("RESULT speedup_%d %.2f x%n", items, plainSeconds / connectionSeconds);
		System.out.printf("RESULT peak_heap_mb_connection_%d %.1f MB%n", items, connectionHeap.peakMb());
		System.out.printf("RESULT peak_heap_mb_plain_%d %.1f MB%n", items, plainHeap.peakMb());
		System.out.printf("RESULT items_expected_%d %d items%n", items, items);
		System.out.printf("RESULT items_counted_connection_%d %d items%n", items, count(client, connectionPartition));
		System.out.printf("RESULT items_counted_plain_%d %d items%n", items, count(client, plainPartition));
	}

	/** One load: through the connection when {@code connectionPartition} is given, else the plain loop. */
	private static void load(DynamoDbClient client, Connection connection, String connectionPartition, String plainPartition,
			int items, HeapProbe heap) {
		if (connectionPartition != null) {
			viaConnection(connection, connectionPartition, items, heap);
		}
		else {
			viaSdkLoop(client, plainPartition, items, heap);
		}
	}

	private static void viaConnection(Connection connection, String partition, int items, HeapProbe heap) {
		Iterable<Map<String, Object>> puts = () -> new Iterator<>() {
			private int next;

			@Override
			public boolean hasNext() {
				return next < items;
			}

			@Override
			public Map<String, Object> next() {
				heap.made(next);
				return new HashMap<>(Items.item(partition, next++));
			}
		};
		BatchWriteResult result = connection.batchWriteItem(b -> b.putAll(Clients.TABLE, puts));
		if (result.written() != items) {
			throw new IllegalStateException("Connection wrote " + result.written() + " of " + items);
		}
	}

	private static void viaSdkLoop(DynamoDbClient client, String partition, int items, HeapProbe heap) {
		List<WriteRequest> writes = new ArrayList<>(25);
		for (int i = 0; i < items; i++) {
			heap.made(i);
			writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Items.item(partition, i)).build()).build());
			if (writes.size() == 25 || i == items - 1) {
				List<WriteRequest> chunk = List.copyOf(writes);
				var response = client.batchWriteItem(b -> b.requestItems(Map.of(Clients.TABLE, chunk)));
				if (response.hasUnprocessedItems() && !response.unprocessedItems().isEmpty()) {
					throw new IllegalStateException("The plain loop got unprocessed items and does not retry them");
				}
				writes.clear();
			}
		}
	}

	private static long count(DynamoDbClient client, String partition) {
		return client
			.queryPaginator(b -> b.tableName(Clients.TABLE)
				.keyConditionExpression("pk = :pk")
				.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition)))
				.select(Select.COUNT))
			.stream()
			.mapToLong(page -> page.count())
			.sum();
	}

	/** The engine's standalone server in a child JVM on this class path, its heap sized for the biggest load. */
	private static Process startEngine(int port, int maxItems) throws IOException, InterruptedException {
		Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
		String heap = (maxItems >= 1_000_000) ? "-Xmx4g" : "-Xmx1g";
		Process process = new ProcessBuilder(java.toString(), heap, "-cp", System.getProperty("java.class.path"),
				"io.github.dynamoconnection.embedded.server.EmbeddedDynamoDbServerMain", "--port", String.valueOf(port))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			try (Socket socket = new Socket("127.0.0.1", port)) {
				return process;
			}
			catch (IOException notYet) {
				if (!process.isAlive()) {
					throw new IllegalStateException("the engine exited with " + process.exitValue());
				}
				Thread.sleep(100);
			}
		}
		process.destroy();
		throw new IllegalStateException("the engine did not listen on port " + port + " within 60 s");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
