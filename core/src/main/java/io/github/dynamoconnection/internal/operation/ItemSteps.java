package io.github.dynamoconnection.internal.operation;

import java.util.Map;

import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.expression.Update;
import io.github.dynamoconnection.item.GetItemOptions;
import io.github.dynamoconnection.item.GetItemResult;
import io.github.dynamoconnection.item.Key;
import io.github.dynamoconnection.item.Page;
import io.github.dynamoconnection.item.QueryOptions;
import io.github.dynamoconnection.item.ScanOptions;
import io.github.dynamoconnection.item.WriteOptions;
import io.github.dynamoconnection.item.WriteResult;
import io.github.dynamoconnection.internal.schema.IndexKeys;
import io.github.dynamoconnection.internal.schema.TableName;
import io.github.dynamoconnection.internal.schema.TableNames;
import org.jspecify.annotations.Nullable;

/**
 * Single-item operations and Query/Scan, described once for both connections: the request built
 * with the table's key schema, the response mapped to the result.
 */
public final class ItemSteps {

	private final SchemaSteps schemas;

	private final TableNames names;

	private final int parallelScanConcurrency;

	public ItemSteps(ConnectionState state, SchemaSteps schemas) {
		this.schemas = schemas;
		this.names = state.names();
		this.parallelScanConcurrency = state.batch().concurrency();
	}

	/** The most segments a parallel scan reads at once (the connection's batch concurrency). */
	public int parallelScanConcurrency() {
		return parallelScanConcurrency;
	}

	/** GetItem. */
	public Step<GetItemResult> getItem(String tableName, Key key, GetItemOptions options) {
		TableName table = schemas.table(Operation.GET_ITEM, tableName);
		return schemas.withSchema(Operation.GET_ITEM, table, schema -> Step
			.send(Exchanges.GET_ITEM, ItemRequests.getItemRequest(table, schema, key, options), table)
			.map(response -> ItemRequests.result(response, names)));
	}

	/** PutItem of a whole item (key attributes inside). */
	public Step<WriteResult> putItem(String tableName, Map<String, ?> item, WriteOptions options) {
		return putItem(tableName, null, item, options);
	}

	/** PutItem of the key plus other attributes ({@code key} null: the attributes hold it). */
	public Step<WriteResult> putItem(String tableName, @Nullable Key key, Map<String, ?> attributes, WriteOptions options) {
		TableName table = schemas.table(Operation.PUT_ITEM, tableName);
		return schemas.withSchema(Operation.PUT_ITEM, table, schema -> Step
			.send(Exchanges.PUT_ITEM, ItemRequests.putItemRequest(table, schema, key, attributes, options), table)
			.map(response -> ItemRequests.result(response, names)));
	}

	/** DeleteItem. */
	public Step<WriteResult> deleteItem(String tableName, Key key, WriteOptions options) {
		TableName table = schemas.table(Operation.DELETE_ITEM, tableName);
		return schemas.withSchema(Operation.DELETE_ITEM, table, schema -> Step
			.send(Exchanges.DELETE_ITEM, ItemRequests.deleteItemRequest(table, schema, key, options), table)
			.map(response -> ItemRequests.result(response, names)));
	}

	/** UpdateItem; the update and the condition share one placeholder numbering. */
	public Step<WriteResult> updateItem(String tableName, Key key, Update update, WriteOptions options) {
		TableName table = schemas.table(Operation.UPDATE_ITEM, tableName);
		ItemRequests.checkUpdate(table, update);
		return schemas.withSchema(Operation.UPDATE_ITEM, table, schema -> Step
			.send(Exchanges.UPDATE_ITEM,
					ItemRequests.updateItemRequest(table, schema, key, update, options), table)
			.map(response -> ItemRequests.result(response, names)));
	}

	/** One page of Query. */
	public Step<Page> query(String tableName, Object hashKey, QueryOptions options) {
		TableName table = schemas.table(Operation.QUERY, tableName);
		return schemas.withSchema(Operation.QUERY, table, schema -> Step
			.send(Exchanges.QUERY, ReadRequests.queryRequest(table, schema, hashKey, options), table)
			.map(response -> ReadRequests.page(response, names)));
	}

	/** Every page of Query. */
	public Paging queryPages(String tableName, Object hashKey, QueryOptions options) {
		return new Paging(options.exclusiveStartKey(),
				startKey -> query(tableName, hashKey, options.toBuilder().exclusiveStartKey(startKey).build()));
	}

	/** One page of Scan (the key schema is read only to check a scanned index). */
	public Step<Page> scan(String tableName, ScanOptions options) {
		TableName table = schemas.table(Operation.SCAN, tableName);
		if (options.indexName() != null) {
			return schemas.withSchema(Operation.SCAN, table,
					schema -> scan(table, options, ReadRequests.scanIndex(schema, options.indexName())));
		}
		return scan(table, options, null);
	}

	private Step<Page> scan(TableName table, ScanOptions options, IndexKeys index) {
		return Step.send(Exchanges.SCAN, ReadRequests.scanRequest(table, options, index), table)
			.map(response -> ReadRequests.page(response, names));
	}

	/** A parallel scan of {@code totalSegments} segments (see {@link ParallelScanPlan}). */
	public ParallelScanPlan parallelScan(String tableName, int totalSegments, ScanOptions options) {
		return ParallelScanPlan.of(this, tableName, totalSegments, options);
	}

	/** Every page of Scan. */
	public Paging scanPages(String tableName, ScanOptions options) {
		return new Paging(options.exclusiveStartKey(),
				startKey -> scan(tableName, options.toBuilder().exclusiveStartKey(startKey).build()));
	}

}
