package io.github.dynamoconnection.internal.operation;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

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
 * BatchWriteItem and BatchGetItem described once: every table's key schema resolved, the streamed rounds
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

	/**
	 * Writes every entry of {@code spec}, in requests of 25 with a bounded number in flight, retrying
	 * unprocessed entries. A stale cached key schema is refreshed and the batch sent again only when
	 * nothing was written and the entries can be read again.
	 */
	public Step<BatchWriteResult> write(BatchWriteSpec spec) {
		Operation operation = Operation.BATCH_WRITE_ITEM;
		checkNotEmpty(operation, spec.isEmpty());
		AtomicReference<BatchWriteRun> last = new AtomicReference<>();
		Supplier<Step<BatchWriteResult>> attempt = () -> schemas.schemas(operation, spec.tableNames())
			.then(resolved -> {
				BatchWriteRun run = BatchWriteRun.prepare(spec, state.names(), state.batch().retryPolicy(),
						concurrency(spec.concurrency()), resolved);
				last.set(run);
				return Step.rounds(operation, Exchanges.BATCH_WRITE_ITEM, run);
			});
		if (!spec.replayable()) {
			return Step.defer(attempt);
		}
		return schemas.retryOnStaleSchemas(operation, spec.tableNames(), attempt,
				failure -> failure instanceof BatchWriteException && last.get() != null && last.get().nothingDone());
	}

	/** Reads every key of {@code spec}, in requests of 100 with a bounded number in flight, retrying unprocessed keys. */
	public Step<BatchGetResult> get(BatchGetSpec spec) {
		Operation operation = Operation.BATCH_GET_ITEM;
		checkNotEmpty(operation, spec.entries().isEmpty());
		return schemas.retryOnStaleSchemas(operation, spec.tableNames(),
				() -> schemas.schemas(operation, spec.tableNames())
					.then(resolved -> Step.rounds(operation, Exchanges.BATCH_GET_ITEM, BatchGetRun.prepare(spec,
							state.names(), state.batch().retryPolicy(), concurrency(spec.concurrency()), resolved))),
				failure -> true);
	}

	/** The bound a call asked for, else the connection's. */
	public int concurrency(Integer requested) {
		return (requested != null) ? requested : state.batch().concurrency();
	}

	private static void checkNotEmpty(Operation operation, boolean empty) {
		if (empty) {
			throw new InvalidArgumentException(operation.awsName(), List.of(), operation.awsName() + ": the batch is empty");
		}
	}

}
