package io.github.dynamoconnection.internal.driver;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.dynamoconnection.item.PagePublisher;
import io.github.dynamoconnection.internal.batch.BatchRounds;
import io.github.dynamoconnection.internal.call.CallRunner;
import io.github.dynamoconnection.internal.call.ExceptionTranslator;
import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.internal.operation.Operations;
import io.github.dynamoconnection.internal.operation.Paging;
import io.github.dynamoconnection.internal.operation.ParallelScanPlan;
import io.github.dynamoconnection.internal.operation.Step;
import io.github.dynamoconnection.listener.CallContext;
import io.github.dynamoconnection.listener.CallOutcome;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbAsyncWaiter;

/**
 * Runs operation steps by composing futures on the async client: no thread waits (batch backoffs
 * use a delayed executor), concurrent key schema look-ups of one table share one DescribeTable,
 * and the futures handed to callers fail with the connection's own exception, unwrapped.
 */
public final class AsyncDriver extends Driver<DynamoDbAsyncClient> {

	private final ConcurrentMap<String, CompletableFuture<TableDescription>> describing = new ConcurrentHashMap<>();

	public AsyncDriver(DynamoDbAsyncClient client, CallRunner runner, Operations ops) {
		super(client, runner, ops);
	}

	/** Builds the step from the operations and runs it; building or running it never throws, the future fails instead. */
	public <T> CompletableFuture<T> run(Function<Operations, Step<T>> step) {
		return exposed(() -> step.apply(ops));
	}

	/** Every page, each fetched on demand. */
	public PagePublisher pages(Function<Operations, Paging> describe) {
		return pages(describe.apply(ops));
	}

	private PagePublisher pages(Paging paging) {
		return new PagePublisher(paging.firstStartKey(), startKey -> exposed(() -> paging.page().apply(startKey)));
	}

	private <T> CompletableFuture<T> exposed(Supplier<Step<T>> step) {
		return Completions.exposed(() -> run(Step.defer(step)));
	}

	/**
	 * Every item of every segment, at most the plan's concurrency of segments read at once (each
	 * started on {@code executor} when given), merged in segment order.
	 */
	public CompletableFuture<List<Map<String, Object>>> parallelScan(Function<Operations, ParallelScanPlan> plan,
			Executor executor) {
		return Completions.exposed(() -> AsyncParallelScan.scan(plan.apply(ops), segment -> (executor == null)
				? pages(segment).allItems()
				: CompletableFuture.supplyAsync(() -> pages(segment), executor).thenCompose(PagePublisher::allItems)));
	}

	@SuppressWarnings("unchecked")
	<T> CompletableFuture<T> run(Step<T> step) {
		if (step instanceof Step.Done<T> done) {
			return CompletableFuture.completedFuture(done.value());
		}
		if (step instanceof Step.Fail<T> fail) {
			return CompletableFuture.failedFuture(fail.failure());
		}
		if (step instanceof Step.Defer<T> defer) {
			return Completions.supply(() -> run(defer.step().get()));
		}
		if (step instanceof Step.Then<?, T> then) {
			return next(then);
		}
		if (step instanceof Step.Recover<T> recover) {
			return Completions.recover(run(recover.body()), failure -> (failure instanceof DynamoConnectionException ex)
					? run(Step.defer(() -> recover.recover().apply(ex))) : CompletableFuture.failedFuture(failure));
		}
		if (step instanceof Step.Send<?, ?> send) {
			return (CompletableFuture<T>) send(send);
		}
		if (step instanceof Step.Rounds<?, ?, T> rounds) {
			return rounds(rounds);
		}
		if (step instanceof Step.Describe describe) {
			return (CompletableFuture<T>) describe(describe);
		}
		return (CompletableFuture<T>) awaitActive((Step.AwaitActive) step);
	}

	private <A, T> CompletableFuture<T> next(Step.Then<A, T> then) {
		return run(then.first()).thenCompose(value -> run(Step.defer(() -> then.next().apply(value))));
	}

	private <Q, R extends DynamoDbResponse> CompletableFuture<R> send(Step.Send<Q, R> send) {
		return listened(send.exchange().operation(), send.tables(), send.physicalTables(),
				() -> send.exchange().async().apply(client, send.request()), (response, duration) -> new CallOutcome(response,
						null, duration, send.exchange().capacities().apply(response), 0));
	}

	private <Q, R, T> CompletableFuture<T> rounds(Step.Rounds<Q, R, T> step) {
		BatchRounds<Q, R, T> rounds = step.rounds();
		return listened(step.operation(), rounds.tables(), rounds.physicalTables(),
				() -> WindowedRounds.drive(rounds, request -> step.exchange().async().apply(client, request)),
				(result, duration) -> rounds.outcome(duration));
	}

	/** Runs one call through the listeners (before, and after with the result or the error) and the exception mapping. */
	private <T> CompletableFuture<T> listened(Operation operation, List<String> tables, List<String> physicalTables,
			Supplier<CompletableFuture<T>> body, BiFunction<T, Duration, CallOutcome> outcome) {
		CallContext context = runner.start(operation, physicalTables);
		CompletableFuture<T> done = new CompletableFuture<>();
		Completions.supply(body).whenComplete((result, failure) -> {
			if (failure != null) {
				done.completeExceptionally(runner.failed(context, operation, tables, Completions.unwrap(failure)));
				return;
			}
			runner.succeeded(context, result, outcome);
			done.complete(result);
		});
		return done;
	}

	/** Describes the table, sharing a DescribeTable already under way for it. */
	private CompletableFuture<TableDescription> describe(Step.Describe step) {
		String key = step.table().physical();
		CompletableFuture<TableDescription> mine = new CompletableFuture<>();
		CompletableFuture<TableDescription> running = describing.putIfAbsent(key, mine);
		if (running != null) {
			return running;
		}
		run(step.describe()).whenComplete((description, failure) -> {
			describing.remove(key, mine);
			if (failure != null) {
				mine.completeExceptionally(Completions.unwrap(failure));
			}
			else {
				mine.complete(description);
			}
		});
		return mine;
	}

	private CompletableFuture<TableDescription> awaitActive(Step.AwaitActive step) {
		DynamoDbAsyncWaiter waiter = DynamoDbAsyncWaiter.builder()
			.client(client)
			.overrideConfiguration(TableWaiting.waiting(step))
			.build();
		return Completions.recover(
				Completions.supply(() -> waiter.waitUntilTableExists(r -> r.tableName(step.table().physical())))
					.thenApply(response -> TableWaiting.active(step, response)),
				failure -> CompletableFuture.failedFuture(
						ExceptionTranslator.translate(step.operation(), step.table().logicalList(), failure)))
			.whenComplete((description, failure) -> waiter.close());
	}

}
