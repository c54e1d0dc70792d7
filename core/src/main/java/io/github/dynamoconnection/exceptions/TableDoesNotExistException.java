package io.github.dynamoconnection.exceptions;

import java.util.List;

/**
 * The table a call names does not exist (DynamoDB answered {@code ResourceNotFoundException}).
 * {@link #tableName()} names it, as the caller spelled it (without any table prefix).
 */
public class TableDoesNotExistException extends DynamoConnectionException {

	public TableDoesNotExistException(String operation, List<String> tableNames, String errorCode, String message,
			Throwable cause) {
		super(operation, tableNames, errorCode, message, cause);
	}

}
