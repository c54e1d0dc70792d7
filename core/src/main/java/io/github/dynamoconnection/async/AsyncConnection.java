package io.github.dynamoconnection.async;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.batch.BatchGetResult;
import io.github.dynamoconnection.batch.BatchGetSpec;
import io.github.dynamoconnection.batch.BatchRetryPolicy;
import io.github.dynamoconnection.batch.BatchWriteResult;
import io.github.dynamoconnection.batch.BatchWriteSpec;
import io.github.dynamoconnection.call.Operation;
import io.github.dynamoconnection.expression.Update;
import io.github.dynamoconnection.item.GetItemOptions;
import io.github.dynamoconnection.item.GetItemResult;
import io.github.dynamoconnection.item.Key;
import io.github.dynamoconnection.item.Page;
import io.github.dynamoconnection.item.ParallelScan;
import io.github.dynamoconnection.item.QueryOptions;
import io.github.dynamoconnection.item.ScanOptions;
import io.github.dynamoconnection.item.WriteOptions;
import io.github.dynamoconnection.item.WriteResult;
import io.github.dynamoconnection.listener.ConnectionListener;
import io.github.dynamoconnection.statement.StatementOperations;
import io.github.dynamoconnection.statement.StatementOptions;
import io.github.dynamoconnection.statement.StatementResult;
import io.github.dynamoconnection.table.CreateTableSpec;
import io.github.dynamoconnection.table.TableDefaults;
import io.github.dynamoconnection.table.TableNamesPage;
import io.github.dynamoconnection.table.UpdateTableSpec;
import io.github.dynamoconnection.transaction.TransactGetResult;
import io.github.dynamoconnection.transaction.TransactGetSpec;
import io.github.dynamoconnection.transaction.TransactWriteResult;
import io.github.dynamoconnection.transaction.TransactWriteSpec;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;

/**
 * The {@link CompletableFuture} twin of {@link Connection} over a {@link DynamoDbAsyncClient}: the
 * same operations, arguments, options, results, listeners and key schema cache, with no thread
 * blocked while DynamoDB answers.
 * <pre>{@code
 * try (AsyncConnection conn = AsyncConnection.builder().host("http://localhost:8000").build()) {
 *     conn.putItem("Thread", "forum", "subject", Map.of("views", 1))
 *         .thenCompose(written -> conn.getItem("Thread", "forum", "subject"))
 *         .thenAccept(result -> System.out.println(result.item()));
 * }
 * }</pre>
 * <p>Every method returns a new future and never throws: bad input, a missing table or a refused
 * call complete it exceptionally with the exception the sync connection throws (e.g.
 * {@code TableDoesNotExistException}, {@code ConditionalCheckFailedException},
 * {@code BatchWriteException} carrying the entries not written), unwrapped. Thread-safe: build one
 * and share it. Continuations run on the SDK's completion threads (or, after a batch backoff, on the
 * common pool); do not block in them.
 */
public final class AsyncConnection implements AutoCloseable {

	private final AsyncConnectionCore core;

	private final boolean ownsClient;

	private final AsyncTableOperations tables;

	private final AsyncItemOperations items;

	private final AsyncBatchOperations batches;

	private final AsyncTransactionOperations transactions;

	AsyncConnection(DynamoDbAsyncClient client, boolean ownsClient, String tablePrefix, TableDefaults defaults,
			BatchRetryPolicy batchRetryPolicy, List<? extends ConnectionListener> listeners) {
		this.core = new AsyncConnectionCore(client, tablePrefix, defaults, batchRetryPolicy, listeners);
		this.ownsClient = ownsClient;
		this.tables = new AsyncTableOperations(core);
		this.items = new AsyncItemOperations(core);
		this.batches = new AsyncBatchOperations(core);
		this.transactions = new AsyncTransactionOperations(core);
	}

	/** Starts building an async connection. */
	public static AsyncConnectionBuilder builder() {
		return new AsyncConnectionBuilder();
	}

	/** An async connection around an existing client, which it never closes. */
	public static AsyncConnection of(DynamoDbAsyncClient client) {
		return builder().client(client).build();
	}

	/** The underlying SDK client, for anything this API does not cover. */
	public DynamoDbAsyncClient client() {
		return core.client();
	}

	/** The table prefix, possibly empty. */
	public String tablePrefix() {
		return core.tableNames().prefix();
	}

	/** A view bound to one table, the async twin of {@code TableConnection}. */
	public AsyncTableConnection table(String tableName) {
		return new AsyncTableConnection(this, tableName);
	}

	// ---- tables

	/** Every table name (all pages), without the table prefix. */
	public CompletableFuture<List<String>> listTables() {
		return Completions.exposed(tables::listAllTables);
	}

	/** One page of table names. */
	public CompletableFuture<TableNamesPage> listTables(String exclusiveStartTableName, Integer limit) {
		return Completions.exposed(() -> tables.listTables(exclusiveStartTableName, limit));
	}

	/** DescribeTable (also refreshes the cached key schema). */
	public CompletableFuture<TableDescription> describeTable(String tableName) {
		return Completions.exposed(() -> tables.describeTable(tableName));
	}

	/** CreateTable from a spec filled in the lambda; waits for ACTIVE (without blocking) when the spec says so. */
	public CompletableFuture<TableDescription> createTable(String tableName, Consumer<CreateTableSpec> spec) {
		return Completions.exposed(() -> tables.createTable(tableName, filled(new CreateTableSpec(), spec)));
	}

	/** CreateTable from a spec. */
	public CompletableFuture<TableDescription> createTable(String tableName, CreateTableSpec spec) {
		return Completions.exposed(() -> tables.createTable(tableName, spec));
	}

	/** UpdateTable with new provisioned capacity. */
	public CompletableFuture<TableDescription> updateTable(String tableName, long readCapacityUnits, long writeCapacityUnits) {
		return updateTable(tableName, u -> u.readCapacityUnits(readCapacityUnits).writeCapacityUnits(writeCapacityUnits));
	}

	/** UpdateTable: capacity, billing mode, GSI updates, creation and deletion, stream. */
	public CompletableFuture<TableDescription> updateTable(String tableName, Consumer<UpdateTableSpec> spec) {
		return Completions.exposed(() -> tables.updateTable(tableName, filled(new UpdateTableSpec(), spec)));
	}

	/** DeleteTable. */
	public CompletableFuture<TableDescription> deleteTable(String tableName) {
		return Completions.exposed(() -> tables.deleteTable(tableName));
	}

	/** Enables or disables time to live on an attribute. */
	public CompletableFuture<TimeToLiveDescription> updateTimeToLive(String tableName, String attributeName, boolean enabled) {
		return Completions.exposed(() -> tables.updateTimeToLive(tableName, attributeName, enabled));
	}

	/** DescribeTimeToLive. */
	public CompletableFuture<TimeToLiveDescription> describeTimeToLive(String tableName) {
		return Completions.exposed(() -> tables.describeTimeToLive(tableName));
	}

	// ---- get

	/** GetItem on a hash-only table. */
	public CompletableFuture<GetItemResult> getItem(String tableName, Object hashKey) {
		return getItem(tableName, hashKey, null, GetItemOptions.defaults());
	}

	/** GetItem. */
	public CompletableFuture<GetItemResult> getItem(String tableName, Object hashKey, Object rangeKey) {
		return getItem(tableName, hashKey, rangeKey, GetItemOptions.defaults());
	}

	/** GetItem with options ({@code rangeKey} null on hash-only tables). */
	public CompletableFuture<GetItemResult> getItem(String tableName, Object hashKey, Object rangeKey, GetItemOptions options) {
		return Completions.exposed(() -> items.getItem(tableName, hashKey, rangeKey, options));
	}

	/** GetItem with options ({@code rangeKey} null on hash-only tables). */
	public CompletableFuture<GetItemResult> getItem(String tableName, Object hashKey, Object rangeKey,
			Consumer<GetItemOptions.Builder> options) {
		return withOptions(() -> filled(GetItemOptions.builder(), options).build(),
				built -> getItem(tableName, hashKey, rangeKey, built));
	}

	// ---- put

	/** PutItem of a whole item (key attributes inside). */
	public CompletableFuture<WriteResult> putItem(String tableName, Map<String, ?> item) {
		return putItem(tableName, item, WriteOptions.defaults());
	}

	/** PutItem of a whole item with options. */
	public CompletableFuture<WriteResult> putItem(String tableName, Map<String, ?> item, WriteOptions options) {
		return Completions.exposed(() -> items.putItem(tableName, null, null, item, false, options));
	}

	/** PutItem of a whole item with options. */
	public CompletableFuture<WriteResult> putItem(String tableName, Map<String, ?> item, Consumer<WriteOptions.Builder> options) {
		return withOptions(() -> filled(WriteOptions.builder(), options).build(), built -> putItem(tableName, item, built));
	}

	/** PutItem on a hash-only table: the key plus other attributes. */
	public CompletableFuture<WriteResult> putItem(String tableName, Object hashKey, Map<String, ?> attributes) {
		return putItem(tableName, hashKey, null, attributes, WriteOptions.defaults());
	}

	/** PutItem: the key plus other attributes. */
	public CompletableFuture<WriteResult> putItem(String tableName, Object hashKey, Object rangeKey, Map<String, ?> attributes) {
		return putItem(tableName, hashKey, rangeKey, attributes, WriteOptions.defaults());
	}

	/** PutItem with options. */
	public CompletableFuture<WriteResult> putItem(String tableName, Object hashKey, Object rangeKey, Map<String, ?> attributes,
			WriteOptions options) {
		return Completions.exposed(() -> items.putItem(tableName, hashKey, rangeKey, attributes, true, options));
	}

	/** PutItem with options. */
	public CompletableFuture<WriteResult> putItem(String tableName, Object hashKey, Object rangeKey, Map<String, ?> attributes,
			Consumer<WriteOptions.Builder> options) {
		return withOptions(() -> filled(WriteOptions.builder(), options).build(),
				built -> putItem(tableName, hashKey, rangeKey, attributes, built));
	}

	// ---- delete

	/** DeleteItem on a hash-only table. */
	public CompletableFuture<WriteResult> deleteItem(String tableName, Object hashKey) {
		return deleteItem(tableName, hashKey, null, WriteOptions.defaults());
	}

	/** DeleteItem. */
	public CompletableFuture<WriteResult> deleteItem(String tableName, Object hashKey, Object rangeKey) {
		return deleteItem(tableName, hashKey, rangeKey, WriteOptions.defaults());
	}

	/** DeleteItem with options. */
	public CompletableFuture<WriteResult> deleteItem(String tableName, Object hashKey, Object rangeKey, WriteOptions options) {
		return Completions.exposed(() -> items.deleteItem(tableName, hashKey, rangeKey, options));
	}

	/** DeleteItem with options. */
	public CompletableFuture<WriteResult> deleteItem(String tableName, Object hashKey, Object rangeKey,
			Consumer<WriteOptions.Builder> options) {
		return withOptions(() -> filled(WriteOptions.builder(), options).build(),
				built -> deleteItem(tableName, hashKey, rangeKey, built));
	}

	// ---- update

	/** UpdateItem on a hash-only table. */
	public CompletableFuture<WriteResult> updateItem(String tableName, Object hashKey, Update update) {
		return updateItem(tableName, hashKey, null, update, WriteOptions.defaults());
	}

	/** UpdateItem. */
	public CompletableFuture<WriteResult> updateItem(String tableName, Object hashKey, Object rangeKey, Update update) {
		return updateItem(tableName, hashKey, rangeKey, update, WriteOptions.defaults());
	}

	/** UpdateItem with options (condition, return values...). */
	public CompletableFuture<WriteResult> updateItem(String tableName, Object hashKey, Object rangeKey, Update update,
			WriteOptions options) {
		return Completions.exposed(() -> items.updateItem(tableName, hashKey, rangeKey, update, options));
	}

	/** UpdateItem with options (condition, return values...). */
	public CompletableFuture<WriteResult> updateItem(String tableName, Object hashKey, Object rangeKey, Update update,
			Consumer<WriteOptions.Builder> options) {
		return withOptions(() -> filled(WriteOptions.builder(), options).build(),
				built -> updateItem(tableName, hashKey, rangeKey, update, built));
	}

	// ---- query and scan

	/** The first page of a Query on a partition. */
	public CompletableFuture<Page> query(String tableName, Object hashKey) {
		return query(tableName, hashKey, QueryOptions.defaults());
	}

	/** One page of a Query. */
	public CompletableFuture<Page> query(String tableName, Object hashKey, QueryOptions options) {
		return Completions.exposed(() -> items.query(tableName, hashKey, options));
	}

	/** One page of a Query. */
	public CompletableFuture<Page> query(String tableName, Object hashKey, Consumer<QueryOptions.Builder> options) {
		return withOptions(() -> filled(QueryOptions.builder(), options).build(), built -> query(tableName, hashKey, built));
	}

	/** Every page of a Query, fetched on demand by each subscriber. */
	public PagePublisher queryPages(String tableName, Object hashKey) {
		return queryPages(tableName, hashKey, QueryOptions.defaults());
	}

	/** Every page of a Query, fetched on demand by each subscriber. */
	public PagePublisher queryPages(String tableName, Object hashKey, QueryOptions options) {
		return items.queryPages(tableName, hashKey, options);
	}

	/** Every page of a Query, fetched on demand by each subscriber. */
	public PagePublisher queryPages(String tableName, Object hashKey, Consumer<QueryOptions.Builder> options) {
		return queryPages(tableName, hashKey, filled(QueryOptions.builder(), options).build());
	}

	/** The first page of a Scan. */
	public CompletableFuture<Page> scan(String tableName) {
		return scan(tableName, ScanOptions.defaults());
	}

	/** One page of a Scan. */
	public CompletableFuture<Page> scan(String tableName, ScanOptions options) {
		return Completions.exposed(() -> items.scan(tableName, options));
	}

	/** One page of a Scan. */
	public CompletableFuture<Page> scan(String tableName, Consumer<ScanOptions.Builder> options) {
		return withOptions(() -> filled(ScanOptions.builder(), options).build(), built -> scan(tableName, built));
	}

	/** Every page of a Scan, fetched on demand by each subscriber. */
	public PagePublisher scanPages(String tableName) {
		return scanPages(tableName, ScanOptions.defaults());
	}

	/** Every page of a Scan, fetched on demand by each subscriber. */
	public PagePublisher scanPages(String tableName, ScanOptions options) {
		return items.scanPages(tableName, options);
	}

	/** Every page of a Scan, fetched on demand by each subscriber. */
	public PagePublisher scanPages(String tableName, Consumer<ScanOptions.Builder> options) {
		return scanPages(tableName, filled(ScanOptions.builder(), options).build());
	}

	/** Scans {@code totalSegments} segments concurrently; completes with every item in segment order. */
	public CompletableFuture<List<Map<String, Object>>> parallelScan(String tableName, int totalSegments) {
		return parallelScan(tableName, totalSegments, ScanOptions.defaults());
	}

	/** Parallel scan with options (filter, projection...), in segment order. */
	public CompletableFuture<List<Map<String, Object>>> parallelScan(String tableName, int totalSegments, ScanOptions options) {
		return Completions.exposed(() -> {
			ParallelScan.checkTotalSegments(tableName, totalSegments);
			List<CompletableFuture<List<Map<String, Object>>>> segments = new ArrayList<>(totalSegments);
			for (int segment = 0; segment < totalSegments; segment++) {
				segments.add(scanPages(tableName, options.toBuilder().segment(segment, totalSegments).build()).allItems());
			}
			return CompletableFuture.allOf(segments.toArray(new CompletableFuture<?>[0])).thenApply(done -> {
				List<Map<String, Object>> all = new ArrayList<>();
				segments.forEach(segment -> all.addAll(segment.join()));
				return all;
			});
		});
	}

	// ---- batches

	/** Writes every put and delete on one table, in requests of 25, retrying unprocessed entries. */
	public CompletableFuture<BatchWriteResult> batchWriteItem(String tableName, Collection<? extends Map<String, ?>> putItems,
			Collection<Key> deleteKeys) {
		return Completions.exposed(() -> batches.write(BatchWriteSpec.of(tableName, putItems, deleteKeys)));
	}

	/** Writes every put and delete of the spec (any tables), in requests of 25, retrying unprocessed entries. */
	public CompletableFuture<BatchWriteResult> batchWriteItem(Consumer<BatchWriteSpec> spec) {
		return Completions.exposed(() -> batches.write(filled(new BatchWriteSpec(), spec)));
	}

	/** Reads every key on one table, in requests of 100, retrying unprocessed keys. */
	public CompletableFuture<BatchGetResult> batchGetItem(String tableName, Collection<Key> keys) {
		return batchGetItem(tableName, keys, GetItemOptions.defaults());
	}

	/** Reads every key on one table with consistent read / projection / consumed capacity options. */
	public CompletableFuture<BatchGetResult> batchGetItem(String tableName, Collection<Key> keys, GetItemOptions options) {
		return Completions.exposed(() -> batches.get(BatchGetSpec.of(tableName, keys, options)));
	}

	/** Reads every key on one table with options (consistent read, projection, consumed capacity). */
	public CompletableFuture<BatchGetResult> batchGetItem(String tableName, Collection<Key> keys,
			Consumer<GetItemOptions.Builder> options) {
		return withOptions(() -> filled(GetItemOptions.builder(), options).build(),
				built -> batchGetItem(tableName, keys, built));
	}

	/** Reads every key of the spec (any tables), in requests of 100, retrying unprocessed keys. */
	public CompletableFuture<BatchGetResult> batchGetItem(Consumer<BatchGetSpec> spec) {
		return Completions.exposed(() -> batches.get(filled(new BatchGetSpec(), spec)));
	}

	// ---- transactions and PartiQL

	/** TransactWriteItems: condition checks, puts, updates, deletes, all or nothing. */
	public CompletableFuture<TransactWriteResult> transactWriteItems(Consumer<TransactWriteSpec> spec) {
		return Completions.exposed(() -> transactions.write(filled(new TransactWriteSpec(), spec)));
	}

	/** TransactGetItems: a consistent snapshot of up to 100 items, in order. */
	public CompletableFuture<TransactGetResult> transactGetItems(Consumer<TransactGetSpec> spec) {
		return Completions.exposed(() -> transactions.get(filled(new TransactGetSpec(), spec)));
	}

	/** ExecuteStatement (PartiQL) without parameters; table names in it get no prefix. */
	public CompletableFuture<StatementResult> executeStatement(String statement) {
		return executeStatement(statement, List.of(), StatementOptions.defaults());
	}

	/** ExecuteStatement (PartiQL) with positional {@code ?} parameters in plain Java values. */
	public CompletableFuture<StatementResult> executeStatement(String statement, List<?> parameters) {
		return executeStatement(statement, parameters, StatementOptions.defaults());
	}

	/** ExecuteStatement (PartiQL) with parameters and options. */
	public CompletableFuture<StatementResult> executeStatement(String statement, List<?> parameters,
			Consumer<StatementOptions.Builder> options) {
		return withOptions(() -> filled(StatementOptions.builder(), options).build(),
				built -> executeStatement(statement, parameters, built));
	}

	private CompletableFuture<StatementResult> executeStatement(String statement, List<?> parameters, StatementOptions options) {
		return Completions.exposed(() -> {
			ExecuteStatementRequest request = StatementOperations.request(statement, parameters, options);
			return core.call(Operation.EXECUTE_STATEMENT, List.of(), List.of(), () -> core.client().executeStatement(request),
					StatementOperations::capacities)
				.thenApply(response -> StatementOperations.result(response, core.tableNames()));
		});
	}

	/** Closes the client if this connection built it; a wrapped client stays open. */
	@Override
	public void close() {
		if (ownsClient) {
			core.client().close();
		}
	}

	@Override
	public String toString() {
		return "AsyncConnection[prefix='" + core.tableNames().prefix() + "', ownsClient=" + ownsClient + "]";
	}

	private static <B> B filled(B builder, Consumer<B> options) {
		options.accept(builder);
		return builder;
	}

	/** Builds options (whose builder may refuse bad values) and runs the call, failing the future rather than throwing. */
	private static <O, T> CompletableFuture<T> withOptions(Supplier<O> options, java.util.function.Function<O, CompletableFuture<T>> call) {
		return Completions.exposed(() -> call.apply(options.get()));
	}

}
