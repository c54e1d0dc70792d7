package io.github.dynamoconnection.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Goal 6: {@code Connection.batchWriteItem} of N items vs a plain sequential loop of SDK
 * BatchWriteItem calls of 25, against the same engine over HTTP; then both partitions are counted
 * (Query, Select COUNT, every page) so that nothing lost goes unnoticed. Prints the times as
 * interleaved pairs ({@link PairLog}) and the counts as {@code RESULT name value unit} lines.
 */
public final class BulkLoadMeasurement {

	private static final int PAIRS = 5;

	private BulkLoadMeasurement() {
	}

	private static double time(Runnable load) {
		long start = System.nanoTime();
		load.run();
		return (System.nanoTime() - start) / 1e9;
	}

	public static void main(String[] args) {
		int items = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		try (EmbeddedDynamoDb engine = EmbeddedDynamoDb.builder().port(0).start();
				DynamoDbClient client = Clients.httpClient(engine.httpEndpoint());
				Connection connection = Connection.builder().client(client).build()) {
			Clients.createTable(client);
			// The SDK's call path needs many seconds of JIT warm-up (FACTS.md): one unmeasured pair
			// first, then interleaved pairs (plain loop, Connection), each pair a time ratio.
			viaSdkLoop(client, "sdk", items);
			viaConnection(connection, "connection", items);
			PairLog.interleave(new PairLog("bulk." + items, "plain_SDK_loop", "Connection.batchWriteItem", "s", System.out),
					PAIRS, () -> new double[] { time(() -> viaSdkLoop(client, "sdk", items)),
							time(() -> viaConnection(connection, "connection", items)) });

			// Every round rewrote the same items; the count shows none was lost or duplicated.
			long connectionCount = count(client, "connection");
			long plainCount = count(client, "sdk");
			System.out.printf("RESULT items_expected %d items%n", items);
			System.out.printf("RESULT items_counted_connection %d items%n", connectionCount);
			System.out.printf("RESULT items_counted_sdk %d items%n", plainCount);
		}
	}

	private static void viaConnection(Connection connection, String partition, int items) {
		List<Map<String, Object>> puts = new ArrayList<>(items);
		for (int i = 0; i < items; i++) {
			Map<String, AttributeValue> raw = Items.item(partition, i);
			puts.add(new java.util.HashMap<>(raw));
		}
		var result = connection.batchWriteItem(Clients.TABLE, puts, List.of());
		if (result.written() != items) {
			throw new IllegalStateException("Connection wrote " + result.written() + " of " + items);
		}
	}

	private static void viaSdkLoop(DynamoDbClient client, String partition, int items) {
		List<WriteRequest> writes = new ArrayList<>(25);
		for (int i = 0; i < items; i++) {
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

}
