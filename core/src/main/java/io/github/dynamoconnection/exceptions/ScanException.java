package io.github.dynamoconnection.exceptions;

import java.util.List;

/**
 * A Scan call failed, including one segment of a parallel scan (PynamoDB's {@code ScanError}).
 */
public class ScanException extends DynamoConnectionException {

	public ScanException(String operation, List<String> tableNames, String errorCode, String message, Throwable cause) {
		super(operation, tableNames, errorCode, message, cause);
	}

}
