package io.github.dynamoconnection.exceptions;

import java.util.List;

/**
 * A Query call failed (PynamoDB's {@code QueryError}).
 */
public class QueryException extends DynamoConnectionException {

	public QueryException(String operation, List<String> tableNames, String errorCode, String message, Throwable cause) {
		super(operation, tableNames, errorCode, message, cause);
	}

}
