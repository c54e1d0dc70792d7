package io.github.dynamoconnection.exceptions;

import java.util.List;

/**
 * A DeleteItem call failed (PynamoDB's {@code DeleteError}).
 */
public class DeleteItemException extends DynamoConnectionException {

	public DeleteItemException(String operation, List<String> tableNames, String errorCode, String message, Throwable cause) {
		super(operation, tableNames, errorCode, message, cause);
	}

}
