package io.github.dynamoconnection.embedded.engine;

import java.time.Clock;
import java.time.Duration;

/**
 * Settings of an {@link InMemoryEngine}: the clock (creation times, TTL expiry), how often expired
 * TTL items are swept, the region and account used in ARNs, and how long stream records are kept.
 * @param clock the engine's time source
 * @param ttlSweepInterval how often expired TTL items are deleted
 * @param region the region in ARNs and stream records
 * @param accountId the account in ARNs
 * @param streamRetention how long stream records stay readable (DynamoDB: 24 hours)
 * @param transientStatusDelay how long tables stay CREATING, UPDATING or DELETING and new global
 * indexes backfill (zero: every change is ACTIVE at once)
 */
public record EngineSettings(Clock clock, Duration ttlSweepInterval, String region, String accountId,
		Duration streamRetention, Duration transientStatusDelay) {

	/** DynamoDB's stream retention period. */
	public static final Duration DEFAULT_STREAM_RETENTION = Duration.ofHours(24);

	public EngineSettings {
		if (clock == null || ttlSweepInterval == null || region == null || accountId == null || streamRetention == null
				|| transientStatusDelay == null) {
			throw new IllegalArgumentException("EngineSettings members must not be null");
		}
		if (ttlSweepInterval.isNegative() || ttlSweepInterval.isZero()) {
			throw new IllegalArgumentException("ttlSweepInterval must be positive, was " + ttlSweepInterval);
		}
		if (streamRetention.isNegative() || streamRetention.isZero()) {
			throw new IllegalArgumentException("streamRetention must be positive, was " + streamRetention);
		}
		if (transientStatusDelay.isNegative()) {
			throw new IllegalArgumentException("transientStatusDelay must not be negative, was " + transientStatusDelay);
		}
	}

	/** Settings with DynamoDB's 24-hour stream retention and no transient statuses. */
	public EngineSettings(Clock clock, Duration ttlSweepInterval, String region, String accountId) {
		this(clock, ttlSweepInterval, region, accountId, DEFAULT_STREAM_RETENTION, Duration.ZERO);
	}

	/** System clock, a 1 second sweep, region us-east-1, account 000000000000. */
	public static EngineSettings defaults() {
		return new EngineSettings(Clock.systemUTC(), Duration.ofSeconds(1), "us-east-1", "000000000000");
	}

	/** A copy with another clock. */
	public EngineSettings withClock(Clock clock) {
		return new EngineSettings(clock, ttlSweepInterval, region, accountId, streamRetention, transientStatusDelay);
	}

	/** A copy with another TTL sweep interval. */
	public EngineSettings withTtlSweepInterval(Duration ttlSweepInterval) {
		return new EngineSettings(clock, ttlSweepInterval, region, accountId, streamRetention, transientStatusDelay);
	}

	/** A copy with another region. */
	public EngineSettings withRegion(String region) {
		return new EngineSettings(clock, ttlSweepInterval, region, accountId, streamRetention, transientStatusDelay);
	}

	/** A copy with another account id. */
	public EngineSettings withAccountId(String accountId) {
		return new EngineSettings(clock, ttlSweepInterval, region, accountId, streamRetention, transientStatusDelay);
	}

	/** A copy with another stream retention period. */
	public EngineSettings withStreamRetention(Duration streamRetention) {
		return new EngineSettings(clock, ttlSweepInterval, region, accountId, streamRetention, transientStatusDelay);
	}

	/** A copy with another delay for transient table and index statuses. */
	public EngineSettings withTransientStatusDelay(Duration transientStatusDelay) {
		return new EngineSettings(clock, ttlSweepInterval, region, accountId, streamRetention, transientStatusDelay);
	}

}
