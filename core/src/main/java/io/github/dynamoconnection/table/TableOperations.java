package io.github.dynamoconnection.table;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.github.dynamoconnection.call.ConnectionCore;
import io.github.dynamoconnection.call.ExceptionTranslator;
import io.github.dynamoconnection.call.Operation;
import io.github.dynamoconnection.exceptions.TableException;
import io.github.dynamoconnection.schema.TableName;
import io.github.dynamoconnection.schema.TableNames;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Table operations: create, update, delete, describe, list, time to live. Keeps the key schema
 * cache in step with tables created and deleted through the connection.
 */
public final class TableOperations {

	private static final BackoffStrategy WAITER_BACKOFF = BackoffStrategy.exponentialDelay(Duration.ofMillis(100),
			Duration.ofSeconds(5));

	private final ConnectionCore core;

	public TableOperations(ConnectionCore core) {
		this.core = core;
	}

	/** CreateTable; waits for ACTIVE when the spec says so. */
	public TableDescription createTable(String tableName, Consumer<CreateTableSpec> spec) {
		CreateTableSpec filled = new CreateTableSpec();
		spec.accept(filled);
		return createTable(tableName, filled);
	}

	/** CreateTable; waits for ACTIVE when the spec says so. */
	public TableDescription createTable(String tableName, CreateTableSpec spec) {
		TableName table = core.table(Operation.CREATE_TABLE, tableName);
		CreateTableRequest request = core.prepare(Operation.CREATE_TABLE, table.logicalList(),
				() -> TableRequests.createTable(table, spec, core.tableDefaults()));
		core.schemas().invalidate(table);
		TableDescription created = core.call(Operation.CREATE_TABLE, table, () -> core.client().createTable(request),
				response -> null).tableDescription();
		core.schemas().remember(table, created);
		if (spec.waitTimeout() != null) {
			created = waitUntilActive(Operation.CREATE_TABLE, table, spec.waitTimeout());
		}
		return core.logical(created);
	}

	/** UpdateTable with new table capacity (PynamoDB's {@code update_table(name, read, write)}). */
	public TableDescription updateTable(String tableName, long readCapacityUnits, long writeCapacityUnits) {
		return updateTable(tableName, u -> u.readCapacityUnits(readCapacityUnits).writeCapacityUnits(writeCapacityUnits));
	}

	/** UpdateTable. */
	public TableDescription updateTable(String tableName, Consumer<UpdateTableSpec> spec) {
		UpdateTableSpec filled = new UpdateTableSpec();
		spec.accept(filled);
		TableName table = core.table(Operation.UPDATE_TABLE, tableName);
		TableDescription current = filled.indexesToCreate().isEmpty() ? null : core.describeTable(table);
		UpdateTableRequest request = core.prepare(Operation.UPDATE_TABLE, table.logicalList(),
				() -> TableRequests.updateTable(table, filled, core.tableDefaults(), current));
		TableDescription updated = core.call(Operation.UPDATE_TABLE, table, () -> core.client().updateTable(request),
				response -> null).tableDescription();
		core.schemas().invalidate(table);
		if (filled.waitTimeout() != null) {
			updated = waitUntilActive(Operation.UPDATE_TABLE, table, filled.waitTimeout());
		}
		return core.logical(updated);
	}

	/** DeleteTable; forgets the cached key schema. */
	public TableDescription deleteTable(String tableName) {
		TableName table = core.table(Operation.DELETE_TABLE, tableName);
		core.schemas().invalidate(table);
		try {
			return core.logical(core.call(Operation.DELETE_TABLE, table,
					() -> core.client().deleteTable(r -> r.tableName(table.physical())), response -> null)
				.tableDescription());
		}
		finally {
			core.schemas().invalidate(table);
		}
	}

	/** DescribeTable; refreshes the cached key schema. */
	public TableDescription describeTable(String tableName) {
		return core.logical(core.describeTable(core.table(Operation.DESCRIBE_TABLE, tableName)));
	}

	/** One page of ListTables. */
	public TableNamesPage listTables(String exclusiveStartTableName, Integer limit) {
		ListTablesRequest request = listTablesRequest(core.tableNames(), exclusiveStartTableName, limit);
		ListTablesResponse response = core.call(Operation.LIST_TABLES, List.of(), List.of(),
				() -> core.client().listTables(request), r -> List.of());
		return page(response, core.tableNames());
	}

	/** The ListTables request (shared with the async connection); the start name gets the table prefix. */
	public static ListTablesRequest listTablesRequest(TableNames names, String exclusiveStartTableName, Integer limit) {
		ListTablesRequest.Builder request = ListTablesRequest.builder();
		if (exclusiveStartTableName != null) {
			request.exclusiveStartTableName(names.of(exclusiveStartTableName).physical());
		}
		if (limit != null) {
			request.limit(limit);
		}
		return request.build();
	}

	/** The page of a ListTables response: only the tables carrying the prefix, named without it. */
	public static TableNamesPage page(ListTablesResponse response, TableNames names) {
		List<String> tables = new ArrayList<>(response.tableNames().size());
		for (String physical : response.tableNames()) {
			if (names.owns(physical)) {
				tables.add(names.logical(physical));
			}
		}
		String last = response.lastEvaluatedTableName();
		return new TableNamesPage(tables, (last != null) ? names.logical(last) : null);
	}

	/** Every table name, following every page. */
	public List<String> listAllTables() {
		return tableNames(null).toList();
	}

	/** Every table name, one ListTables call per page, fetched lazily as the stream is consumed. */
	public Stream<String> tableNames(Integer pageSize) {
		return Stream.iterate(listTables(null, pageSize), Objects::nonNull,
				page -> page.hasMorePages() ? listTables(page.lastEvaluatedTableName(), pageSize) : null)
			.flatMap(page -> page.tableNames().stream());
	}

	/** UpdateTimeToLive: enables or disables expiry on {@code attributeName}. */
	public TimeToLiveDescription updateTimeToLive(String tableName, String attributeName, boolean enabled) {
		TableName table = core.table(Operation.UPDATE_TIME_TO_LIVE, tableName);
		UpdateTimeToLiveRequest request = updateTimeToLiveRequest(table, attributeName, enabled);
		return timeToLive(core.call(Operation.UPDATE_TIME_TO_LIVE, table, () -> core.client().updateTimeToLive(request),
				response -> null));
	}

	/** The UpdateTimeToLive request (shared with the async connection), refusing a blank attribute name. */
	public static UpdateTimeToLiveRequest updateTimeToLiveRequest(TableName table, String attributeName, boolean enabled) {
		if (attributeName == null || attributeName.isBlank()) {
			throw io.github.dynamoconnection.schema.KeyValues.invalid(Operation.UPDATE_TIME_TO_LIVE, table.logical(),
					"time to live attribute name must not be blank");
		}
		return UpdateTimeToLiveRequest.builder().tableName(table.physical())
			.timeToLiveSpecification(s -> s.attributeName(attributeName).enabled(enabled))
			.build();
	}

	/** The time to live an UpdateTimeToLive response reports. */
	public static TimeToLiveDescription timeToLive(UpdateTimeToLiveResponse response) {
		var specification = response.timeToLiveSpecification();
		return TimeToLiveDescription.builder()
			.attributeName(specification.attributeName())
			.timeToLiveStatus(Boolean.TRUE.equals(specification.enabled()) ? "ENABLED" : "DISABLED")
			.build();
	}

	/** DescribeTimeToLive. */
	public TimeToLiveDescription describeTimeToLive(String tableName) {
		TableName table = core.table(Operation.DESCRIBE_TIME_TO_LIVE, tableName);
		return core.call(Operation.DESCRIBE_TIME_TO_LIVE, table,
				() -> core.client().describeTimeToLive(r -> r.tableName(table.physical())), response -> null)
			.timeToLiveDescription();
	}

	/** How the table waiters (sync and async) poll: until {@code timeout}, with exponential backoff. */
	public static WaiterOverrideConfiguration waiting(Duration timeout) {
		return WaiterOverrideConfiguration.builder().waitTimeout(timeout).maxAttempts(Integer.MAX_VALUE)
			.backoffStrategyV2(WAITER_BACKOFF).build();
	}

	/** The ACTIVE table's description a waiter found, or the exception saying it did not become ACTIVE. */
	public static TableDescription active(Operation operation, TableName table, Duration timeout,
			WaiterResponse<DescribeTableResponse> response) {
		return response.matched().response().map(DescribeTableResponse::table)
			.orElseThrow(() -> new TableException(operation.awsName(), table.logicalList(), null,
					ExceptionTranslator.describe(operation, table.logicalList(), null,
							"table did not become ACTIVE within " + timeout),
					response.matched().exception().orElse(null)));
	}

	private TableDescription waitUntilActive(Operation operation, TableName table, Duration timeout) {
		try (DynamoDbWaiter waiter = DynamoDbWaiter.builder()
			.client(core.client())
			.overrideConfiguration(waiting(timeout))
			.build()) {
			TableDescription description = active(operation, table, timeout,
					waiter.waitUntilTableExists(r -> r.tableName(table.physical())));
			core.schemas().remember(table, description);
			return description;
		}
		catch (RuntimeException ex) {
			throw ExceptionTranslator.translate(operation, table.logicalList(), ex);
		}
	}

}
