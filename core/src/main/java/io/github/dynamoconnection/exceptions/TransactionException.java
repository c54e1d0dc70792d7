package io.github.dynamoconnection.exceptions;

import java.util.List;

/**
 * A transaction failed; see {@link TransactWriteException}, {@link TransactGetException} and {@link TransactionCanceledException}.
 */
public class TransactionException extends DynamoConnectionException {

	public TransactionException(String operation, List<String> tableNames, String errorCode, String message, Throwable cause) {
		super(operation, tableNames, errorCode, message, cause);
	}

}
