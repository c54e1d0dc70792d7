package io.github.dynamoconnection.sample.storage;

import java.util.List;

import io.github.dynamoconnection.exceptions.TransactionCanceledException;

/**
 * Reads why DynamoDB canceled a transaction: one reason per item, in the order the items were given.
 */
public final class CancellationReasons {

	private static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailed";

	private CancellationReasons() {
	}

	/** Whether item {@code index} of the canceled transaction failed its condition. */
	public static boolean conditionFailed(TransactionCanceledException ex, int index) {
		List<String> codes = ex.reasonCodes();
		return index < codes.size() && CONDITIONAL_CHECK_FAILED.equals(codes.get(index));
	}

}
