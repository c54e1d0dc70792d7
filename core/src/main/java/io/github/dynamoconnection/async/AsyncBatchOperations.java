package io.github.dynamoconnection.async;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.github.dynamoconnection.batch.BatchGetResult;
import io.github.dynamoconnection.batch.BatchGetRun;
import io.github.dynamoconnection.batch.BatchGetSpec;
import io.github.dynamoconnection.batch.BatchGetter;
import io.github.dynamoconnection.batch.BatchRounds;
import io.github.dynamoconnection.batch.BatchWriteResult;
import io.github.dynamoconnection.batch.BatchWriteRun;
import io.github.dynamoconnection.batch.BatchWriteSpec;
import io.github.dynamoconnection.batch.BatchWriter;
import io.github.dynamoconnection.call.Operation;

/**
 * BatchWriteItem and BatchGetItem over the async client: the same rounds as the sync connection
 * ({@link BatchWriteRun}, {@link BatchGetRun}: chunks of 25 / 100, unprocessed entries retried with
 * backoff, leftovers carried by the exception), each round sent when the previous one completed,
 * the backoff waited with {@link CompletableFuture#delayedExecutor} so no thread sleeps.
 */
final class AsyncBatchOperations {

	private final AsyncConnectionCore core;

	AsyncBatchOperations(AsyncConnectionCore core) {
		this.core = core;
	}

	CompletableFuture<BatchWriteResult> write(BatchWriteSpec spec) {
		Operation operation = Operation.BATCH_WRITE_ITEM;
		BatchWriter.checkNotEmpty(spec);
		return core.retryOnStaleSchemas(operation, spec.tableNames(),
				() -> core.schemas(operation, spec.tableNames()).thenCompose(schemas -> {
					BatchWriteRun run = BatchWriteRun.prepare(spec, core.tableNames(), core.batchRetryPolicy(), schemas);
					return core.run(operation, run.tables(), run.physicalTables(),
							() -> drive(run, core.client()::batchWriteItem), (result, duration) -> run.outcome(duration));
				}),
				ex -> BatchWriter.nothingWritten(spec, ex));
	}

	CompletableFuture<BatchGetResult> get(BatchGetSpec spec) {
		Operation operation = Operation.BATCH_GET_ITEM;
		BatchGetter.checkNotEmpty(spec);
		return core.retryOnStaleSchemas(operation, spec.tableNames(),
				() -> core.schemas(operation, spec.tableNames()).thenCompose(schemas -> {
					BatchGetRun run = BatchGetRun.prepare(spec, core.tableNames(), core.batchRetryPolicy(), schemas);
					return core.run(operation, run.tables(), run.physicalTables(),
							() -> drive(run, core.client()::batchGetItem), (result, duration) -> run.outcome(duration));
				}),
				ex -> true);
	}

	/** Sends the rounds one after the other, each after the previous completed and its backoff elapsed. */
	static <Q, R, T> CompletableFuture<T> drive(BatchRounds<Q, R, T> rounds, Function<Q, CompletableFuture<R>> send) {
		Q request = rounds.nextRequest();
		if (request == null) {
			return CompletableFuture.completedFuture(rounds.result());
		}
		return Completions.recover(Completions.supply(() -> send.apply(request)),
				failure -> CompletableFuture.failedFuture(rounds.failed(failure)))
			.thenCompose(response -> {
				Duration delay = rounds.accept(response);
				if (delay == null) {
					return drive(rounds, send);
				}
				Executor later = CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS);
				return CompletableFuture.supplyAsync(() -> rounds, later).thenCompose(same -> drive(same, send));
			});
	}

}
