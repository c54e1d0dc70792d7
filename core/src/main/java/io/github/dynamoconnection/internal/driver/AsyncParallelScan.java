package io.github.dynamoconnection.internal.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.github.dynamoconnection.internal.operation.Paging;
import io.github.dynamoconnection.internal.operation.ParallelScanPlan;

/**
 * Reads a parallel scan's segments without blocking a thread, at most the plan's concurrency at
 * once: that many lanes, each reading the next segment not yet read when its previous one is done.
 * The items merge in segment order; the first failing segment fails the scan and starts no more.
 */
final class AsyncParallelScan {

	private AsyncParallelScan() {
	}

	static CompletableFuture<List<Map<String, Object>>> scan(ParallelScanPlan plan,
			Function<Paging, CompletableFuture<List<Map<String, Object>>>> readSegment) {
		List<Paging> segments = plan.segments();
		List<List<Map<String, Object>>> read = new ArrayList<>(segments.size());
		segments.forEach(segment -> read.add(null));
		AtomicInteger next = new AtomicInteger();
		AtomicBoolean failed = new AtomicBoolean();
		int lanes = Math.min(segments.size(), plan.concurrency());
		List<CompletableFuture<Void>> running = new ArrayList<>(lanes);
		for (int lane = 0; lane < lanes; lane++) {
			running.add(lane(segments, readSegment, read, next, failed));
		}
		return CompletableFuture.allOf(running.toArray(new CompletableFuture<?>[0])).thenApply(done -> {
			List<Map<String, Object>> merged = new ArrayList<>();
			synchronized (read) {
				read.forEach(merged::addAll);
			}
			return merged;
		});
	}

	private static CompletableFuture<Void> lane(List<Paging> segments,
			Function<Paging, CompletableFuture<List<Map<String, Object>>>> readSegment, List<List<Map<String, Object>>> read,
			AtomicInteger next, AtomicBoolean failed) {
		int segment = next.getAndIncrement();
		if (failed.get() || segment >= segments.size()) {
			return CompletableFuture.completedFuture(null);
		}
		return Completions.supply(() -> readSegment.apply(segments.get(segment)))
			.whenComplete((items, failure) -> {
				if (failure != null) {
					failed.set(true);
				}
			})
			.thenCompose(items -> {
				synchronized (read) {
					read.set(segment, items);
				}
				return lane(segments, readSegment, read, next, failed);
			});
	}

}
