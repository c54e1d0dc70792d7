package io.github.dynamoconnection.embedded.engine;

import java.time.Clock;
import java.time.Duration;

/**
 * Settings of an {@link InMemoryEngine}: the clock (creation times, TTL expiry), how often expired
 * TTL items are swept, and the region and account used in ARNs.
 */
public record EngineSettings(Clock clock, Duration ttlSweepInterval, String region, String accountId) {

	public EngineSettings {
		if (clock == null || ttlSweepInterval == null || region == null || accountId == null) {
			throw new IllegalArgumentException("EngineSettings members must not be null");
		}
		if (ttlSweepInterval.isNegative() || ttlSweepInterval.isZero()) {
			throw new IllegalArgumentException("ttlSweepInterval must be positive, was " + ttlSweepInterval);
		}
	}

	/** System clock, a 1 second sweep, region us-east-1, account 000000000000. */
	public static EngineSettings defaults() {
		return new EngineSettings(Clock.systemUTC(), Duration.ofSeconds(1), "us-east-1", "000000000000");
	}

	/** A copy with another clock. */
	public EngineSettings withClock(Clock clock) {
		return new EngineSettings(clock, ttlSweepInterval, region, accountId);
	}

	/** A copy with another TTL sweep interval. */
	public EngineSettings withTtlSweepInterval(Duration ttlSweepInterval) {
		return new EngineSettings(clock, ttlSweepInterval, region, accountId);
	}

	/** A copy with another region. */
	public EngineSettings withRegion(String region) {
		return new EngineSettings(clock, ttlSweepInterval, region, accountId);
	}

	/** A copy with another account id. */
	public EngineSettings withAccountId(String accountId) {
		return new EngineSettings(clock, ttlSweepInterval, region, accountId);
	}

}
