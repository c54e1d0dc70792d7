package io.github.dynamoconnection.async;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.dynamoconnection.call.Operation;
import io.github.dynamoconnection.expression.Update;
import io.github.dynamoconnection.item.GetItemOptions;
import io.github.dynamoconnection.item.GetItemResult;
import io.github.dynamoconnection.item.ItemOperations;
import io.github.dynamoconnection.item.Page;
import io.github.dynamoconnection.item.QueryOptions;
import io.github.dynamoconnection.item.ScanOptions;
import io.github.dynamoconnection.item.WriteOptions;
import io.github.dynamoconnection.item.WriteResult;
import io.github.dynamoconnection.schema.IndexKeys;
import io.github.dynamoconnection.schema.TableName;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Single-item operations and Query/Scan over the async client; requests and results are built by
 * {@link ItemOperations}, the same code the sync connection uses.
 */
final class AsyncItemOperations {

	private final AsyncConnectionCore core;

	AsyncItemOperations(AsyncConnectionCore core) {
		this.core = core;
	}

	CompletableFuture<GetItemResult> getItem(String tableName, Object hashKey, Object rangeKey, GetItemOptions options) {
		Operation operation = Operation.GET_ITEM;
		TableName table = core.table(operation, tableName);
		return core.withSchema(operation, table, schema -> {
			GetItemRequest request = ItemOperations.getItemRequest(table, schema, hashKey, rangeKey, options);
			return core.call(operation, table, () -> core.client().getItem(request), GetItemResponse::consumedCapacity)
				.thenApply(response -> ItemOperations.result(response, core.tableNames()));
		});
	}

	CompletableFuture<WriteResult> putItem(String tableName, Object hashKey, Object rangeKey, Map<String, ?> attributes,
			boolean keysGiven, WriteOptions options) {
		Operation operation = Operation.PUT_ITEM;
		TableName table = core.table(operation, tableName);
		return core.withSchema(operation, table, schema -> {
			PutItemRequest request = ItemOperations.putItemRequest(table, schema, hashKey, rangeKey, attributes, keysGiven, options);
			return core.call(operation, table, () -> core.client().putItem(request), PutItemResponse::consumedCapacity)
				.thenApply(response -> ItemOperations.result(response, core.tableNames()));
		});
	}

	CompletableFuture<WriteResult> deleteItem(String tableName, Object hashKey, Object rangeKey, WriteOptions options) {
		Operation operation = Operation.DELETE_ITEM;
		TableName table = core.table(operation, tableName);
		return core.withSchema(operation, table, schema -> {
			DeleteItemRequest request = ItemOperations.deleteItemRequest(table, schema, hashKey, rangeKey, options);
			return core.call(operation, table, () -> core.client().deleteItem(request), DeleteItemResponse::consumedCapacity)
				.thenApply(response -> ItemOperations.result(response, core.tableNames()));
		});
	}

	CompletableFuture<WriteResult> updateItem(String tableName, Object hashKey, Object rangeKey, Update update,
			WriteOptions options) {
		Operation operation = Operation.UPDATE_ITEM;
		TableName table = core.table(operation, tableName);
		ItemOperations.checkUpdate(table, update);
		return core.withSchema(operation, table, schema -> {
			UpdateItemRequest request = ItemOperations.updateItemRequest(table, schema, hashKey, rangeKey, update, options);
			return core.call(operation, table, () -> core.client().updateItem(request), UpdateItemResponse::consumedCapacity)
				.thenApply(response -> ItemOperations.result(response, core.tableNames()));
		});
	}

	CompletableFuture<Page> query(String tableName, Object hashKey, QueryOptions options) {
		Operation operation = Operation.QUERY;
		TableName table = core.table(operation, tableName);
		return core.withSchema(operation, table, schema -> {
			QueryRequest request = ItemOperations.queryRequest(table, schema, hashKey, options);
			return core.call(operation, table, () -> core.client().query(request), QueryResponse::consumedCapacity)
				.thenApply(response -> ItemOperations.page(response, core.tableNames()));
		});
	}

	PagePublisher queryPages(String tableName, Object hashKey, QueryOptions options) {
		return new PagePublisher(options.exclusiveStartKey(), startKey -> Completions.exposed(
				() -> query(tableName, hashKey, options.toBuilder().exclusiveStartKey(startKey).build())));
	}

	CompletableFuture<Page> scan(String tableName, ScanOptions options) {
		Operation operation = Operation.SCAN;
		TableName table = core.table(operation, tableName);
		if (options.indexName() != null) {
			return core.withSchema(operation, table,
					schema -> scan(table, options, ItemOperations.scanIndex(schema, options.indexName())));
		}
		return scan(table, options, null);
	}

	private CompletableFuture<Page> scan(TableName table, ScanOptions options, IndexKeys index) {
		ScanRequest request = ItemOperations.scanRequest(table, options, index);
		return core.call(Operation.SCAN, table, () -> core.client().scan(request), ScanResponse::consumedCapacity)
			.thenApply(response -> ItemOperations.page(response, core.tableNames()));
	}

	PagePublisher scanPages(String tableName, ScanOptions options) {
		return new PagePublisher(options.exclusiveStartKey(), startKey -> Completions.exposed(
				() -> scan(tableName, options.toBuilder().exclusiveStartKey(startKey).build())));
	}

}
