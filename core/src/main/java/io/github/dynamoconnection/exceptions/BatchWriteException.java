package io.github.dynamoconnection.exceptions;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A BatchWriteItem call left entries unwritten: either DynamoDB kept returning them as
 * {@code UnprocessedItems} after every retry, or a request failed. {@link #unprocessedItems()} holds
 * exactly the puts and deletes that were not written, by table; everything else was written.
 */
public class BatchWriteException extends DynamoConnectionException {

	private final Map<String, List<WriteRequest>> unprocessedItems;

	public BatchWriteException(String operation, List<String> tableNames, String errorCode, String message,
			Throwable cause, Map<String, List<WriteRequest>> unprocessedItems) {
		super(operation, tableNames, errorCode, message, cause);
		this.unprocessedItems = (unprocessedItems != null) ? Map.copyOf(unprocessedItems) : Map.of();
	}

	/** The entries not written, by table name as the caller gave it. */
	public Map<String, List<WriteRequest>> unprocessedItems() {
		return unprocessedItems;
	}

	/** How many entries were not written, over all tables. */
	public int unprocessedCount() {
		return unprocessedItems.values().stream().mapToInt(List::size).sum();
	}

}
