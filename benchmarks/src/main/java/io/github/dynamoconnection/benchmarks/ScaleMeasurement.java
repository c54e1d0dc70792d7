package io.github.dynamoconnection.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Goal 5: first-page Query latency on a partition of 10 000 vs 1 000 000 items (ratio at most 2),
 * and heap used by 1 000 000 items of about 100 bytes (at most 600 MB). Prints the heap as
 * {@code RESULT name value unit} and the latencies as interleaved pairs ({@link PairLog}) for run.sh.
 */
public final class ScaleMeasurement {

	private static final int SMALL = 10_000;


	private static final int PAGE = 100;

	private static final int PAIRS = 5;

	private ScaleMeasurement() {
	}

	public static void main(String[] args) {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		// A smaller large partition only for run.sh --quick, whose numbers mean nothing.
		int large = (args.length > 1) ? Integer.parseInt(args[1]) : 1_000_000;
		long heapBefore = usedHeapAfterGc();
		try (EmbeddedDynamoDb engine = EmbeddedDynamoDb.start()) {
			DynamoDbClient client = engine.client();
			Clients.createTable(client);
			load(client, "large", large);
			long heapLarge = usedHeapAfterGc() - heapBefore;
			load(client, "small", SMALL);
			System.out.printf("RESULT heap_1m_items %.1f MB%n", heapLarge / 1_000_000.0);

			for (int warm = 0; warm < rounds; warm++) {
				firstPage(client, "small");
				firstPage(client, "large");
			}
			// Pairs of blocks of alternating calls (small, large, small, ...): each block's medians a pair.
			int block = Math.max(1, rounds / PAIRS);
			PairLog.interleave(new PairLog("scale.query-first-page", "1m-item_partition", "10k-item_partition", "us",
					System.out), PAIRS, () -> medians(client, block));
		}
	}

	/** Median first-page latency (us) of the large and of the small partition, calls alternating. */
	private static double[] medians(DynamoDbClient client, int rounds) {
		long[] small = new long[rounds];
		long[] large = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			small[i] = firstPage(client, "small");
			large[i] = firstPage(client, "large");
		}
		return new double[] { median(large) / 1000.0, median(small) / 1000.0 };
	}

	private static long firstPage(DynamoDbClient client, String partition) {
		long start = System.nanoTime();
		int count = client
			.query(b -> b.tableName(Clients.TABLE)
				.keyConditionExpression("pk = :pk")
				.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition)))
				.limit(PAGE))
			.count();
		long elapsed = System.nanoTime() - start;
		if (count != PAGE) {
			throw new IllegalStateException("Expected a page of " + PAGE + " items, got " + count);
		}
		return elapsed;
	}

	private static void load(DynamoDbClient client, String partition, int count) {
		List<WriteRequest> writes = new ArrayList<>(25);
		for (int i = 0; i < count; i++) {
			writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Items.item(partition, i)).build()).build());
			if (writes.size() == 25 || i == count - 1) {
				List<WriteRequest> chunk = List.copyOf(writes);
				var response = client.batchWriteItem(b -> b.requestItems(Map.of(Clients.TABLE, chunk)));
				if (response.hasUnprocessedItems() && !response.unprocessedItems().isEmpty()) {
					throw new IllegalStateException("The engine left items unprocessed");
				}
				writes.clear();
			}
		}
	}

	private static long usedHeapAfterGc() {
		var memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 5; i++) {
			System.gc();
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
