package io.github.dynamoconnection.internal.operation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.exceptions.InvalidKeyException;
import io.github.dynamoconnection.exceptions.TableDoesNotExistException;
import io.github.dynamoconnection.internal.schema.KeySchema;
import io.github.dynamoconnection.internal.schema.TableName;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The key schema step machine both drivers run: a schema comes from the cache or from
 * DescribeTable; a call made with a cached schema that fails in a way a stale cache explains is
 * described again and run once more. Single-table calls retry when the table is gone but exists
 * again, or when the key was refused (locally or by DynamoDB) and the schema has changed;
 * multi-table calls (batches, transactions) retry when nothing was applied.
 */
public final class SchemaSteps {

	private final ConnectionState state;

	public SchemaSteps(ConnectionState state) {
		this.state = state;
	}

	/** The table name for {@code logical} under this connection's prefix, refusing null or blank. */
	public TableName table(Operation operation, String logical) {
		return state.names().of(operation, logical);
	}

	/** DescribeTable through the listeners; caches the key schema it reads. */
	public Step<TableDescription> describe(TableName table) {
		Step<TableDescription> describe = Step.send(Exchanges.DESCRIBE_TABLE,
				DescribeTableRequest.builder().tableName(table.physical()).build(), table)
			.map(response -> {
				state.schemas().remember(table, response.table());
				return response.table();
			});
		return Step.describe(table, describe);
	}

	/** The key schema, described now (a missing table fails as {@code operation}'s). */
	private Step<KeySchema> load(Operation operation, TableName table) {
		return fresh(table).recover(failure -> Step.fail((failure instanceof TableDoesNotExistException missing)
				? missingTable(operation, table, missing) : failure));
	}

	/** Describes the table and gives the schema now cached. */
	private Step<KeySchema> fresh(TableName table) {
		return describe(table).map(description -> state.schemas().cached(table));
	}

	/** The key schema, from the cache or described now. */
	public Step<KeySchema> schema(Operation operation, TableName table) {
		KeySchema cached = state.schemas().cached(table);
		return (cached != null) ? Step.done(cached) : load(operation, table);
	}

	/** The key schemas of several tables (by physical name), each from the cache or described. */
	public Step<Function<TableName, KeySchema>> schemas(Operation operation, Collection<String> names) {
		Map<String, KeySchema> resolved = new LinkedHashMap<>();
		Step<Void> all = Step.done(null);
		for (String name : new LinkedHashSet<>(names)) {
			TableName table = table(operation, name);
			all = all.then(ignored -> schema(operation, table).map(schema -> {
				resolved.put(table.physical(), schema);
				return null;
			}));
		}
		return all.map(done -> table -> resolved.get(table.physical()));
	}

	/**
	 * {@code call} with the table's key schema, retried once with a fresh schema when the cached one
	 * proves stale.
	 */
	public <T> Step<T> withSchema(Operation operation, TableName table, Function<KeySchema, Step<T>> call) {
		KeySchema cached = state.schemas().cached(table);
		if (cached == null) {
			return load(operation, table).then(call);
		}
		return Step.defer(() -> call.apply(cached)).recover(failure -> switch (staleness(failure)) {
			case TABLE_GONE -> {
				state.schemas().invalidate(table);
				yield fresh(table).recover(describeFailure -> Step.fail(
						(describeFailure instanceof TableDoesNotExistException) ? failure : describeFailure))
					.then(call);
			}
			case KEY_REFUSED -> fresh(table).recover(describeFailure -> Step.done(null))
				.then(fresh -> (fresh == null || fresh.equals(cached)) ? Step.fail(failure) : call.apply(fresh));
			default -> Step.fail(failure);
		});
	}

	/**
	 * Runs a multi-table call and, when it fails because a cached schema was stale (the table gone,
	 * a key ValidationException, or a local key check against a schema that has since changed) and
	 * nothing was applied, runs it once more.
	 */
	public <T> Step<T> retryOnStaleSchemas(Operation operation, Collection<String> names, Supplier<Step<T>> attempt,
			Predicate<DynamoConnectionException> nothingApplied) {
		return Step.defer(() -> {
			List<TableName> tables = new ArrayList<>();
			boolean cached = false;
			for (String name : new LinkedHashSet<>(names)) {
				TableName table = table(operation, name);
				tables.add(table);
				cached |= state.schemas().cached(table) != null;
			}
			boolean anyCached = cached;
			return Step.defer(attempt).recover(failure -> {
				if (failure instanceof InvalidKeyException) {
					return anyChanged(tables).then(changed -> changed ? Step.defer(attempt) : Step.fail(failure));
				}
				if (anyCached && isStaleSchemaFailure(failure) && nothingApplied.test(failure)) {
					tables.forEach(state.schemas()::invalidate);
					return Step.defer(attempt);
				}
				return Step.fail(failure);
			});
		});
	}

	/** Describes every table with a cached schema again; whether any schema has changed. */
	private Step<Boolean> anyChanged(List<TableName> tables) {
		Step<Boolean> changed = Step.done(false);
		for (TableName table : tables) {
			KeySchema before = state.schemas().cached(table);
			if (before != null) {
				changed = changed.then(sofar -> fresh(table).map(fresh -> sofar || (fresh != null && !fresh.equals(before)))
					.recover(describeFailure -> Step.done(sofar)));
			}
		}
		return changed;
	}

	/** What a single-table call's failure says about the cached key schema it used. */
	enum Staleness {

		/** Nothing: the failure stands. */
		NONE,

		/** The table is gone: describe it again; if it exists (recreated), repeat the call. */
		TABLE_GONE,

		/** The key was refused (locally or by DynamoDB): describe again; repeat the call only if the schema changed. */
		KEY_REFUSED

	}

	static Staleness staleness(DynamoConnectionException failure) {
		if (failure instanceof InvalidKeyException || isKeyMismatch(failure)) {
			return Staleness.KEY_REFUSED;
		}
		return (failure instanceof TableDoesNotExistException) ? Staleness.TABLE_GONE : Staleness.NONE;
	}

	/** A failure showing a cached schema may be stale: the table is gone, or a key ValidationException. */
	static boolean isStaleSchemaFailure(DynamoConnectionException ex) {
		return ex instanceof TableDoesNotExistException || "ResourceNotFoundException".equals(ex.errorCode())
				|| isKeyMismatch(ex);
	}

	/** A ValidationException about the key (e.g. "The provided key element does not match the schema"). */
	static boolean isKeyMismatch(DynamoConnectionException ex) {
		Throwable cause = ex.getCause();
		String message = (cause != null) ? cause.getMessage() : ex.getMessage();
		return "ValidationException".equals(ex.errorCode()) && message != null
				&& message.toLowerCase(Locale.ROOT).contains("key");
	}

	/**
	 * What a caller of {@code operation} gets when resolving the key schema found no table: the
	 * DescribeTable failure itself for DescribeTable, else a {@link TableDoesNotExistException} of {@code operation}.
	 */
	private static TableDoesNotExistException missingTable(Operation operation, TableName table, TableDoesNotExistException ex) {
		if (operation == Operation.DESCRIBE_TABLE) {
			return ex;
		}
		return new TableDoesNotExistException(operation.awsName(), table.logicalList(), ex.errorCode(),
				operation.awsName() + " on table '" + table.logical() + "' failed: table '" + table.logical()
						+ "' does not exist",
				ex);
	}

}
