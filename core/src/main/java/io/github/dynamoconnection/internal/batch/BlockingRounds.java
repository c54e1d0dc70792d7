package io.github.dynamoconnection.internal.batch;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Drives batch rounds for the sync connection: the calling thread reads the input one chunk at a
 * time and hands each chunk to a worker thread, holding at most {@link BatchRounds#concurrency()}
 * chunks in flight (a semaphore; the input is read only when a slot frees up); each worker sends its
 * chunk until written or given up, sleeping between retries. With a bound of 1 everything runs on
 * the calling thread. Workers come from one shared pool of daemon threads that end when idle.
 */
public final class BlockingRounds {

	private static final AtomicInteger THREADS = new AtomicInteger();

	private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "dynamo-connection-batch-" + THREADS.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	private BlockingRounds() {
	}

	/**
	 * Drives every chunk, then returns the result.
	 * @param rounds the rounds
	 * @param send sends one request (on the calling thread or a worker)
	 * @return the result
	 */
	public static <Q, R, T> T run(BatchRounds<Q, R, T> rounds, Function<Q, R> send) {
		int concurrency = rounds.concurrency();
		BatchRounds.Chunk<Q, R> chunk = rounds.nextChunk();
		if (concurrency == 1) {
			while (chunk != null) {
				drive(chunk, send);
				chunk = rounds.nextChunk();
			}
			return rounds.finish();
		}
		Semaphore slots = new Semaphore(concurrency);
		slots.acquireUninterruptibly();
		while (chunk != null) {
			BatchRounds.Chunk<Q, R> sending = chunk;
			WORKERS.execute(() -> {
				try {
					drive(sending, send);
				}
				finally {
					slots.release();
				}
			});
			slots.acquireUninterruptibly();
			chunk = rounds.nextChunk();
			if (chunk == null) {
				slots.release();
			}
		}
		slots.acquireUninterruptibly(concurrency);
		return rounds.finish();
	}

	/** Sends {@code chunk} until it is written or given up. */
	static <Q, R> void drive(BatchRounds.Chunk<Q, R> chunk, Function<Q, R> send) {
		while (true) {
			Duration delay;
			try {
				delay = chunk.accept(send.apply(chunk.request()));
			}
			catch (RuntimeException ex) {
				chunk.failed(ex);
				return;
			}
			if (delay == null) {
				return;
			}
			if (!BatchBackoff.sleep(delay)) {
				chunk.interrupted();
				return;
			}
		}
	}

}
