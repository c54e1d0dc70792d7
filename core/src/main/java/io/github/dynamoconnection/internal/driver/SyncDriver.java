package io.github.dynamoconnection.internal.driver;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;

import io.github.dynamoconnection.internal.batch.BatchRounds;
import io.github.dynamoconnection.internal.batch.BlockingRounds;
import io.github.dynamoconnection.internal.call.CallRunner;
import io.github.dynamoconnection.internal.call.ExceptionTranslator;
import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.internal.operation.Operations;
import io.github.dynamoconnection.internal.operation.Paging;
import io.github.dynamoconnection.internal.operation.ParallelScanPlan;
import io.github.dynamoconnection.internal.operation.Step;
import io.github.dynamoconnection.item.PageIterable;
import io.github.dynamoconnection.listener.CallOutcome;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/** Runs the operations' steps on the calling thread with the sync client. */
public final class SyncDriver extends Driver<DynamoDbClient> {

	public SyncDriver(DynamoDbClient client, CallRunner runner, Operations ops) {
		super(client, runner, ops);
	}

	/** Builds the step from the operations and runs it. */
	public <T> T run(Function<Operations, Step<T>> step) {
		return run(step.apply(ops));
	}

	/** Every page, fetched lazily as iteration proceeds. */
	public PageIterable pages(Function<Operations, Paging> describe) {
		return pages(describe.apply(ops));
	}

	private PageIterable pages(Paging paging) {
		return new PageIterable(paging.firstStartKey(), startKey -> run(paging.page().apply(startKey)));
	}

	/** Every item of every segment, segments run concurrently on {@code executor} ({@code null}: threads of this call). */
	public List<Map<String, Object>> parallelScan(Function<Operations, ParallelScanPlan> plan, Executor executor) {
		return SyncParallelScan.scan(plan.apply(ops), executor, paging -> pages(paging).items().toList());
	}

	@SuppressWarnings("unchecked")
	<T> T run(Step<T> step) {
		if (step instanceof Step.Done<T> done) {
			return done.value();
		}
		if (step instanceof Step.Fail<T> fail) {
			throw fail.failure();
		}
		if (step instanceof Step.Defer<T> defer) {
			return run(defer.step().get());
		}
		if (step instanceof Step.Then<?, T> then) {
			return next(then);
		}
		if (step instanceof Step.Recover<T> recover) {
			try {
				return run(recover.body());
			}
			catch (DynamoConnectionException ex) {
				return run(recover.recover().apply(ex));
			}
		}
		if (step instanceof Step.Send<?, ?> send) {
			return (T) send(send);
		}
		if (step instanceof Step.Rounds<?, ?, T> rounds) {
			return rounds(rounds);
		}
		if (step instanceof Step.Describe describe) {
			return (T) run(describe.describe());
		}
		return (T) awaitActive((Step.AwaitActive) step);
	}

	private <A, T> T next(Step.Then<A, T> then) {
		return run(then.next().apply(run(then.first())));
	}

	private <Q, R extends software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse> R send(Step.Send<Q, R> send) {
		return runner.run(send.exchange().operation(), send.tables(), send.physicalTables(),
				() -> send.exchange().sync().apply(client, send.request()), (response, duration) -> new CallOutcome(response,
						null, duration, send.exchange().capacities().apply(response), 0));
	}

	private <Q, R, T> T rounds(Step.Rounds<Q, R, T> step) {
		BatchRounds<Q, R, T> rounds = step.rounds();
		return runner.run(step.operation(), rounds.tables(), rounds.physicalTables(),
				() -> BlockingRounds.run(rounds, request -> step.exchange().sync().apply(client, request)),
				(result, duration) -> rounds.outcome(duration));
	}

	private TableDescription awaitActive(Step.AwaitActive step) {
		try (DynamoDbWaiter waiter = DynamoDbWaiter.builder()
			.client(client)
			.overrideConfiguration(TableWaiting.waiting(step))
			.build()) {
			return TableWaiting.active(step, waiter.waitUntilTableExists(r -> r.tableName(step.table().physical())));
		}
		catch (RuntimeException ex) {
			throw ExceptionTranslator.translate(step.operation(), step.table().logicalList(), ex);
		}
	}

}
