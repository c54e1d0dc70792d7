package io.github.dynamoconnection.batch;

import java.time.Duration;

import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * How batch calls retry the entries DynamoDB returns as unprocessed: up to {@link #maxRetries()}
 * more rounds, waiting between rounds with exponential backoff and full jitter (the SDK's
 * {@link BackoffStrategy#exponentialDelay}) from {@link #baseDelay()} up to {@link #maxDelay()}.
 *
 * @param maxRetries rounds after the first one; 0 = never retry unprocessed entries
 * @param baseDelay the first round's upper bound of the delay
 * @param maxDelay the cap of the delay
 */
public record BatchRetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {

	/** 8 retries, 50 ms base, 5 s cap: about 12 s of waiting at worst before giving up. */
	public static final BatchRetryPolicy DEFAULT = new BatchRetryPolicy(8, Duration.ofMillis(50), Duration.ofSeconds(5));

	public BatchRetryPolicy {
		if (maxRetries < 0) {
			throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
		}
		if (baseDelay == null || baseDelay.isNegative() || maxDelay == null || maxDelay.compareTo(baseDelay) < 0) {
			throw new IllegalArgumentException("Need 0 <= baseDelay <= maxDelay, got " + baseDelay + " and " + maxDelay);
		}
	}

	/** The SDK backoff strategy for this policy. */
	public BackoffStrategy backoffStrategy() {
		return baseDelay.isZero() ? BackoffStrategy.retryImmediately() : BackoffStrategy.exponentialDelay(baseDelay, maxDelay);
	}

}
