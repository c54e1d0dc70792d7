package io.github.dynamoconnection.batch;

import java.util.List;

import io.github.dynamoconnection.call.ConnectionCore;
import io.github.dynamoconnection.call.Operation;
import io.github.dynamoconnection.exceptions.BatchGetException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;

/**
 * BatchGetItem done fully: keys typed from each table's schema, empty batches and duplicate keys
 * refused, requests of 100 keys, {@code UnprocessedKeys} retried with backoff and jitter up to the
 * policy's bound; if keys are left, {@link BatchGetException} carries exactly them (and the items
 * read so far); the rounds are {@link BatchGetRun}. Listeners see the whole batch as one call.
 */
public final class BatchGetter {

	/** DynamoDB's limit of keys per BatchGetItem. */
	public static final int MAX_KEYS_PER_REQUEST = 100;

	private static final Operation OPERATION = Operation.BATCH_GET_ITEM;

	private final ConnectionCore core;

	public BatchGetter(ConnectionCore core) {
		this.core = core;
	}

	/** Reads every key of {@code spec}; a stale cached schema is refreshed once. */
	public BatchGetResult get(BatchGetSpec spec) {
		checkNotEmpty(spec);
		return core.retryOnStaleSchemas(OPERATION, spec.tableNames(), () -> attempt(spec), ex -> true);
	}

	/** Refuses an empty batch (shared with the async connection). */
	public static void checkNotEmpty(BatchGetSpec spec) {
		if (spec.entries().isEmpty()) {
			throw new InvalidArgumentException(OPERATION.awsName(), List.of(), "BatchGetItem: the batch is empty");
		}
	}

	private BatchGetResult attempt(BatchGetSpec spec) {
		BatchGetRun run = BatchGetRun.prepare(spec, core.tableNames(), core.batchRetryPolicy(),
				table -> core.schema(OPERATION, table));
		return core.runner().run(OPERATION, run.tables(), run.physicalTables(),
				() -> BatchRounds.runBlocking(run, core.client()::batchGetItem), (result, duration) -> run.outcome(duration));
	}

}
