package io.github.dynamoconnection.exceptions;

import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.convert.AttributeValues;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A PutItem, UpdateItem or DeleteItem condition was false. When the call asked for it with
 * {@code ReturnValuesOnConditionCheckFailure.ALL_OLD}, {@link #oldItem()} holds the item as it was.
 */
public class ConditionalCheckFailedException extends DynamoConnectionException {

	private final Map<String, AttributeValue> rawOldItem;

	public ConditionalCheckFailedException(String operation, List<String> tableNames, String errorCode,
			String message, Throwable cause, Map<String, AttributeValue> rawOldItem) {
		super(operation, tableNames, errorCode, message, cause);
		this.rawOldItem = (rawOldItem != null && !rawOldItem.isEmpty()) ? Map.copyOf(rawOldItem) : null;
	}

	/** Whether the item as it was is available (only when asked for with ALL_OLD and the item existed). */
	public boolean hasOldItem() {
		return rawOldItem != null;
	}

	/** The item as it was, in plain Java values, or {@code null} when not asked for or absent. */
	public Map<String, Object> oldItem() {
		return (rawOldItem != null) ? AttributeValues.toJavaItem(rawOldItem) : null;
	}

	/** The item as it was, as DynamoDB sent it, or {@code null}. */
	public Map<String, AttributeValue> rawOldItem() {
		return rawOldItem;
	}

}
