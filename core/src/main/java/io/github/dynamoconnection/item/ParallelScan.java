package io.github.dynamoconnection.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.dynamoconnection.call.Operation;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;

/**
 * A parallel scan: segments 0..N-1 scanned concurrently (each following all its pages), items
 * merged in segment order: every item of segment 0 in scan order, then segment 1, and so on. The
 * first failing segment fails the whole scan with its exception; the other segments are cancelled.
 */
public final class ParallelScan {

	private static final int MAX_OWN_THREADS = 16;

	private final ItemOperations items;

	public ParallelScan(ItemOperations items) {
		this.items = items;
	}

	/**
	 * Scans {@code totalSegments} segments concurrently.
	 * @param tableName the table
	 * @param totalSegments number of segments (1 to 1,000,000)
	 * @param options scan options (segment options are set per segment)
	 * @param executor runs the segments; {@code null} for threads owned by this call
	 * @return every item, in segment order
	 */
	public List<Map<String, Object>> scan(String tableName, int totalSegments, ScanOptions options,
			java.util.concurrent.Executor executor) {
		checkTotalSegments(tableName, totalSegments);
		ExecutorService own = (executor == null) ? Executors.newFixedThreadPool(Math.min(totalSegments, MAX_OWN_THREADS),
				daemonThreads(tableName)) : null;
		java.util.concurrent.Executor runner = (executor != null) ? executor : own;
		try {
			List<CompletableFuture<List<Map<String, Object>>>> segments = new ArrayList<>(totalSegments);
			for (int segment = 0; segment < totalSegments; segment++) {
				ScanOptions segmentOptions = options.toBuilder().segment(segment, totalSegments).build();
				segments.add(CompletableFuture.supplyAsync(
						() -> items.scanPages(tableName, segmentOptions).items().toList(), runner));
			}
			List<Map<String, Object>> merged = new ArrayList<>();
			for (CompletableFuture<List<Map<String, Object>>> segment : segments) {
				try {
					merged.addAll(segment.join());
				}
				catch (CompletionException ex) {
					segments.forEach(other -> other.cancel(true));
					throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
				}
			}
			return merged;
		}
		finally {
			if (own != null) {
				own.shutdownNow();
			}
		}
	}

	/** Refuses a segment count DynamoDB refuses (shared with the async connection). */
	public static void checkTotalSegments(String tableName, int totalSegments) {
		if (totalSegments < 1 || totalSegments > 1_000_000) {
			throw new InvalidArgumentException(Operation.SCAN.awsName(), List.of(String.valueOf(tableName)),
					"Scan on table '" + tableName + "': totalSegments must be in [1, 1000000], got " + totalSegments);
		}
	}

	private static ThreadFactory daemonThreads(String tableName) {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "parallel-scan-" + tableName + "-" + count.getAndIncrement());
			thread.setDaemon(true);
			return thread;
		};
	}

}
