package io.github.dynamoconnection.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.dynamoconnection.call.ConnectionCore;
import io.github.dynamoconnection.call.ExceptionTranslator;
import io.github.dynamoconnection.call.Operation;
import io.github.dynamoconnection.schema.TableName;
import io.github.dynamoconnection.table.CreateTableSpec;
import io.github.dynamoconnection.table.TableNamesPage;
import io.github.dynamoconnection.table.TableOperations;
import io.github.dynamoconnection.table.TableRequests;
import io.github.dynamoconnection.table.UpdateTableSpec;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbAsyncWaiter;

/**
 * Table operations over the async client, with requests and results from {@link TableRequests} and
 * {@link TableOperations} (shared with the sync connection); waiting for ACTIVE uses the SDK's
 * async waiter. Keeps the key schema cache in step with tables created and deleted.
 */
final class AsyncTableOperations {

	private final AsyncConnectionCore core;

	AsyncTableOperations(AsyncConnectionCore core) {
		this.core = core;
	}

	CompletableFuture<TableDescription> createTable(String tableName, CreateTableSpec spec) {
		TableName table = core.table(Operation.CREATE_TABLE, tableName);
		CreateTableRequest request = ConnectionCore.prepare(Operation.CREATE_TABLE, table.logicalList(),
				() -> TableRequests.createTable(table, spec, core.tableDefaults()));
		core.schemas().invalidate(table);
		return core.call(Operation.CREATE_TABLE, table, () -> core.client().createTable(request), response -> null)
			.thenCompose(response -> {
				core.schemas().remember(table, response.tableDescription());
				return (spec.waitTimeout() != null) ? waitUntilActive(Operation.CREATE_TABLE, table, spec.waitTimeout())
						: CompletableFuture.completedFuture(response.tableDescription());
			})
			.thenApply(core.tableNames()::logical);
	}

	CompletableFuture<TableDescription> updateTable(String tableName, UpdateTableSpec spec) {
		TableName table = core.table(Operation.UPDATE_TABLE, tableName);
		CompletableFuture<TableDescription> current = spec.indexesToCreate().isEmpty() ? CompletableFuture.completedFuture(null)
				: core.describeTable(table);
		return current.thenCompose(description -> {
			UpdateTableRequest request = ConnectionCore.prepare(Operation.UPDATE_TABLE, table.logicalList(),
					() -> TableRequests.updateTable(table, spec, core.tableDefaults(), description));
			return core.call(Operation.UPDATE_TABLE, table, () -> core.client().updateTable(request), response -> null);
		}).thenCompose(response -> {
			core.schemas().invalidate(table);
			return (spec.waitTimeout() != null) ? waitUntilActive(Operation.UPDATE_TABLE, table, spec.waitTimeout())
					: CompletableFuture.completedFuture(response.tableDescription());
		}).thenApply(core.tableNames()::logical);
	}

	CompletableFuture<TableDescription> deleteTable(String tableName) {
		TableName table = core.table(Operation.DELETE_TABLE, tableName);
		core.schemas().invalidate(table);
		return core.call(Operation.DELETE_TABLE, table, () -> core.client().deleteTable(r -> r.tableName(table.physical())),
				response -> null)
			.whenComplete((response, failure) -> core.schemas().invalidate(table))
			.thenApply(response -> core.tableNames().logical(response.tableDescription()));
	}

	CompletableFuture<TableDescription> describeTable(String tableName) {
		return core.describeTable(core.table(Operation.DESCRIBE_TABLE, tableName)).thenApply(core.tableNames()::logical);
	}

	CompletableFuture<TableNamesPage> listTables(String exclusiveStartTableName, Integer limit) {
		ListTablesRequest request = TableOperations.listTablesRequest(core.tableNames(), exclusiveStartTableName, limit);
		return core.call(Operation.LIST_TABLES, List.of(), List.of(), () -> core.client().listTables(request),
				response -> List.of())
			.thenApply(response -> TableOperations.page(response, core.tableNames()));
	}

	CompletableFuture<List<String>> listAllTables() {
		return listFrom(null, new ArrayList<>());
	}

	private CompletableFuture<List<String>> listFrom(String start, List<String> all) {
		return listTables(start, null).thenCompose(page -> {
			all.addAll(page.tableNames());
			return (page.lastEvaluatedTableName() != null) ? listFrom(page.lastEvaluatedTableName(), all)
					: CompletableFuture.completedFuture(List.copyOf(all));
		});
	}

	CompletableFuture<TimeToLiveDescription> updateTimeToLive(String tableName, String attributeName, boolean enabled) {
		TableName table = core.table(Operation.UPDATE_TIME_TO_LIVE, tableName);
		UpdateTimeToLiveRequest request = TableOperations.updateTimeToLiveRequest(table, attributeName, enabled);
		return core.call(Operation.UPDATE_TIME_TO_LIVE, table, () -> core.client().updateTimeToLive(request), response -> null)
			.thenApply(TableOperations::timeToLive);
	}

	CompletableFuture<TimeToLiveDescription> describeTimeToLive(String tableName) {
		TableName table = core.table(Operation.DESCRIBE_TIME_TO_LIVE, tableName);
		return core.call(Operation.DESCRIBE_TIME_TO_LIVE, table,
				() -> core.client().describeTimeToLive(r -> r.tableName(table.physical())), response -> null)
			.thenApply(response -> response.timeToLiveDescription());
	}

	private CompletableFuture<TableDescription> waitUntilActive(Operation operation, TableName table, Duration timeout) {
		DynamoDbAsyncWaiter waiter = DynamoDbAsyncWaiter.builder()
			.client(core.client())
			.overrideConfiguration(TableOperations.waiting(timeout))
			.build();
		return Completions.recover(
				Completions.supply(() -> waiter.waitUntilTableExists(r -> r.tableName(table.physical())))
					.thenApply(response -> TableOperations.active(operation, table, timeout, response)),
				failure -> CompletableFuture.failedFuture(ExceptionTranslator.translate(operation, table.logicalList(), failure)))
			.whenComplete((description, failure) -> {
				waiter.close();
				if (description != null) {
					core.schemas().remember(table, description);
				}
			});
	}

}
