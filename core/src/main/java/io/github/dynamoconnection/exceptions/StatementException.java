package io.github.dynamoconnection.exceptions;

import java.util.List;

/**
 * An ExecuteStatement (PartiQL) call failed.
 */
public class StatementException extends DynamoConnectionException {

	public StatementException(String operation, List<String> tableNames, String errorCode, String message, Throwable cause) {
		super(operation, tableNames, errorCode, message, cause);
	}

}
