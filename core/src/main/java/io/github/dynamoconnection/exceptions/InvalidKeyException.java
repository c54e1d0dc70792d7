package io.github.dynamoconnection.exceptions;

import java.util.List;

/**
 * A key did not fit the table's key schema (wrong type, missing or extra range key, empty value,
 * an item without its key attributes); refused before the call was sent. When the schema came
 * from the connection's cache, the connection re-reads it once before giving up, in case the
 * table was recreated with another key.
 */
public class InvalidKeyException extends InvalidArgumentException {

	public InvalidKeyException(String operation, List<String> tableNames, String message) {
		super(operation, tableNames, message);
	}

}
