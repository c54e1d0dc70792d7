package io.github.dynamoconnection.async;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.github.dynamoconnection.batch.BatchGetResult;
import io.github.dynamoconnection.batch.BatchWriteResult;
import io.github.dynamoconnection.expression.Update;
import io.github.dynamoconnection.item.GetItemOptions;
import io.github.dynamoconnection.item.GetItemResult;
import io.github.dynamoconnection.item.Key;
import io.github.dynamoconnection.item.Page;
import io.github.dynamoconnection.item.PagePublisher;
import io.github.dynamoconnection.item.QueryOptions;
import io.github.dynamoconnection.item.ScanOptions;
import io.github.dynamoconnection.item.WriteOptions;
import io.github.dynamoconnection.item.WriteResult;
import io.github.dynamoconnection.table.CreateTableSpec;
import io.github.dynamoconnection.table.UpdateTableSpec;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;

/**
 * An {@link AsyncConnection} bound to one table, the async twin of {@code TableConnection}: the
 * same table and item operations without the table name argument, each returning a future. Cheap
 * to create, thread-safe, shares the connection's client, key schema cache and listeners.
 */
public final class AsyncTableConnection {

	private final AsyncConnection connection;

	private final String tableName;

	AsyncTableConnection(AsyncConnection connection, String tableName) {
		this.connection = connection;
		this.tableName = tableName;
	}

	/** The table name as given (without the table prefix). */
	public String tableName() {
		return tableName;
	}

	/** The connection this view belongs to. */
	public AsyncConnection connection() {
		return connection;
	}

	/** DescribeTable. */
	public CompletableFuture<TableDescription> describeTable() {
		return connection.describeTable(tableName);
	}

	/** CreateTable. */
	public CompletableFuture<TableDescription> createTable(Consumer<CreateTableSpec> spec) {
		return connection.createTable(tableName, spec);
	}

	/** UpdateTable with new provisioned capacity. */
	public CompletableFuture<TableDescription> updateTable(long readCapacityUnits, long writeCapacityUnits) {
		return connection.updateTable(tableName, readCapacityUnits, writeCapacityUnits);
	}

	/** UpdateTable. */
	public CompletableFuture<TableDescription> updateTable(Consumer<UpdateTableSpec> spec) {
		return connection.updateTable(tableName, spec);
	}

	/** DeleteTable. */
	public CompletableFuture<TableDescription> deleteTable() {
		return connection.deleteTable(tableName);
	}

	/** Enables or disables time to live. */
	public CompletableFuture<TimeToLiveDescription> updateTimeToLive(String attributeName, boolean enabled) {
		return connection.updateTimeToLive(tableName, attributeName, enabled);
	}

	/** DescribeTimeToLive. */
	public CompletableFuture<TimeToLiveDescription> describeTimeToLive() {
		return connection.describeTimeToLive(tableName);
	}

	/** GetItem on a hash-only table. */
	public CompletableFuture<GetItemResult> getItem(Object hashKey) {
		return connection.getItem(tableName, hashKey);
	}

	/** GetItem. */
	public CompletableFuture<GetItemResult> getItem(Object hashKey, Object rangeKey) {
		return connection.getItem(tableName, hashKey, rangeKey);
	}

	/** GetItem with options. */
	public CompletableFuture<GetItemResult> getItem(Object hashKey, Object rangeKey, Consumer<GetItemOptions.Builder> options) {
		return connection.getItem(tableName, hashKey, rangeKey, options);
	}

	/** PutItem of a whole item. */
	public CompletableFuture<WriteResult> putItem(Map<String, ?> item) {
		return connection.putItem(tableName, item);
	}

	/** PutItem of a whole item with options. */
	public CompletableFuture<WriteResult> putItem(Map<String, ?> item, Consumer<WriteOptions.Builder> options) {
		return connection.putItem(tableName, item, options);
	}

	/** PutItem on a hash-only table. */
	public CompletableFuture<WriteResult> putItem(Object hashKey, Map<String, ?> attributes) {
		return connection.putItem(tableName, hashKey, attributes);
	}

	/** PutItem. */
	public CompletableFuture<WriteResult> putItem(Object hashKey, Object rangeKey, Map<String, ?> attributes) {
		return connection.putItem(tableName, hashKey, rangeKey, attributes);
	}

	/** PutItem with options. */
	public CompletableFuture<WriteResult> putItem(Object hashKey, Object rangeKey, Map<String, ?> attributes,
			Consumer<WriteOptions.Builder> options) {
		return connection.putItem(tableName, hashKey, rangeKey, attributes, options);
	}

	/** DeleteItem on a hash-only table. */
	public CompletableFuture<WriteResult> deleteItem(Object hashKey) {
		return connection.deleteItem(tableName, hashKey);
	}

	/** DeleteItem. */
	public CompletableFuture<WriteResult> deleteItem(Object hashKey, Object rangeKey) {
		return connection.deleteItem(tableName, hashKey, rangeKey);
	}

	/** DeleteItem with options. */
	public CompletableFuture<WriteResult> deleteItem(Object hashKey, Object rangeKey, Consumer<WriteOptions.Builder> options) {
		return connection.deleteItem(tableName, hashKey, rangeKey, options);
	}

	/** UpdateItem on a hash-only table. */
	public CompletableFuture<WriteResult> updateItem(Object hashKey, Update update) {
		return connection.updateItem(tableName, hashKey, update);
	}

	/** UpdateItem. */
	public CompletableFuture<WriteResult> updateItem(Object hashKey, Object rangeKey, Update update) {
		return connection.updateItem(tableName, hashKey, rangeKey, update);
	}

	/** UpdateItem with options. */
	public CompletableFuture<WriteResult> updateItem(Object hashKey, Object rangeKey, Update update, Consumer<WriteOptions.Builder> options) {
		return connection.updateItem(tableName, hashKey, rangeKey, update, options);
	}

	/** The first page of a Query. */
	public CompletableFuture<Page> query(Object hashKey) {
		return connection.query(tableName, hashKey);
	}

	/** One page of a Query. */
	public CompletableFuture<Page> query(Object hashKey, Consumer<QueryOptions.Builder> options) {
		return connection.query(tableName, hashKey, options);
	}

	/** Every page of a Query, lazily. */
	public PagePublisher queryPages(Object hashKey) {
		return connection.queryPages(tableName, hashKey);
	}

	/** Every page of a Query, lazily. */
	public PagePublisher queryPages(Object hashKey, Consumer<QueryOptions.Builder> options) {
		return connection.queryPages(tableName, hashKey, options);
	}

	/** The first page of a Scan. */
	public CompletableFuture<Page> scan() {
		return connection.scan(tableName);
	}

	/** One page of a Scan. */
	public CompletableFuture<Page> scan(Consumer<ScanOptions.Builder> options) {
		return connection.scan(tableName, options);
	}

	/** Every page of a Scan, lazily. */
	public PagePublisher scanPages() {
		return connection.scanPages(tableName);
	}

	/** Every page of a Scan, lazily. */
	public PagePublisher scanPages(Consumer<ScanOptions.Builder> options) {
		return connection.scanPages(tableName, options);
	}

	/** Parallel scan, items in segment order. */
	public CompletableFuture<List<Map<String, Object>>> parallelScan(int totalSegments) {
		return connection.parallelScan(tableName, totalSegments);
	}

	/** Batch write of puts and deletes. */
	public CompletableFuture<BatchWriteResult> batchWriteItem(Collection<? extends Map<String, ?>> putItems, Collection<Key> deleteKeys) {
		return connection.batchWriteItem(tableName, putItems, deleteKeys);
	}

	/** Batch get. */
	public CompletableFuture<BatchGetResult> batchGetItem(Collection<Key> keys) {
		return connection.batchGetItem(tableName, keys);
	}

	/** Batch get with options (consistent read, projection, consumed capacity). */
	public CompletableFuture<BatchGetResult> batchGetItem(Collection<Key> keys, Consumer<GetItemOptions.Builder> options) {
		return connection.batchGetItem(tableName, keys, options);
	}

	@Override
	public String toString() {
		return "AsyncTableConnection[" + tableName + "]";
	}

}
