package io.github.dynamoconnection.internal.operation;

import io.github.dynamoconnection.internal.call.Operation;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;

/** Every SDK operation the connections send, written once for both clients. */
public final class Exchanges {

	public static final Exchange<GetItemRequest, GetItemResponse> GET_ITEM = Exchange.single(Operation.GET_ITEM,
			DynamoDbClient::getItem, DynamoDbAsyncClient::getItem, GetItemResponse::consumedCapacity);

	public static final Exchange<PutItemRequest, PutItemResponse> PUT_ITEM = Exchange.single(Operation.PUT_ITEM,
			DynamoDbClient::putItem, DynamoDbAsyncClient::putItem, PutItemResponse::consumedCapacity);

	public static final Exchange<DeleteItemRequest, DeleteItemResponse> DELETE_ITEM = Exchange.single(
			Operation.DELETE_ITEM, DynamoDbClient::deleteItem, DynamoDbAsyncClient::deleteItem,
			DeleteItemResponse::consumedCapacity);

	public static final Exchange<UpdateItemRequest, UpdateItemResponse> UPDATE_ITEM = Exchange.single(
			Operation.UPDATE_ITEM, DynamoDbClient::updateItem, DynamoDbAsyncClient::updateItem,
			UpdateItemResponse::consumedCapacity);

	public static final Exchange<QueryRequest, QueryResponse> QUERY = Exchange.single(Operation.QUERY,
			DynamoDbClient::query, DynamoDbAsyncClient::query, QueryResponse::consumedCapacity);

	public static final Exchange<ScanRequest, ScanResponse> SCAN = Exchange.single(Operation.SCAN,
			DynamoDbClient::scan, DynamoDbAsyncClient::scan, ScanResponse::consumedCapacity);

	public static final Exchange<BatchWriteItemRequest, BatchWriteItemResponse> BATCH_WRITE_ITEM = Exchange.plain(
			Operation.BATCH_WRITE_ITEM, DynamoDbClient::batchWriteItem, DynamoDbAsyncClient::batchWriteItem);

	public static final Exchange<BatchGetItemRequest, BatchGetItemResponse> BATCH_GET_ITEM = Exchange.plain(
			Operation.BATCH_GET_ITEM, DynamoDbClient::batchGetItem, DynamoDbAsyncClient::batchGetItem);

	public static final Exchange<TransactWriteItemsRequest, TransactWriteItemsResponse> TRANSACT_WRITE_ITEMS = new Exchange<>(
			Operation.TRANSACT_WRITE_ITEMS, DynamoDbClient::transactWriteItems, DynamoDbAsyncClient::transactWriteItems,
			TransactWriteItemsResponse::consumedCapacity);

	public static final Exchange<TransactGetItemsRequest, TransactGetItemsResponse> TRANSACT_GET_ITEMS = new Exchange<>(
			Operation.TRANSACT_GET_ITEMS, DynamoDbClient::transactGetItems, DynamoDbAsyncClient::transactGetItems,
			TransactGetItemsResponse::consumedCapacity);

	public static final Exchange<ExecuteStatementRequest, ExecuteStatementResponse> EXECUTE_STATEMENT = Exchange.single(
			Operation.EXECUTE_STATEMENT, DynamoDbClient::executeStatement, DynamoDbAsyncClient::executeStatement,
			ExecuteStatementResponse::consumedCapacity);

	public static final Exchange<CreateTableRequest, CreateTableResponse> CREATE_TABLE = Exchange.plain(
			Operation.CREATE_TABLE, DynamoDbClient::createTable, DynamoDbAsyncClient::createTable);

	public static final Exchange<UpdateTableRequest, UpdateTableResponse> UPDATE_TABLE = Exchange.plain(
			Operation.UPDATE_TABLE, DynamoDbClient::updateTable, DynamoDbAsyncClient::updateTable);

	public static final Exchange<DeleteTableRequest, DeleteTableResponse> DELETE_TABLE = Exchange.plain(
			Operation.DELETE_TABLE, DynamoDbClient::deleteTable, DynamoDbAsyncClient::deleteTable);

	public static final Exchange<DescribeTableRequest, DescribeTableResponse> DESCRIBE_TABLE = Exchange.plain(
			Operation.DESCRIBE_TABLE, DynamoDbClient::describeTable, DynamoDbAsyncClient::describeTable);

	public static final Exchange<ListTablesRequest, ListTablesResponse> LIST_TABLES = Exchange.plain(
			Operation.LIST_TABLES, DynamoDbClient::listTables, DynamoDbAsyncClient::listTables);

	public static final Exchange<UpdateTimeToLiveRequest, UpdateTimeToLiveResponse> UPDATE_TIME_TO_LIVE = Exchange.plain(
			Operation.UPDATE_TIME_TO_LIVE, DynamoDbClient::updateTimeToLive, DynamoDbAsyncClient::updateTimeToLive);

	public static final Exchange<DescribeTimeToLiveRequest, DescribeTimeToLiveResponse> DESCRIBE_TIME_TO_LIVE = Exchange.plain(
			Operation.DESCRIBE_TIME_TO_LIVE, DynamoDbClient::describeTimeToLive, DynamoDbAsyncClient::describeTimeToLive);

	private Exchanges() {
	}

}
