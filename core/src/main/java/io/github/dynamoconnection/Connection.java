package io.github.dynamoconnection;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import io.github.dynamoconnection.batch.BatchGetResult;
import io.github.dynamoconnection.batch.BatchGetSpec;
import io.github.dynamoconnection.batch.BatchWriteResult;
import io.github.dynamoconnection.batch.BatchWriteSpec;
import io.github.dynamoconnection.expression.Update;
import io.github.dynamoconnection.internal.driver.SyncDriver;
import io.github.dynamoconnection.item.GetItemOptions;
import io.github.dynamoconnection.item.GetItemResult;
import io.github.dynamoconnection.item.Key;
import io.github.dynamoconnection.item.Page;
import io.github.dynamoconnection.item.PageIterable;
import io.github.dynamoconnection.item.QueryOptions;
import io.github.dynamoconnection.item.ScanOptions;
import io.github.dynamoconnection.item.WriteOptions;
import io.github.dynamoconnection.item.WriteResult;
import io.github.dynamoconnection.statement.StatementOptions;
import io.github.dynamoconnection.statement.StatementResult;
import io.github.dynamoconnection.stream.StreamPosition;
import io.github.dynamoconnection.stream.TableStreamReader;
import io.github.dynamoconnection.table.CreateTableSpec;
import io.github.dynamoconnection.table.TableNamesPage;
import io.github.dynamoconnection.table.UpdateTableSpec;
import io.github.dynamoconnection.transaction.TransactGetResult;
import io.github.dynamoconnection.transaction.TransactGetSpec;
import io.github.dynamoconnection.transaction.TransactWriteResult;
import io.github.dynamoconnection.transaction.TransactWriteSpec;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;

/**
 * A PynamoDB-style low-level DynamoDB connection: every table and item operation in one place,
 * plain Java values in and out, key names and types read from the table's schema on first use
 * (cached), typed options and results, complete batches, page iterators, listeners on every call,
 * one exception hierarchy.
 * <pre>{@code
 * conn.putItem("Thread", "forum", "subject", Map.of("views", 1));
 * Map<String, Object> item = conn.getItem("Thread", "forum", "subject").item();
 * }</pre>
 * <p>Thread-safe: build one and share it. Table names given to it are logical; a configured table
 * prefix is added to every name sent and removed from every name reported.
 */
public final class Connection extends BaseConnection<DynamoDbClient> {

	private final SyncDriver driver;

	/** Built by {@link ConnectionBuilder}: each call runs on the calling thread. */
	Connection(SyncDriver driver, boolean ownsClient) {
		super(driver.client(), driver.tablePrefix(), ownsClient);
		this.driver = driver;
	}

	/** Every table name (all pages), without the table prefix; with a prefix, only the tables carrying it. */
	public List<String> listTables() {
		return driver.run(ops -> ops.tables().allTableNames(null));
	}

	/** One page of table names. */
	public TableNamesPage listTables(@Nullable String exclusiveStartTableName, @Nullable Integer limit) {
		return driver.run(ops -> ops.tables().listTables(exclusiveStartTableName, limit));
	}

	/** DescribeTable (also refreshes the cached key schema). */
	public TableDescription describeTable(String tableName) {
		return driver.run(ops -> ops.tables().describeTable(tableName));
	}

	/** A reader of the table's stream from {@code from}, with a Streams client of the same endpoint. */
	public TableStreamReader streamRecords(String tableName, StreamPosition from, DynamoDbStreamsClient streams) {
		return TableStreamReader.ofTable(describeTable(tableName), from, streams);
	}

	/** CreateTable from a spec, as a lambda filling its builder or built (keys, capacity, indexes, stream, tags, wait). */
	public TableDescription createTable(String tableName, Consumer<CreateTableSpec.Builder> spec) {
		return driver.run(ops -> ops.tables().createTable(tableName, CreateTableSpec.of(spec)));
	}

	/** UpdateTable with new provisioned capacity. */
	public TableDescription updateTable(String tableName, long readCapacityUnits, long writeCapacityUnits) {
		return driver.run(ops -> ops.tables().updateTable(tableName, UpdateTableSpec.capacity(readCapacityUnits, writeCapacityUnits)));
	}

	/** UpdateTable: capacity, billing mode, GSI updates, creation and deletion, stream. */
	public TableDescription updateTable(String tableName, Consumer<UpdateTableSpec.Builder> spec) {
		return driver.run(ops -> ops.tables().updateTable(tableName, UpdateTableSpec.of(spec)));
	}

	/** DeleteTable. */
	public TableDescription deleteTable(String tableName) {
		return driver.run(ops -> ops.tables().deleteTable(tableName));
	}

	/** Enables or disables time to live on an attribute. */
	public TimeToLiveDescription updateTimeToLive(String tableName, String attributeName, boolean enabled) {
		return driver.run(ops -> ops.tables().updateTimeToLive(tableName, attributeName, enabled));
	}

	/** DescribeTimeToLive. */
	public TimeToLiveDescription describeTimeToLive(String tableName) {
		return driver.run(ops -> ops.tables().describeTimeToLive(tableName));
	}

	/** GetItem on a hash-only table. */
	public GetItemResult getItem(String tableName, Object hashKey) {
		return driver.run(ops -> ops.items().getItem(tableName, Key.of(hashKey), GetItemOptions.defaults()));
	}

	/** GetItem (PynamoDB's {@code get_item(table, hash, range)}; {@code rangeKey} null on hash-only tables). */
	public GetItemResult getItem(String tableName, Object hashKey, @Nullable Object rangeKey) {
		return driver.run(ops -> ops.items().getItem(tableName, Key.of(hashKey, rangeKey), GetItemOptions.defaults()));
	}

	/** GetItem with options (consistent read, projection, consumed capacity), as a lambda or built. */
	public GetItemResult getItem(String tableName, Key key, Consumer<GetItemOptions.Builder> options) {
		return driver.run(ops -> ops.items().getItem(tableName, key, GetItemOptions.of(options)));
	}

	/** PutItem of a whole item (key attributes inside). */
	public WriteResult putItem(String tableName, Map<String, ?> item) {
		return driver.run(ops -> ops.items().putItem(tableName, item, WriteOptions.defaults()));
	}

	/** PutItem of a whole item with options. */
	public WriteResult putItem(String tableName, Map<String, ?> item, Consumer<WriteOptions.Builder> options) {
		return driver.run(ops -> ops.items().putItem(tableName, item, WriteOptions.of(options)));
	}

	/** PutItem: the key plus other attributes (PynamoDB's {@code put_item(table, hash, range, attributes)}). */
	public WriteResult putItem(String tableName, Object hashKey, @Nullable Object rangeKey, Map<String, ?> attributes) {
		return driver.run(ops -> ops.items().putItem(tableName, Key.of(hashKey, rangeKey), attributes, WriteOptions.defaults()));
	}

	/** PutItem of the key plus other attributes with options (condition, return values...). */
	public WriteResult putItem(String tableName, Key key, Map<String, ?> attributes, Consumer<WriteOptions.Builder> options) {
		return driver.run(ops -> ops.items().putItem(tableName, key, attributes, WriteOptions.of(options)));
	}

	/** DeleteItem (PynamoDB's {@code delete_item(table, hash, range)}; {@code rangeKey} null on hash-only tables). */
	public WriteResult deleteItem(String tableName, Object hashKey, @Nullable Object rangeKey) {
		return driver.run(ops -> ops.items().deleteItem(tableName, Key.of(hashKey, rangeKey), WriteOptions.defaults()));
	}

	/** DeleteItem with options (condition, return values...). */
	public WriteResult deleteItem(String tableName, Key key, Consumer<WriteOptions.Builder> options) {
		return driver.run(ops -> ops.items().deleteItem(tableName, key, WriteOptions.of(options)));
	}

	/** UpdateItem. */
	public WriteResult updateItem(String tableName, Key key, Update update) {
		return driver.run(ops -> ops.items().updateItem(tableName, key, update, WriteOptions.defaults()));
	}

	/** UpdateItem with options (condition, return values...). */
	public WriteResult updateItem(String tableName, Key key, Update update, Consumer<WriteOptions.Builder> options) {
		return driver.run(ops -> ops.items().updateItem(tableName, key, update, WriteOptions.of(options)));
	}

	/** The first page of a Query: every item of the partition, up to 1 MB. */
	public Page query(String tableName, Object hashKey) {
		return driver.run(ops -> ops.items().query(tableName, hashKey, QueryOptions.defaults()));
	}

	/** One page of a Query; {@code hashKey} may be a {@link io.github.dynamoconnection.expression.KeyCondition} (multi-attribute keys). */
	public Page query(String tableName, Object hashKey, Consumer<QueryOptions.Builder> options) {
		return driver.run(ops -> ops.items().query(tableName, hashKey, QueryOptions.of(options)));
	}

	/** Every page of a Query, fetched lazily. */
	public PageIterable queryPages(String tableName, Object hashKey) {
		return driver.pages(ops -> ops.items().queryPages(tableName, hashKey, QueryOptions.defaults()));
	}

	/** Every page of a Query, fetched lazily. */
	public PageIterable queryPages(String tableName, Object hashKey, Consumer<QueryOptions.Builder> options) {
		return driver.pages(ops -> ops.items().queryPages(tableName, hashKey, QueryOptions.of(options)));
	}

	/** The first page of a Scan, up to 1 MB. */
	public Page scan(String tableName) {
		return driver.run(ops -> ops.items().scan(tableName, ScanOptions.defaults()));
	}

	/** One page of a Scan (limit, filter, start key... in the options). */
	public Page scan(String tableName, Consumer<ScanOptions.Builder> options) {
		return driver.run(ops -> ops.items().scan(tableName, ScanOptions.of(options)));
	}

	/** Every page of a Scan, fetched lazily. */
	public PageIterable scanPages(String tableName) {
		return driver.pages(ops -> ops.items().scanPages(tableName, ScanOptions.defaults()));
	}

	/** Every page of a Scan, fetched lazily. */
	public PageIterable scanPages(String tableName, Consumer<ScanOptions.Builder> options) {
		return driver.pages(ops -> ops.items().scanPages(tableName, ScanOptions.of(options)));
	}

	/** Scans {@code totalSegments} segments, at most the connection's batch concurrency at once; items in segment order. */
	public List<Map<String, Object>> parallelScan(String tableName, int totalSegments) {
		return driver.parallelScan(ops -> ops.items().parallelScan(tableName, totalSegments, ScanOptions.defaults()), null);
	}

	/** Parallel scan with options (filter, projection...), segments on {@code executor} ({@code null}: a pool of this call). */
	public List<Map<String, Object>> parallelScan(String tableName, int totalSegments, Consumer<ScanOptions.Builder> options,
			@Nullable Executor executor) {
		return driver.parallelScan(ops -> ops.items().parallelScan(tableName, totalSegments, ScanOptions.of(options)), executor);
	}

	/** Writes every put and delete on one table, in requests of 25, retrying unprocessed entries. */
	public BatchWriteResult batchWriteItem(String tableName, Collection<? extends Map<String, ?>> putItems,
			Collection<Key> deleteKeys) {
		return driver.run(ops -> ops.batches().write(BatchWriteSpec.of(tableName, putItems, deleteKeys)));
	}

	/** Writes every put and delete of the spec (any tables), in requests of 25, retrying unprocessed entries. */
	public BatchWriteResult batchWriteItem(Consumer<BatchWriteSpec.Builder> spec) {
		return driver.run(ops -> ops.batches().write(BatchWriteSpec.of(spec)));
	}

	/** Reads every key on one table, in requests of 100, retrying unprocessed keys. */
	public BatchGetResult batchGetItem(String tableName, Collection<Key> keys) {
		return driver.run(ops -> ops.batches().get(BatchGetSpec.of(tableName, keys, GetItemOptions.defaults())));
	}

	/** Reads every key of the spec (any tables), in requests of 100, retrying unprocessed keys. */
	public BatchGetResult batchGetItem(Consumer<BatchGetSpec.Builder> spec) {
		return driver.run(ops -> ops.batches().get(BatchGetSpec.of(spec)));
	}

	/** TransactWriteItems: condition checks, puts, updates, deletes, all or nothing. */
	public TransactWriteResult transactWriteItems(Consumer<TransactWriteSpec.Builder> spec) {
		return driver.run(ops -> ops.transactions().write(TransactWriteSpec.of(spec)));
	}

	/** TransactGetItems: a consistent snapshot of up to 100 items, in order. */
	public TransactGetResult transactGetItems(Consumer<TransactGetSpec.Builder> spec) {
		return driver.run(ops -> ops.transactions().get(TransactGetSpec.of(spec)));
	}

	/** ExecuteStatement (PartiQL), positional {@code ?} parameters in plain Java values; table names get no prefix. */
	public StatementResult executeStatement(String statement, List<?> parameters) {
		return driver.run(ops -> ops.transactions().execute(statement, parameters, StatementOptions.defaults()));
	}

	/** ExecuteStatement (PartiQL) with parameters and options. */
	public StatementResult executeStatement(String statement, List<?> parameters, Consumer<StatementOptions.Builder> options) {
		return driver.run(ops -> ops.transactions().execute(statement, parameters, StatementOptions.of(options)));
	}

	/** A view bound to one table (PynamoDB's {@code TableConnection}). */
	public TableConnection table(String tableName) {
		return new TableConnection(this, tableName);
	}

	/** Starts building a connection: its own SDK client from settings, or one you wrap. */
	public static ConnectionBuilder builder() {
		return new ConnectionBuilder();
	}

}
