package io.github.dynamoconnection.internal.batch;

import java.time.Duration;

import io.github.dynamoconnection.batch.BatchRetryPolicy;

/**
 * Retry bound and delays between batch rounds as the {@link BatchRetryPolicy} says; sleeping (sync
 * connection only) returns {@code false} when the thread was interrupted (the interrupt flag is
 * kept), so the caller stops and reports what is left.
 */
final class BatchBackoff {

	private final BatchRetryPolicy policy;

	BatchBackoff(BatchRetryPolicy policy) {
		this.policy = policy;
	}

	boolean canRetry(int retriesDone) {
		return retriesDone < policy.maxRetries();
	}

	Duration delay(int retry) {
		return policy.backoffStrategy().computeDelay(retry);
	}

	static boolean sleep(Duration delay) {
		long millis = delay.toMillis();
		if (millis <= 0) {
			return !Thread.currentThread().isInterrupted();
		}
		try {
			Thread.sleep(millis);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
