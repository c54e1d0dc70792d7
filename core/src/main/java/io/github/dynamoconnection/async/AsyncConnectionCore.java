package io.github.dynamoconnection.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.dynamoconnection.batch.BatchRetryPolicy;
import io.github.dynamoconnection.call.CallRunner;
import io.github.dynamoconnection.call.ConnectionCore;
import io.github.dynamoconnection.call.Operation;
import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.exceptions.InvalidKeyException;
import io.github.dynamoconnection.exceptions.TableDoesNotExistException;
import io.github.dynamoconnection.listener.CallContext;
import io.github.dynamoconnection.listener.CallOutcome;
import io.github.dynamoconnection.listener.ConnectionListener;
import io.github.dynamoconnection.schema.KeySchema;
import io.github.dynamoconnection.schema.KeySchemaCache;
import io.github.dynamoconnection.schema.TableName;
import io.github.dynamoconnection.schema.TableNames;
import io.github.dynamoconnection.table.TableDefaults;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The async twin of {@link ConnectionCore}: the same table names, key schema cache, listeners and
 * exception mapping, with every step a {@link CompletableFuture}. Key schemas are described on first
 * use without blocking (concurrent first uses share one DescribeTable) and refreshed once when a call
 * shows the cached one is stale, following the sync connection's rules.
 */
final class AsyncConnectionCore {

	private final DynamoDbAsyncClient client;

	private final TableNames tableNames;

	private final KeySchemaCache schemas;

	private final ConcurrentMap<String, CompletableFuture<KeySchema>> loading = new ConcurrentHashMap<>();

	private final CallRunner runner;

	private final TableDefaults tableDefaults;

	private final BatchRetryPolicy batchRetryPolicy;

	AsyncConnectionCore(DynamoDbAsyncClient client, String tablePrefix, TableDefaults tableDefaults,
			BatchRetryPolicy batchRetryPolicy, List<? extends ConnectionListener> listeners) {
		this.client = client;
		this.tableNames = new TableNames(tablePrefix);
		this.runner = new CallRunner(listeners);
		this.tableDefaults = tableDefaults;
		this.batchRetryPolicy = batchRetryPolicy;
		// only cached/remember/invalidate are used here: loading goes through describeTable's future
		this.schemas = new KeySchemaCache(table -> {
			throw new IllegalStateException("the async connection describes tables asynchronously");
		});
	}

	DynamoDbAsyncClient client() {
		return client;
	}

	TableNames tableNames() {
		return tableNames;
	}

	KeySchemaCache schemas() {
		return schemas;
	}

	TableDefaults tableDefaults() {
		return tableDefaults;
	}

	BatchRetryPolicy batchRetryPolicy() {
		return batchRetryPolicy;
	}

	TableName table(Operation operation, String logical) {
		return ConnectionCore.table(tableNames, operation, logical);
	}

	/**
	 * Runs one SDK call through the listeners (before, and after with the response or the error) and
	 * the exception mapping.
	 */
	<T> CompletableFuture<T> run(Operation operation, List<String> tables, List<String> physicalTables,
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

	/** One SDK call on one table. */
	<R extends DynamoDbResponse> CompletableFuture<R> call(Operation operation, TableName table,
			Supplier<CompletableFuture<R>> call, Function<R, ConsumedCapacity> capacity) {
		return run(operation, table.logicalList(), table.physicalList(), call,
				(response, duration) -> ConnectionCore.outcome(response, duration, capacity.apply(response)));
	}

	/** One SDK call on several (or no) tables. */
	<R extends DynamoDbResponse> CompletableFuture<R> call(Operation operation, List<String> tables,
			List<String> physicalTables, Supplier<CompletableFuture<R>> call, Function<R, List<ConsumedCapacity>> capacities) {
		return run(operation, tables, physicalTables, call,
				(response, duration) -> new CallOutcome(response, null, duration, capacities.apply(response), 0));
	}

	/** DescribeTable through the listeners; caches the key schema it reads. */
	CompletableFuture<TableDescription> describeTable(TableName table) {
		return call(Operation.DESCRIBE_TABLE, table,
				() -> client.describeTable(r -> r.tableName(table.physical())), response -> null)
			.thenApply(response -> {
				schemas.remember(table, response.table());
				return response.table();
			});
	}

	/** The key schema from the cache, or described now (a missing table fails as {@code operation}'s). */
	CompletableFuture<KeySchema> schema(Operation operation, TableName table) {
		KeySchema cached = schemas.cached(table);
		return (cached != null) ? CompletableFuture.completedFuture(cached) : load(operation, table);
	}

	/** The key schemas of several tables, described concurrently where not cached. */
	CompletableFuture<Function<TableName, KeySchema>> schemas(Operation operation, Collection<String> names) {
		Map<String, CompletableFuture<KeySchema>> resolving = new LinkedHashMap<>();
		for (String name : new LinkedHashSet<>(names)) {
			TableName table = table(operation, name);
			resolving.putIfAbsent(table.physical(), schema(operation, table));
		}
		return CompletableFuture.allOf(resolving.values().toArray(new CompletableFuture<?>[0]))
			.thenApply(done -> table -> resolving.get(table.physical()).join());
	}

	private CompletableFuture<KeySchema> load(Operation operation, TableName table) {
		return Completions.recover(describe(table), failure -> CompletableFuture.failedFuture(
				(failure instanceof TableDoesNotExistException missing) ? ConnectionCore.missingTable(operation, table, missing)
						: failure));
	}

	/** Describes the table, sharing a DescribeTable already under way for it. */
	private CompletableFuture<KeySchema> describe(TableName table) {
		CompletableFuture<KeySchema> mine = new CompletableFuture<>();
		CompletableFuture<KeySchema> running = loading.putIfAbsent(table.physical(), mine);
		if (running != null) {
			return running;
		}
		describeTable(table).whenComplete((description, failure) -> {
			loading.remove(table.physical(), mine);
			if (failure != null) {
				mine.completeExceptionally(Completions.unwrap(failure));
			}
			else {
				mine.complete(schemas.cached(table));
			}
		});
		return mine;
	}

	/**
	 * Runs {@code call} with the table's key schema; when the schema came from the cache and the call
	 * shows it stale (as in {@link ConnectionCore#withSchema}), describes the table and runs it once more.
	 */
	<T> CompletableFuture<T> withSchema(Operation operation, TableName table, Function<KeySchema, CompletableFuture<T>> call) {
		KeySchema cached = schemas.cached(table);
		if (cached == null) {
			return load(operation, table).thenCompose(schema -> Completions.supply(() -> call.apply(schema)));
		}
		return Completions.recover(Completions.supply(() -> call.apply(cached)), failure -> switch (ConnectionCore.staleness(failure)) {
			case TABLE_GONE -> {
				schemas.invalidate(table);
				yield Completions.recover(describe(table), describeFailure -> CompletableFuture.failedFuture(
						(describeFailure instanceof TableDoesNotExistException) ? failure : describeFailure))
					.thenCompose(call);
			}
			case KEY_REFUSED -> Completions.recover(describe(table), describeFailure -> CompletableFuture.failedFuture(failure))
				.thenCompose(fresh -> (fresh == null || fresh.equals(cached)) ? CompletableFuture.failedFuture(failure)
						: call.apply(fresh));
			default -> CompletableFuture.failedFuture(failure);
		});
	}

	/**
	 * Runs a multi-table call (batch, transaction) and, when it fails because a cached schema was
	 * stale and nothing was applied, runs it once more, as {@link ConnectionCore#retryOnStaleSchemas}.
	 */
	<T> CompletableFuture<T> retryOnStaleSchemas(Operation operation, Collection<String> names,
			Supplier<CompletableFuture<T>> attempt, Predicate<DynamoConnectionException> nothingApplied) {
		List<TableName> tables = new ArrayList<>();
		boolean cached = false;
		for (String name : new LinkedHashSet<>(names)) {
			TableName table = table(operation, name);
			tables.add(table);
			cached |= schemas.cached(table) != null;
		}
		boolean anyCached = cached;
		return Completions.recover(Completions.supply(attempt), failure -> {
			if (failure instanceof InvalidKeyException) {
				List<CompletableFuture<Boolean>> changes = new ArrayList<>();
				for (TableName table : tables) {
					KeySchema before = schemas.cached(table);
					if (before != null) {
						changes.add(Completions.recover(describe(table).thenApply(fresh -> fresh != null && !fresh.equals(before)),
								describeFailure -> CompletableFuture.completedFuture(false)));
					}
				}
				return CompletableFuture.allOf(changes.toArray(new CompletableFuture<?>[0]))
					.thenCompose(done -> changes.stream().anyMatch(CompletableFuture::join) ? attempt.get()
							: CompletableFuture.failedFuture(failure));
			}
			if (anyCached && failure instanceof DynamoConnectionException ex && ConnectionCore.isStaleSchemaFailure(ex)
					&& nothingApplied.test(ex)) {
				tables.forEach(schemas::invalidate);
				return attempt.get();
			}
			return CompletableFuture.failedFuture(failure);
		});
	}

}
