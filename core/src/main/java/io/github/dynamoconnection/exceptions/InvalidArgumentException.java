package io.github.dynamoconnection.exceptions;

import java.util.List;

/**
 * A call was refused before anything was sent because an argument was wrong: a key of the wrong
 * type, a missing or extra range key, an unknown index, an empty or duplicate batch, a value that
 * cannot be converted. The message names the table, the attribute and what was expected.
 */
public class InvalidArgumentException extends DynamoConnectionException {

	public InvalidArgumentException(String operation, List<String> tableNames, String message, Throwable cause) {
		super(operation, tableNames, null, message, cause);
	}

	public InvalidArgumentException(String operation, List<String> tableNames, String message) {
		this(operation, tableNames, message, null);
	}

}
