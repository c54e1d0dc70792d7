package io.github.dynamoconnection.exceptions;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A BatchGetItem call left keys unread: either DynamoDB kept returning them as
 * {@code UnprocessedKeys} after every retry, or a request failed. {@link #unprocessedKeys()} holds
 * exactly the keys not read, by table; {@link #partialItems()} the items that were read.
 */
public class BatchGetException extends DynamoConnectionException {

	private final Map<String, List<Map<String, AttributeValue>>> unprocessedKeys;

	private final Map<String, List<Map<String, AttributeValue>>> partialItems;

	public BatchGetException(String operation, List<String> tableNames, String errorCode, String message,
			Throwable cause, Map<String, List<Map<String, AttributeValue>>> unprocessedKeys,
			Map<String, List<Map<String, AttributeValue>>> partialItems) {
		super(operation, tableNames, errorCode, message, cause);
		this.unprocessedKeys = (unprocessedKeys != null) ? Map.copyOf(unprocessedKeys) : Map.of();
		this.partialItems = (partialItems != null) ? Map.copyOf(partialItems) : Map.of();
	}

	/** The keys not read, by table name as the caller gave it. */
	public Map<String, List<Map<String, AttributeValue>>> unprocessedKeys() {
		return unprocessedKeys;
	}

	/** How many keys were not read, over all tables. */
	public int unprocessedCount() {
		return unprocessedKeys.values().stream().mapToInt(List::size).sum();
	}

	/** The items read before the call gave up, by table name as the caller gave it. */
	public Map<String, List<Map<String, AttributeValue>>> partialItems() {
		return partialItems;
	}

}
