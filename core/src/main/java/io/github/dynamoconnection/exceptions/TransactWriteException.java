package io.github.dynamoconnection.exceptions;

import java.util.List;

/**
 * A TransactWriteItems call failed for a reason other than cancellation (PynamoDB's {@code TransactWriteError}).
 */
public class TransactWriteException extends TransactionException {

	public TransactWriteException(String operation, List<String> tableNames, String errorCode, String message, Throwable cause) {
		super(operation, tableNames, errorCode, message, cause);
	}

}
