package io.github.dynamoconnection.exceptions;

import java.util.List;

/**
 * A TransactGetItems call failed for a reason other than cancellation (PynamoDB's {@code TransactGetError}).
 */
public class TransactGetException extends TransactionException {

	public TransactGetException(String operation, List<String> tableNames, String errorCode, String message, Throwable cause) {
		super(operation, tableNames, errorCode, message, cause);
	}

}
