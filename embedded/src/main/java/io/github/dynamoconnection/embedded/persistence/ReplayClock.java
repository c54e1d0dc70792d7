package io.github.dynamoconnection.embedded.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that follows a base clock, except while a logged operation replays: then it shows the
 * time the operation first ran, so time-dependent behaviour (TTL expiry, idempotency windows)
 * replays as it happened.
 */
final class ReplayClock extends Clock {

	private final Clock base;

	private volatile Instant pinned;

	ReplayClock(Clock base) {
		this.base = base;
	}

	/** Shows this instant until {@link #release()}. */
	void pin(Instant instant) {
		this.pinned = instant;
	}

	/** Follows the base clock again. */
	void release() {
		this.pinned = null;
	}

	@Override
	public Instant instant() {
		Instant instant = pinned;
		return (instant != null) ? instant : base.instant();
	}

	@Override
	public long millis() {
		Instant instant = pinned;
		return (instant != null) ? instant.toEpochMilli() : base.millis();
	}

	@Override
	public ZoneId getZone() {
		return base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		ReplayClock clock = new ReplayClock(base.withZone(zone));
		clock.pinned = pinned;
		return clock;
	}

}
