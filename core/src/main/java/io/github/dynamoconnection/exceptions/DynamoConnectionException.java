package io.github.dynamoconnection.exceptions;

import java.util.List;

/**
 * Base of every exception a {@code Connection} throws: carries the DynamoDB operation, the
 * table(s) involved, the AWS error code and message (when DynamoDB answered with one) and the SDK
 * exception as the cause.
 */
public class DynamoConnectionException extends RuntimeException {

	private final String operation;

	private final List<String> tableNames;

	private final String errorCode;

	public DynamoConnectionException(String operation, List<String> tableNames, String errorCode, String message,
			Throwable cause) {
		super(message, cause);
		this.operation = operation;
		this.tableNames = (tableNames != null) ? List.copyOf(tableNames) : List.of();
		this.errorCode = errorCode;
	}

	/** DynamoDB operation name, e.g. {@code PutItem}. */
	public String operation() {
		return operation;
	}

	/** Tables involved, possibly empty. */
	public List<String> tableNames() {
		return tableNames;
	}

	/** The first table involved, or {@code null}. */
	public String tableName() {
		return tableNames.isEmpty() ? null : tableNames.get(0);
	}

	/** AWS error code such as {@code ResourceNotFoundException}, or {@code null} when the call failed before DynamoDB answered. */
	public String errorCode() {
		return errorCode;
	}

}
