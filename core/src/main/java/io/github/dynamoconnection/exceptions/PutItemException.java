package io.github.dynamoconnection.exceptions;

import java.util.List;

/**
 * A PutItem call failed (PynamoDB's {@code PutError}).
 */
public class PutItemException extends DynamoConnectionException {

	public PutItemException(String operation, List<String> tableNames, String errorCode, String message, Throwable cause) {
		super(operation, tableNames, errorCode, message, cause);
	}

}
