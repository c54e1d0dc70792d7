package io.github.dynamoconnection.exceptions;

import java.util.List;

/**
 * A GetItem call failed (PynamoDB's {@code GetError}).
 */
public class GetItemException extends DynamoConnectionException {

	public GetItemException(String operation, List<String> tableNames, String errorCode, String message, Throwable cause) {
		super(operation, tableNames, errorCode, message, cause);
	}

}
