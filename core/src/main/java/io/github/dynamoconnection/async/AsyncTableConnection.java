package io.github.dynamoconnection.async;

import io.github.dynamoconnection.BaseTableConnection;
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
public final class AsyncTableConnection extends BaseTableConnection<AsyncConnection> {

	AsyncTableConnection(AsyncConnection connection, String tableName) {
		super(connection, tableName);
	}

	/** DescribeTable. */
	public CompletableFuture<TableDescription> describeTable() {
		return connection.describeTable(tableName);
	}

	/** CreateTable. */
	public CompletableFuture<TableDescription> createTable(Consumer<CreateTableSpec.Builder> spec) {
		return connection.createTable(tableName, spec);
	}

	/** UpdateTable with new provisioned capacity. */
	public CompletableFuture<TableDescription> updateTable(long readCapacityUnits, long writeCapacityUnits) {
		return connection.updateTable(tableName, readCapacityUnits, writeCapacityUnits);
	}

	/** UpdateTable. */
	public CompletableFuture<TableDescription> updateTable(Consumer<UpdateTableSpec.Builder> spec) {
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

	/** GetItem. */
	public CompletableFuture<GetItemResult> getItem(Key key) {
		return connection.getItem(tableName, key, GetItemOptions.defaults());
	}

	/** GetItem with options. */
	public CompletableFuture<GetItemResult> getItem(Key key, Consumer<GetItemOptions.Builder> options) {
		return connection.getItem(tableName, key, options);
	}

	/** PutItem of a whole item. */
	public CompletableFuture<WriteResult> putItem(Map<String, ?> item) {
		return connection.putItem(tableName, item);
	}

	/** PutItem of a whole item with options. */
	public CompletableFuture<WriteResult> putItem(Map<String, ?> item, Consumer<WriteOptions.Builder> options) {
		return connection.putItem(tableName, item, options);
	}

	/** PutItem of the key plus other attributes. */
	public CompletableFuture<WriteResult> putItem(Key key, Map<String, ?> attributes) {
		return connection.putItem(tableName, key, attributes, WriteOptions.defaults());
	}

	/** PutItem of the key plus other attributes with options. */
	public CompletableFuture<WriteResult> putItem(Key key, Map<String, ?> attributes, Consumer<WriteOptions.Builder> options) {
		return connection.putItem(tableName, key, attributes, options);
	}

	/** DeleteItem. */
	public CompletableFuture<WriteResult> deleteItem(Key key) {
		return connection.deleteItem(tableName, key, WriteOptions.defaults());
	}

	/** DeleteItem with options. */
	public CompletableFuture<WriteResult> deleteItem(Key key, Consumer<WriteOptions.Builder> options) {
		return connection.deleteItem(tableName, key, options);
	}

	/** UpdateItem. */
	public CompletableFuture<WriteResult> updateItem(Key key, Update update) {
		return connection.updateItem(tableName, key, update);
	}

	/** UpdateItem with options. */
	public CompletableFuture<WriteResult> updateItem(Key key, Update update, Consumer<WriteOptions.Builder> options) {
		return connection.updateItem(tableName, key, update, options);
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

	@Override
	public String toString() {
		return "AsyncTableConnection[" + tableName + "]";
	}

}
