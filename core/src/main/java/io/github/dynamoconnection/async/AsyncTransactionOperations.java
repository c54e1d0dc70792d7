package io.github.dynamoconnection.async;

import java.util.concurrent.CompletableFuture;

import io.github.dynamoconnection.call.Operation;
import io.github.dynamoconnection.transaction.TransactGetResult;
import io.github.dynamoconnection.transaction.TransactGetSpec;
import io.github.dynamoconnection.transaction.TransactWriteResult;
import io.github.dynamoconnection.transaction.TransactWriteSpec;
import io.github.dynamoconnection.transaction.TransactionOperations;
import io.github.dynamoconnection.transaction.TransactionOperations.Prepared;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * TransactWriteItems and TransactGetItems over the async client; requests, results and the
 * cancellation reasons come from {@link TransactionOperations}, as for the sync connection.
 */
final class AsyncTransactionOperations {

	private final AsyncConnectionCore core;

	AsyncTransactionOperations(AsyncConnectionCore core) {
		this.core = core;
	}

	CompletableFuture<TransactWriteResult> write(TransactWriteSpec spec) {
		Operation operation = Operation.TRANSACT_WRITE_ITEMS;
		TransactionOperations.check(operation, spec.entries().size());
		return core.retryOnStaleSchemas(operation, spec.tableNames(),
				() -> core.schemas(operation, spec.tableNames()).thenCompose(schemas -> {
					Prepared<TransactWriteItemsRequest> prepared = TransactionOperations.writeRequest(spec, core.tableNames(), schemas);
					return core.call(operation, prepared.tables(), prepared.physicalTables(),
							() -> core.client().transactWriteItems(prepared.request()), TransactWriteItemsResponse::consumedCapacity);
				}).thenApply(response -> TransactionOperations.result(response, core.tableNames())),
				ex -> true);
	}

	CompletableFuture<TransactGetResult> get(TransactGetSpec spec) {
		Operation operation = Operation.TRANSACT_GET_ITEMS;
		TransactionOperations.check(operation, spec.entries().size());
		return core.retryOnStaleSchemas(operation, spec.tableNames(),
				() -> core.schemas(operation, spec.tableNames()).thenCompose(schemas -> {
					Prepared<TransactGetItemsRequest> prepared = TransactionOperations.getRequest(spec, core.tableNames(), schemas);
					return core.call(operation, prepared.tables(), prepared.physicalTables(),
							() -> core.client().transactGetItems(prepared.request()), TransactGetItemsResponse::consumedCapacity);
				}).thenApply(response -> TransactionOperations.result(response, core.tableNames())),
				ex -> true);
	}

}
