package io.github.dynamoconnection.exceptions;

import java.util.List;

/**
 * An UpdateItem call failed (PynamoDB's {@code UpdateError}).
 */
public class UpdateItemException extends DynamoConnectionException {

	public UpdateItemException(String operation, List<String> tableNames, String errorCode, String message, Throwable cause) {
		super(operation, tableNames, errorCode, message, cause);
	}

}
