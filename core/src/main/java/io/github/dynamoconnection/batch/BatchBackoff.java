package io.github.dynamoconnection.batch;

/**
 * Waits between batch rounds as the {@link BatchRetryPolicy} says. Returns {@code false} when
 * the thread was interrupted (the interrupt flag is kept), so the caller stops and reports what
 * is left.
 */
final class BatchBackoff {

	private final BatchRetryPolicy policy;

	BatchBackoff(BatchRetryPolicy policy) {
		this.policy = policy;
	}

	boolean canRetry(int retriesDone) {
		return retriesDone < policy.maxRetries();
	}

	boolean pause(int retry) {
		long millis = policy.backoffStrategy().computeDelay(retry).toMillis();
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
