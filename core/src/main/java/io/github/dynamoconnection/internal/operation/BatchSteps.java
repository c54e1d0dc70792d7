package io.github.dynamoconnection.internal.operation;

import java.util.List;

import io.github.dynamoconnection.batch.BatchGetResult;
import io.github.dynamoconnection.internal.batch.BatchGetRun;
import io.github.dynamoconnection.batch.BatchGetSpec;
import io.github.dynamoconnection.batch.BatchWriteResult;
import io.github.dynamoconnection.internal.batch.BatchWriteRun;
import io.github.dynamoconnection.batch.BatchWriteSpec;
import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.exceptions.BatchWriteException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;

/**
 * BatchWriteItem and BatchGetItem described once: every table's key schema resolved, the rounds
 * ({@link BatchWriteRun}, {@link BatchGetRun}) driven as one call, a stale cached schema refreshed
 * once when nothing was applied.
 */
public final class BatchSteps {

	private final ConnectionState state;

	private final SchemaSteps schemas;

	public BatchSteps(ConnectionState state, SchemaSteps schemas) {
		this.state = state;
		this.schemas = schemas;
	}

	/** Writes every entry of {@code spec}, in requests of 25, retrying unprocessed entries. */
	public Step<BatchWriteResult> write(BatchWriteSpec spec) {
		Operation operation = Operation.BATCH_WRITE_ITEM;
		checkNotEmpty(operation, spec.entries().isEmpty());
		return schemas.retryOnStaleSchemas(operation, spec.tableNames(),
				() -> schemas.schemas(operation, spec.tableNames())
					.then(resolved -> Step.rounds(operation, Exchanges.BATCH_WRITE_ITEM,
							BatchWriteRun.prepare(spec, state.names(), state.batchRetryPolicy(), resolved))),
				failure -> failure instanceof BatchWriteException batch && batch.unprocessedCount() == spec.entries().size());
	}

	/** Reads every key of {@code spec}, in requests of 100, retrying unprocessed keys. */
	public Step<BatchGetResult> get(BatchGetSpec spec) {
		Operation operation = Operation.BATCH_GET_ITEM;
		checkNotEmpty(operation, spec.entries().isEmpty());
		return schemas.retryOnStaleSchemas(operation, spec.tableNames(),
				() -> schemas.schemas(operation, spec.tableNames())
					.then(resolved -> Step.rounds(operation, Exchanges.BATCH_GET_ITEM,
							BatchGetRun.prepare(spec, state.names(), state.batchRetryPolicy(), resolved))),
				failure -> true);
	}

	private static void checkNotEmpty(Operation operation, boolean empty) {
		if (empty) {
			throw new InvalidArgumentException(operation.awsName(), List.of(), operation.awsName() + ": the batch is empty");
		}
	}

}
