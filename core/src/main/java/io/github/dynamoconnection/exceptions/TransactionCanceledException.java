package io.github.dynamoconnection.exceptions;

import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.convert.AttributeValues;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;

/**
 * DynamoDB canceled a transaction. {@link #reasons()} holds one reason per transaction item, in the
 * order the items were given; an item that did not cause the cancellation has code {@code None}.
 */
public class TransactionCanceledException extends TransactionException {

	private final List<CancellationReason> reasons;

	public TransactionCanceledException(String operation, List<String> tableNames, String errorCode, String message,
			Throwable cause, List<CancellationReason> reasons) {
		super(operation, tableNames, errorCode, message, cause);
		this.reasons = (reasons != null) ? List.copyOf(reasons) : List.of();
	}

	/** One reason per item, in item order (empty only if DynamoDB sent none). */
	public List<CancellationReason> reasons() {
		return reasons;
	}

	/** The reason codes in item order, e.g. {@code [None, ConditionalCheckFailed]}. */
	public List<String> reasonCodes() {
		return reasons.stream().map(CancellationReason::code).toList();
	}

	/** The old item DynamoDB returned for item {@code index} (when asked for), in plain Java values, or {@code null}. */
	public Map<String, Object> oldItem(int index) {
		CancellationReason reason = reasons.get(index);
		return (reason.hasItem() && !reason.item().isEmpty()) ? AttributeValues.toJavaItem(reason.item()) : null;
	}

}
