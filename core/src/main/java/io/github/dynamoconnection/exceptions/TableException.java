package io.github.dynamoconnection.exceptions;

import java.util.List;

/**
 * A table operation failed: CreateTable, UpdateTable, DeleteTable, DescribeTable, ListTables, UpdateTimeToLive or DescribeTimeToLive (PynamoDB's {@code TableError}).
 */
public class TableException extends DynamoConnectionException {

	public TableException(String operation, List<String> tableNames, String errorCode, String message, Throwable cause) {
		super(operation, tableNames, errorCode, message, cause);
	}

}
