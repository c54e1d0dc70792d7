package io.github.dynamoconnection.internal.driver;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.github.dynamoconnection.internal.batch.BatchRounds;

/**
 * Drives batch rounds for the async connection without blocking a thread: a window of
 * {@link BatchRounds#concurrency()} lanes, each sending one chunk (and its retries, after a delayed
 * executor) and, when the chunk is finished, reading the next one from the input. The first lane
 * starts alone, so bad input fails the call before anything is sent; the result completes when the
 * last lane ends. A stage already complete continues on the common pool, so the stack never grows.
 *
 * @param <Q> the SDK request
 * @param <R> the SDK response
 * @param <T> the batch result
 */
final class WindowedRounds<Q, R, T> {

	private final BatchRounds<Q, R, T> rounds;

	private final Function<Q, CompletableFuture<R>> send;

	private final CompletableFuture<T> result = new CompletableFuture<>();

	private final AtomicInteger lanes;

	private final AtomicReference<Throwable> broken = new AtomicReference<>();

	private WindowedRounds(BatchRounds<Q, R, T> rounds, Function<Q, CompletableFuture<R>> send) {
		this.rounds = rounds;
		this.send = send;
		this.lanes = new AtomicInteger(rounds.concurrency());
	}

	/** Sends every chunk, at most the bound in flight; the future completes with the result or the batch's exception. */
	static <Q, R, T> CompletableFuture<T> drive(BatchRounds<Q, R, T> rounds, Function<Q, CompletableFuture<R>> send) {
		BatchRounds.Chunk<Q, R> first = rounds.nextChunk();
		if (first == null) {
			return CompletableFuture.completedFuture(rounds.finish());
		}
		WindowedRounds<Q, R, T> window = new WindowedRounds<>(rounds, send);
		window.send(first);
		for (int lane = 1; lane < rounds.concurrency(); lane++) {
			window.next();
		}
		return window.result;
	}

	private void next() {
		BatchRounds.Chunk<Q, R> chunk;
		try {
			chunk = rounds.nextChunk();
		}
		catch (RuntimeException | Error ex) {
			broken.compareAndSet(null, ex);
			laneEnded();
			return;
		}
		if (chunk == null) {
			laneEnded();
			return;
		}
		send(chunk);
	}

	private void send(BatchRounds.Chunk<Q, R> chunk) {
		CompletableFuture<R> response = Completions.supply(() -> send.apply(chunk.request()));
		BiConsumer<R, Throwable> handler = (received, failure) -> received(chunk, received, failure);
		if (response.isDone()) {
			response.whenCompleteAsync(handler);
		}
		else {
			response.whenComplete(handler);
		}
	}

	private void received(BatchRounds.Chunk<Q, R> chunk, R response, Throwable failure) {
		if (failure != null) {
			chunk.failed(Completions.unwrap(failure));
			next();
			return;
		}
		Duration delay;
		try {
			delay = chunk.accept(response);
		}
		catch (RuntimeException ex) {
			chunk.failed(ex);
			next();
			return;
		}
		if (delay == null) {
			next();
			return;
		}
		CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS).execute(() -> send(chunk));
	}

	private void laneEnded() {
		if (lanes.decrementAndGet() > 0) {
			return;
		}
		Throwable failure = broken.get();
		if (failure != null) {
			result.completeExceptionally(failure);
			return;
		}
		try {
			result.complete(rounds.finish());
		}
		catch (RuntimeException ex) {
			result.completeExceptionally(ex);
		}
	}

}
