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
 * side. Per N: interleaved pairs of the two sides' times ({@link PairLog}), the peak heap each side
 * keeps alive (an untimed round of each, {@link HeapProbe}), then both partitions counted (Query, Select
 * COUNT, every page) so nothing lost goes unnoticed, as {@code RESULT name value unit} lines. Each
 * side's CPU time (this JVM and the engine's) per item and the cores it kept busy show what bounds
 * the speed-up on this machine ({@link CpuUse}).
 */
public final class BulkLoadMeasurement {

	private static final int PAIRS = 5;

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
				measure(client, connection, engine.toHandle(), items);
			}
		}
		finally {
			engine.destroy();
			engine.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static void measure(DynamoDbClient client, Connection connection, ProcessHandle engine, int items) {
		String connectionPartition = "connection-" + items;
		String plainPartition = "sdk-" + items;
		// The SDK's call path needs many seconds of JIT warm-up (FACTS.md): one unmeasured round of each
		// side first, then interleaved pairs (plain loop, Connection), each pair a time ratio; fewer for big loads.
		load(client, connection, null, plainPartition, items, HeapProbe.none());
		load(client, connection, connectionPartition, plainPartition, items, HeapProbe.none());
		int pairs = (items >= 1_000_000) ? 1 : PAIRS;
		CpuUse plainCpu = new CpuUse(engine);
		CpuUse connectionCpu = new CpuUse(engine);
		PairLog.interleave(new PairLog("bulk." + items, "plain_SDK_loop", "Connection.batchWriteItem", "s", System.out), pairs,
				() -> new double[] { plainCpu.time(() -> load(client, connection, null, plainPartition, items, HeapProbe.none())),
						connectionCpu.time(() -> load(client, connection, connectionPartition, plainPartition, items,
								HeapProbe.none())) });
		plainCpu.report("plain", items);
		connectionCpu.report("connection", items);
		HeapProbe connectionHeap = new HeapProbe(items);
		load(client, connection, connectionPartition, plainPartition, items, connectionHeap);
		HeapProbe plainHeap = new HeapProbe(items);
		load(client, connection, null, plainPartition, items, plainHeap);
		// Every round rewrote the same items; the count shows none was lost or duplicated.
		System.out.printf("RESULT bulk_peak_heap_connection_%d %.1f MB%n", items, connectionHeap.peakMb());
		System.out.printf("RESULT bulk_peak_heap_plain_%d %.1f MB%n", items, plainHeap.peakMb());
		System.out.printf("RESULT items_expected %d items%n", items);
		System.out.printf("RESULT items_counted_connection %d items%n", count(client, connectionPartition));
		System.out.printf("RESULT items_counted_sdk %d items%n", count(client, plainPartition));
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
