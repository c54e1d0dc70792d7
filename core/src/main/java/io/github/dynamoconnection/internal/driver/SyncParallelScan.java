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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.github.dynamoconnection.internal.operation.Paging;
import io.github.dynamoconnection.internal.operation.ParallelScanPlan;

/**
 * Runs a parallel scan's segments on threads, at most the plan's concurrency at once (that many
 * tasks, each taking the next segment not yet read and following all its pages), and merges the
 * items in segment order. Tasks run on the caller's executor, else on a pool of that many threads
 * made for the call. The first failing segment fails the whole scan with its exception; no further
 * segment is started.
 */
final class SyncParallelScan {

	private SyncParallelScan() {
	}

	static List<Map<String, Object>> scan(ParallelScanPlan plan, Executor executor,
			Function<Paging, List<Map<String, Object>>> readSegment) {
		List<Paging> segments = plan.segments();
		int lanes = Math.min(segments.size(), plan.concurrency());
		ExecutorService own = (executor == null) ? Executors.newFixedThreadPool(lanes, daemonThreads(plan.tableName())) : null;
		Executor runner = (executor != null) ? executor : own;
		List<List<Map<String, Object>>> read = new ArrayList<>(segments.size());
		segments.forEach(segment -> read.add(null));
		AtomicInteger next = new AtomicInteger();
		AtomicBoolean failed = new AtomicBoolean();
		try {
			List<CompletableFuture<Void>> running = new ArrayList<>(lanes);
			for (int lane = 0; lane < lanes; lane++) {
				running.add(CompletableFuture.runAsync(() -> {
					int segment;
					while (!failed.get() && (segment = next.getAndIncrement()) < segments.size()) {
						try {
							List<Map<String, Object>> items = readSegment.apply(segments.get(segment));
							synchronized (read) {
								read.set(segment, items);
							}
						}
						catch (RuntimeException ex) {
							failed.set(true);
							throw ex;
						}
					}
				}, runner));
			}
			for (CompletableFuture<Void> lane : running) {
				try {
					lane.join();
				}
				catch (CompletionException ex) {
					throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
				}
			}
			List<Map<String, Object>> merged = new ArrayList<>();
			synchronized (read) {
				read.forEach(merged::addAll);
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
