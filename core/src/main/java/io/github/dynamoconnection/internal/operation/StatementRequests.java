package io.github.dynamoconnection.internal.operation;

import java.util.ArrayList;
import java.util.List;

import io.github.dynamoconnection.internal.call.Requests;
import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.convert.AttributeValues;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.internal.schema.TableNames;
import io.github.dynamoconnection.statement.StatementOptions;
import io.github.dynamoconnection.statement.StatementResult;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;

/**
 * ExecuteStatement (PartiQL) with positional parameters in plain Java values. Table names inside
 * the statement are sent as written: the connection's table prefix is not applied to them.
 */
public final class StatementRequests {

	private StatementRequests() {
	}

	/** The ExecuteStatement request, refusing a blank statement. */
	public static ExecuteStatementRequest request(String statement, List<?> parameters, StatementOptions options) {
		Operation operation = Operation.EXECUTE_STATEMENT;
		if (statement == null || statement.isBlank()) {
			throw new InvalidArgumentException(operation.awsName(), List.of(), "ExecuteStatement: the statement is blank");
		}
		return Requests.prepare(operation, List.of(), () -> {
			ExecuteStatementRequest.Builder builder = ExecuteStatementRequest.builder()
				.statement(statement)
				.consistentRead(options.consistentRead())
				.nextToken(options.nextToken())
				.limit(options.limit())
				.returnConsumedCapacity(options.returnConsumedCapacity())
				.returnValuesOnConditionCheckFailure(options.returnValuesOnConditionCheckFailure());
			if (parameters != null && !parameters.isEmpty()) {
				List<AttributeValue> converted = new ArrayList<>(parameters.size());
				parameters.forEach(parameter -> converted.add(AttributeValues.toAttributeValue(parameter)));
				builder.parameters(converted);
			}
			return builder.build();
		});
	}

	/** The result of an ExecuteStatement response. */
	public static StatementResult result(ExecuteStatementResponse response, TableNames names) {
		return new StatementResult(response.hasItems() ? response.items() : List.of(), response.nextToken(),
				names.logical(response.consumedCapacity()));
	}

}
