package io.github.dynamoconnection.call;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.dynamoconnection.batch.BatchRetryPolicy;
import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.exceptions.InvalidKeyException;
import io.github.dynamoconnection.exceptions.TableDoesNotExistException;
import io.github.dynamoconnection.listener.CallOutcome;
import io.github.dynamoconnection.listener.ConnectionListener;
import io.github.dynamoconnection.schema.KeySchema;
import io.github.dynamoconnection.schema.KeySchemaCache;
import io.github.dynamoconnection.schema.TableName;
import io.github.dynamoconnection.schema.TableNames;
import io.github.dynamoconnection.table.TableDefaults;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * What every operation of a {@code Connection} shares: the client, table names with their prefix,
 * the key schema cache, the listeners, the defaults; and the three steps of a call: prepare the
 * request (bad input becomes {@link InvalidArgumentException} before anything is sent), resolve the
 * key schema (retrying once on a stale cache), run the call (listeners, exception mapping).
 */
public final class ConnectionCore {

	private final DynamoDbClient client;

	private final TableNames tableNames;

	private final KeySchemaCache schemas;

	private final CallRunner runner;

	private final TableDefaults tableDefaults;

	private final BatchRetryPolicy batchRetryPolicy;

	public ConnectionCore(DynamoDbClient client, String tablePrefix, TableDefaults tableDefaults,
			BatchRetryPolicy batchRetryPolicy, List<? extends ConnectionListener> listeners) {
		this.client = client;
		this.tableNames = new TableNames(tablePrefix);
		this.runner = new CallRunner(listeners);
		this.tableDefaults = tableDefaults;
		this.batchRetryPolicy = batchRetryPolicy;
		this.schemas = new KeySchemaCache(this::describeTable);
	}

	public DynamoDbClient client() {
		return client;
	}

	public TableNames tableNames() {
		return tableNames;
	}

	public KeySchemaCache schemas() {
		return schemas;
	}

	public TableDefaults tableDefaults() {
		return tableDefaults;
	}

	public BatchRetryPolicy batchRetryPolicy() {
		return batchRetryPolicy;
	}

	public CallRunner runner() {
		return runner;
	}

	/**
	 * The table name for {@code logical}, refusing null or blank.
	 * @param operation the operation, for the message
	 * @param logical the name as the caller gave it
	 * @return the name with the prefix applied
	 */
	public TableName table(Operation operation, String logical) {
		return table(tableNames, operation, logical);
	}

	/**
	 * The name for {@code logical} under {@code names}, refusing null or blank (shared with the async connection).
	 * @param names the connection's table names
	 * @param operation the operation, for the message
	 * @param logical the name as the caller gave it
	 * @return the name with the prefix applied
	 */
	public static TableName table(TableNames names, Operation operation, String logical) {
		try {
			return names.of(logical);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException(operation.awsName(), List.of(), operation.awsName() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Builds a request, turning conversion problems into {@link InvalidArgumentException} naming the tables.
	 * @param operation the operation
	 * @param tables the tables, as the caller named them
	 * @param request builds the request
	 * @return the request
	 */
	public static <T> T prepare(Operation operation, List<String> tables, Supplier<T> request) {
		try {
			return request.get();
		}
		catch (DynamoConnectionException ex) {
			throw ex;
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidArgumentException(operation.awsName(), tables,
					ExceptionTranslator.describe(operation, tables, null, String.valueOf(ex.getMessage())), ex);
		}
	}

	/**
	 * Runs {@code call} with the table's key schema. When the schema came from the cache and the
	 * call fails in a way a stale cache explains, the schema is described again and the call runs
	 * once more: the table is gone ({@code ResourceNotFoundException}: retried if it exists again),
	 * or the key does not fit ({@link InvalidKeyException} here, or a {@code ValidationException}
	 * about the key from DynamoDB: retried only if the schema has changed).
	 */
	public <T> T withSchema(Operation operation, TableName table, Function<KeySchema, T> call) {
		KeySchema cached = schemas.cached(table);
		if (cached == null) {
			return call.apply(load(operation, table));
		}
		try {
			return call.apply(cached);
		}
		catch (DynamoConnectionException ex) {
			switch (staleness(ex)) {
				case TABLE_GONE -> {
					schemas.invalidate(table);
					KeySchema fresh;
					try {
						fresh = schemas.load(table);
					}
					catch (TableDoesNotExistException gone) {
						throw ex;
					}
					return call.apply(fresh);
				}
				case KEY_REFUSED -> {
					KeySchema fresh = changedSchema(table, cached);
					if (fresh == null) {
						throw ex;
					}
					return call.apply(fresh);
				}
				default -> throw ex;
			}
		}
	}

	/** What a single-table call's failure says about the cached key schema it used. */
	public enum Staleness {

		/** Nothing: the failure stands. */
		NONE,

		/** The table is gone: describe it again; if it exists (recreated), repeat the call. */
		TABLE_GONE,

		/** The key was refused (locally or by DynamoDB): describe again; repeat the call only if the schema changed. */
		KEY_REFUSED

	}

	/** Classifies a failure of a call made with a cached key schema (shared with the async connection). */
	public static Staleness staleness(Throwable failure) {
		if (failure instanceof InvalidKeyException) {
			return Staleness.KEY_REFUSED;
		}
		if (failure instanceof TableDoesNotExistException) {
			return Staleness.TABLE_GONE;
		}
		if (failure instanceof DynamoConnectionException ex && isKeyMismatch(ex)) {
			return Staleness.KEY_REFUSED;
		}
		return Staleness.NONE;
	}

	/**
	 * The table's key schema from the cache, or described now; a missing table is reported as
	 * {@link TableDoesNotExistException} of {@code operation}.
	 */
	public KeySchema schema(Operation operation, TableName table) {
		KeySchema cached = schemas.cached(table);
		return (cached != null) ? cached : load(operation, table);
	}

	/**
	 * Runs a multi-table call (batch, transaction) and, when it fails because a cached schema was
	 * stale (table gone, a key ValidationException, or a local key check against a schema that has
	 * since changed) and nothing was applied, forgets those schemas and runs it once more.
	 * @param operation the operation
	 * @param tableNames the tables the call touches, as the caller named them
	 * @param attempt the call
	 * @param nothingApplied whether a failure left everything unapplied (safe to repeat)
	 * @return what the call returned
	 */
	public <T> T retryOnStaleSchemas(Operation operation, Collection<String> tableNames, Supplier<T> attempt,
			Predicate<DynamoConnectionException> nothingApplied) {
		List<TableName> tables = new ArrayList<>();
		boolean cached = false;
		for (String name : new LinkedHashSet<>(tableNames)) {
			TableName table = table(operation, name);
			tables.add(table);
			cached |= schemas.cached(table) != null;
		}
		try {
			return attempt.get();
		}
		catch (InvalidKeyException ex) {
			boolean changed = false;
			for (TableName table : tables) {
				KeySchema before = schemas.cached(table);
				changed |= before != null && changedSchema(table, before) != null;
			}
			if (!changed) {
				throw ex;
			}
			return attempt.get();
		}
		catch (DynamoConnectionException ex) {
			if (!cached || !isStaleSchemaFailure(ex) || !nothingApplied.test(ex)) {
				throw ex;
			}
			tables.forEach(schemas::invalidate);
			return attempt.get();
		}
	}

	/**
	 * Describes the table again after a call was refused locally with a cached schema.
	 * @return the fresh schema if it differs from {@code cached} (the refusal may have been due to a stale
	 * cache), else {@code null}
	 */
	private KeySchema changedSchema(TableName table, KeySchema cached) {
		KeySchema fresh;
		try {
			fresh = schemas.load(table);
		}
		catch (DynamoConnectionException describeFailed) {
			return null;
		}
		return (fresh != null && !fresh.equals(cached)) ? fresh : null;
	}

	/** A failure showing a cached schema may be stale: the table is gone, or a key ValidationException. */
	public static boolean isStaleSchemaFailure(DynamoConnectionException ex) {
		return ex instanceof TableDoesNotExistException || "ResourceNotFoundException".equals(ex.errorCode())
				|| isKeyMismatch(ex);
	}

	/** A ValidationException about the key (e.g. "The provided key element does not match the schema"). */
	public static boolean isKeyMismatch(DynamoConnectionException ex) {
		Throwable cause = ex.getCause();
		String message = (cause != null) ? cause.getMessage() : ex.getMessage();
		return "ValidationException".equals(ex.errorCode()) && message != null
				&& message.toLowerCase(java.util.Locale.ROOT).contains("key");
	}

	private KeySchema load(Operation operation, TableName table) {
		try {
			return schemas.load(table);
		}
		catch (TableDoesNotExistException ex) {
			throw missingTable(operation, table, ex);
		}
	}

	/**
	 * What a caller of {@code operation} gets when resolving the key schema found no table: the
	 * DescribeTable failure itself for DescribeTable, else a {@link TableDoesNotExistException} of {@code operation}.
	 */
	public static TableDoesNotExistException missingTable(Operation operation, TableName table, TableDoesNotExistException ex) {
		if (operation == Operation.DESCRIBE_TABLE) {
			return ex;
		}
		return new TableDoesNotExistException(operation.awsName(), table.logicalList(), ex.errorCode(),
				operation.awsName() + " on table '" + table.logical() + "' failed: table '" + table.logical()
						+ "' does not exist",
				ex);
	}

	/**
	 * Runs one SDK call on one table.
	 * @param operation the operation
	 * @param table the table
	 * @param call the SDK call
	 * @param capacity reads the consumed capacity off the response (may return null)
	 * @return the response
	 */
	public <R extends DynamoDbResponse> R call(Operation operation, TableName table, Supplier<R> call,
			Function<R, ConsumedCapacity> capacity) {
		return runner.run(operation, table.logicalList(), table.physicalList(), call,
				(response, duration) -> outcome(response, duration, capacity.apply(response)));
	}

	/**
	 * Runs one SDK call on several (or no) tables.
	 * @param operation the operation
	 * @param tables the tables as the caller named them
	 * @param physicalTables the tables as sent
	 * @param call the SDK call
	 * @param capacities reads the consumed capacities off the response
	 * @return the response
	 */
	public <R extends DynamoDbResponse> R call(Operation operation, List<String> tables, List<String> physicalTables,
			Supplier<R> call, Function<R, List<ConsumedCapacity>> capacities) {
		return runner.run(operation, tables, physicalTables, call,
				(response, duration) -> new CallOutcome(response, null, duration, capacities.apply(response), 0));
	}

	/** The listeners' outcome of a successful single-table call (shared with the async connection). */
	public static CallOutcome outcome(DynamoDbResponse response, Duration duration, ConsumedCapacity capacity) {
		return new CallOutcome(response, null, duration, (capacity != null) ? List.of(capacity) : List.of(), 0);
	}

	/** Consumed capacity with the table name as the caller spells it (unchanged without a prefix). */
	public ConsumedCapacity logical(ConsumedCapacity capacity) {
		return tableNames.logical(capacity);
	}

	/** Consumed capacities with the table names as the caller spells them. */
	public List<ConsumedCapacity> logical(List<ConsumedCapacity> capacities) {
		return tableNames.logical(capacities);
	}

	/** A table description with the table name as the caller spells it. */
	public TableDescription logical(TableDescription description) {
		return tableNames.logical(description);
	}

	/** DescribeTable through the listeners; caches the key schema it reads. */
	public TableDescription describeTable(TableName table) {
		TableDescription description = call(Operation.DESCRIBE_TABLE, table,
				() -> client.describeTable(r -> r.tableName(table.physical())), response -> null).table();
		schemas.remember(table, description);
		return description;
	}

}
