package io.github.dynamoconnection.internal.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.github.dynamoconnection.internal.operation.Paging;
import io.github.dynamoconnection.internal.operation.ParallelScanPlan;

/**
 * Runs a parallel scan's segments on threads (each following all its pages) and merges the items in
 * segment order. The first failing segment fails the whole scan with its exception; the other
 * segments are cancelled.
 */
final class SyncParallelScan {

	private static final int MAX_OWN_THREADS = 16;

	private SyncParallelScan() {
	}

	static List<Map<String, Object>> scan(ParallelScanPlan plan, Executor executor,
			Function<Paging, List<Map<String, Object>>> readSegment) {
		int count = plan.segments().size();
		ExecutorService own = (executor == null)
				? Executors.newFixedThreadPool(Math.min(count, MAX_OWN_THREADS), daemonThreads(plan.tableName())) : null;
		Executor runner = (executor != null) ? executor : own;
		try {
			List<CompletableFuture<List<Map<String, Object>>>> segments = new ArrayList<>(count);
			for (Paging segment : plan.segments()) {
				segments.add(CompletableFuture.supplyAsync(() -> readSegment.apply(segment), runner));
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

	private static ThreadFactory daemonThreads(String tableName) {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "parallel-scan-" + tableName + "-" + count.getAndIncrement());
			thread.setDaemon(true);
			return thread;
		};
	}

}
