package io.github.dynamoconnection.internal.operation;

import java.util.ArrayList;
import java.util.List;

import io.github.dynamoconnection.internal.call.Requests;
import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.internal.schema.KeyValues;
import io.github.dynamoconnection.internal.schema.TableName;
import io.github.dynamoconnection.internal.schema.TableNames;
import io.github.dynamoconnection.table.CreateTableSpec;
import io.github.dynamoconnection.table.TableNamesPage;
import io.github.dynamoconnection.internal.operation.TableRequests;
import io.github.dynamoconnection.table.UpdateTableSpec;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;

/**
 * Table operations described once for both connections: create, update, delete, describe, list,
 * time to live. Keeps the key schema cache in step with tables created and deleted.
 */
public final class TableSteps {

	private final ConnectionState state;

	private final SchemaSteps schemas;

	private final TableNames names;

	public TableSteps(ConnectionState state, SchemaSteps schemas) {
		this.state = state;
		this.schemas = schemas;
		this.names = state.names();
	}

	/** CreateTable; waits for ACTIVE when the spec says so. */
	public Step<TableDescription> createTable(String tableName, CreateTableSpec spec) {
		TableName table = schemas.table(Operation.CREATE_TABLE, tableName);
		CreateTableRequest request = Requests.prepare(Operation.CREATE_TABLE, table.logicalList(),
				() -> TableRequests.createTable(table, spec, state.tableDefaults()));
		state.schemas().invalidate(table);
		return Step.send(Exchanges.CREATE_TABLE, request, table).then(response -> {
			state.schemas().remember(table, response.tableDescription());
			return awaitActive(Operation.CREATE_TABLE, table, spec.waitTimeout(), response.tableDescription());
		}).map(names::logical);
	}

	/** UpdateTable; waits for ACTIVE when the spec says so. */
	public Step<TableDescription> updateTable(String tableName, UpdateTableSpec spec) {
		TableName table = schemas.table(Operation.UPDATE_TABLE, tableName);
		Step<TableDescription> current = spec.indexesToCreate().isEmpty() ? Step.done(null) : schemas.describe(table);
		return current.then(description -> {
			UpdateTableRequest request = Requests.prepare(Operation.UPDATE_TABLE, table.logicalList(),
					() -> TableRequests.updateTable(table, spec, state.tableDefaults(), description));
			return Step.send(Exchanges.UPDATE_TABLE, request, table);
		}).then(response -> {
			state.schemas().invalidate(table);
			return awaitActive(Operation.UPDATE_TABLE, table, spec.waitTimeout(), response.tableDescription());
		}).map(names::logical);
	}

	private Step<TableDescription> awaitActive(Operation operation, TableName table, java.time.Duration timeout,
			TableDescription description) {
		if (timeout == null) {
			return Step.done(description);
		}
		// What the SDK's TableExists waiter checks may be in the answer already (local engines create at once).
		Step<TableDescription> active = (description != null && description.tableStatus() == TableStatus.ACTIVE)
				? Step.done(description) : Step.awaitActive(operation, table, timeout);
		return active.map(activeTable -> {
			state.schemas().remember(table, activeTable);
			return activeTable;
		});
	}

	/** DeleteTable; forgets the cached key schema. */
	public Step<TableDescription> deleteTable(String tableName) {
		TableName table = schemas.table(Operation.DELETE_TABLE, tableName);
		state.schemas().invalidate(table);
		return Step.send(Exchanges.DELETE_TABLE, DeleteTableRequest.builder().tableName(table.physical()).build(), table)
			.recover(failure -> {
				state.schemas().invalidate(table);
				return Step.fail(failure);
			})
			.map(response -> {
				state.schemas().invalidate(table);
				return names.logical(response.tableDescription());
			});
	}

	/** DescribeTable; refreshes the cached key schema. */
	public Step<TableDescription> describeTable(String tableName) {
		return schemas.describe(schemas.table(Operation.DESCRIBE_TABLE, tableName)).map(names::logical);
	}

	/** One page of ListTables; the start name gets the table prefix, the page holds only the prefixed tables. */
	public Step<TableNamesPage> listTables(String exclusiveStartTableName, Integer limit) {
		ListTablesRequest.Builder request = ListTablesRequest.builder().limit(limit);
		if (exclusiveStartTableName != null) {
			request.exclusiveStartTableName(names.of(exclusiveStartTableName).physical());
		}
		return Step.send(Exchanges.LIST_TABLES, request.build(), List.of(), List.of()).map(this::page);
	}

	private TableNamesPage page(ListTablesResponse response) {
		List<String> tables = new ArrayList<>(response.tableNames().size());
		for (String physical : response.tableNames()) {
			if (names.owns(physical)) {
				tables.add(names.logical(physical));
			}
		}
		String last = response.lastEvaluatedTableName();
		return new TableNamesPage(tables, (last != null) ? names.logical(last) : null);
	}

	/** Every table name, following every page ({@code pageSize} names per call, {@code null} for DynamoDB's default). */
	public Step<List<String>> allTableNames(Integer pageSize) {
		return namesFrom(null, pageSize, new ArrayList<>());
	}

	private Step<List<String>> namesFrom(String start, Integer pageSize, List<String> all) {
		return listTables(start, pageSize).then(page -> {
			all.addAll(page.tableNames());
			return page.hasMorePages() ? namesFrom(page.lastEvaluatedTableName(), pageSize, all) : Step.done(List.copyOf(all));
		});
	}

	/** UpdateTimeToLive: enables or disables expiry on {@code attributeName}. */
	public Step<TimeToLiveDescription> updateTimeToLive(String tableName, String attributeName, boolean enabled) {
		TableName table = schemas.table(Operation.UPDATE_TIME_TO_LIVE, tableName);
		if (attributeName == null || attributeName.isBlank()) {
			throw KeyValues.invalid(Operation.UPDATE_TIME_TO_LIVE, table.logical(),
					"time to live attribute name must not be blank");
		}
		UpdateTimeToLiveRequest request = UpdateTimeToLiveRequest.builder().tableName(table.physical())
			.timeToLiveSpecification(s -> s.attributeName(attributeName).enabled(enabled))
			.build();
		return Step.send(Exchanges.UPDATE_TIME_TO_LIVE, request, table).map(TableSteps::timeToLive);
	}

	private static TimeToLiveDescription timeToLive(UpdateTimeToLiveResponse response) {
		var specification = response.timeToLiveSpecification();
		return TimeToLiveDescription.builder()
			.attributeName(specification.attributeName())
			.timeToLiveStatus(Boolean.TRUE.equals(specification.enabled()) ? "ENABLED" : "DISABLED")
			.build();
	}

	/** DescribeTimeToLive. */
	public Step<TimeToLiveDescription> describeTimeToLive(String tableName) {
		TableName table = schemas.table(Operation.DESCRIBE_TIME_TO_LIVE, tableName);
		return Step.send(Exchanges.DESCRIBE_TIME_TO_LIVE,
				DescribeTimeToLiveRequest.builder().tableName(table.physical()).build(), table)
			.map(DescribeTimeToLiveResponse::timeToLiveDescription);
	}

}
