package io.github.dynamoconnection.listener;

import java.time.Duration;
import java.util.List;

import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * What a call ended with: the SDK response on success or the mapped exception on failure (exactly
 * one is non-null), how long it took, the consumed capacity DynamoDB reported (empty unless asked
 * for), and how many batch entries were left unprocessed.
 *
 * @param response the last SDK response, or {@code null} when the call failed
 * @param error the exception the caller receives, or {@code null} on success
 * @param duration wall time of the whole call, retries and batch rounds included
 * @param consumedCapacity consumed capacity per table (and index) as reported by DynamoDB
 * @param unprocessedEntries batch entries still unprocessed when the call ended (0 otherwise)
 */
public record CallOutcome(DynamoDbResponse response, DynamoConnectionException error, Duration duration,
		List<ConsumedCapacity> consumedCapacity, int unprocessedEntries) {

	public CallOutcome {
		consumedCapacity = (consumedCapacity != null) ? List.copyOf(consumedCapacity) : List.of();
	}

	/** Whether the call succeeded. */
	public boolean isSuccess() {
		return error == null;
	}

	/** {@code success}, or the AWS error code (e.g. {@code ConditionalCheckFailedException}), or the exception's simple name. */
	public String outcomeTag() {
		if (error == null) {
			return "success";
		}
		String code = error.errorCode();
		return (code != null) ? code : error.getClass().getSimpleName();
	}

}
