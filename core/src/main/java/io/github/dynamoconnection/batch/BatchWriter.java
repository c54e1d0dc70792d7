package io.github.dynamoconnection.batch;

import java.util.List;

import io.github.dynamoconnection.call.ConnectionCore;
import io.github.dynamoconnection.call.Operation;
import io.github.dynamoconnection.exceptions.BatchWriteException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;

/**
 * BatchWriteItem done fully: checks every entry against its table's key schema, refuses empty
 * batches and duplicate keys, sends requests of 25, retries {@code UnprocessedItems} with backoff
 * and jitter up to the policy's bound, and if anything is left throws {@link BatchWriteException}
 * carrying exactly the entries not written (the rounds are {@link BatchWriteRun}). Listeners see
 * the whole batch as one call.
 */
public final class BatchWriter {

	/** DynamoDB's limit of write requests per BatchWriteItem. */
	public static final int MAX_ENTRIES_PER_REQUEST = 25;

	private static final Operation OPERATION = Operation.BATCH_WRITE_ITEM;

	private final ConnectionCore core;

	public BatchWriter(ConnectionCore core) {
		this.core = core;
	}

	/** Writes every entry of {@code spec}; a stale cached schema is refreshed once if nothing was written. */
	public BatchWriteResult write(BatchWriteSpec spec) {
		checkNotEmpty(spec);
		return core.retryOnStaleSchemas(OPERATION, spec.tableNames(), () -> attempt(spec), ex -> nothingWritten(spec, ex));
	}

	/** Refuses an empty batch (shared with the async connection). */
	public static void checkNotEmpty(BatchWriteSpec spec) {
		if (spec.entries().isEmpty()) {
			throw new InvalidArgumentException(OPERATION.awsName(), List.of(), "BatchWriteItem: the batch is empty");
		}
	}

	/** Whether a failed batch wrote nothing, so it may be sent again with fresh schemas. */
	public static boolean nothingWritten(BatchWriteSpec spec, Exception failure) {
		return failure instanceof BatchWriteException batch && batch.unprocessedCount() == spec.entries().size();
	}

	private BatchWriteResult attempt(BatchWriteSpec spec) {
		BatchWriteRun run = BatchWriteRun.prepare(spec, core.tableNames(), core.batchRetryPolicy(),
				table -> core.schema(OPERATION, table));
		return core.runner().run(OPERATION, run.tables(), run.physicalTables(),
				() -> BatchRounds.runBlocking(run, core.client()::batchWriteItem), (result, duration) -> run.outcome(duration));
	}

}
