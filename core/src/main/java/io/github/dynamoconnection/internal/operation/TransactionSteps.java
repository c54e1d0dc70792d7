package io.github.dynamoconnection.internal.operation;

import java.util.List;

import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.statement.StatementOptions;
import io.github.dynamoconnection.statement.StatementResult;
import io.github.dynamoconnection.transaction.TransactGetResult;
import io.github.dynamoconnection.transaction.TransactGetSpec;
import io.github.dynamoconnection.transaction.TransactWriteResult;
import io.github.dynamoconnection.transaction.TransactWriteSpec;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * TransactWriteItems, TransactGetItems and ExecuteStatement described once: requests from
 * {@link TransactionRequests} and {@link StatementRequests}, a stale cached schema refreshed once
 * (a failed transaction applied nothing).
 */
public final class TransactionSteps {

	/** DynamoDB's limit of items per transaction. */
	public static final int MAX_ITEMS = 100;

	private final ConnectionState state;

	private final SchemaSteps schemas;

	public TransactionSteps(ConnectionState state, SchemaSteps schemas) {
		this.state = state;
		this.schemas = schemas;
	}

	/** TransactWriteItems. */
	public Step<TransactWriteResult> write(TransactWriteSpec spec) {
		Operation operation = Operation.TRANSACT_WRITE_ITEMS;
		check(operation, spec.entries().size());
		return schemas.retryOnStaleSchemas(operation, spec.tableNames(),
				() -> schemas.schemas(operation, spec.tableNames()).then(resolved -> {
					TransactionRequests.Prepared<TransactWriteItemsRequest> prepared = TransactionRequests.writeRequest(spec, state.names(), resolved);
					return Step.send(Exchanges.TRANSACT_WRITE_ITEMS, prepared.request(), prepared.tables(),
							prepared.physicalTables());
				}).map(response -> TransactionRequests.result(response, state.names())),
				failure -> true);
	}

	/** TransactGetItems. */
	public Step<TransactGetResult> get(TransactGetSpec spec) {
		Operation operation = Operation.TRANSACT_GET_ITEMS;
		check(operation, spec.entries().size());
		return schemas.retryOnStaleSchemas(operation, spec.tableNames(),
				() -> schemas.schemas(operation, spec.tableNames()).then(resolved -> {
					TransactionRequests.Prepared<TransactGetItemsRequest> prepared = TransactionRequests.getRequest(spec, state.names(), resolved);
					return Step.send(Exchanges.TRANSACT_GET_ITEMS, prepared.request(), prepared.tables(),
							prepared.physicalTables());
				}).map(response -> TransactionRequests.result(response, state.names())),
				failure -> true);
	}

	/** ExecuteStatement (PartiQL); table names in the statement get no prefix. */
	public Step<StatementResult> execute(String statement, List<?> parameters, StatementOptions options) {
		return Step.send(Exchanges.EXECUTE_STATEMENT, StatementRequests.request(statement, parameters, options), List.of(),
				List.of()).map((ExecuteStatementResponse response) -> StatementRequests.result(response, state.names()));
	}

	private static void check(Operation operation, int size) {
		if (size == 0) {
			throw new InvalidArgumentException(operation.awsName(), List.of(), operation.awsName() + ": the transaction is empty");
		}
		if (size > MAX_ITEMS) {
			throw new InvalidArgumentException(operation.awsName(), List.of(), operation.awsName()
					+ ": a transaction holds at most " + MAX_ITEMS + " items, got " + size);
		}
	}

}
