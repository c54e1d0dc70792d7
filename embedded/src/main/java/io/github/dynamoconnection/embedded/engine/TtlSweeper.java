package io.github.dynamoconnection.embedded.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.dynamoconnection.embedded.value.Value;

/**
 * Deletes items whose TTL attribute (epoch seconds) lies in the past, on a daemon thread at a fixed
 * interval. Items expired more than five years ago are left alone, as DynamoDB does.
 */
final class TtlSweeper implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(TtlSweeper.class);

	private static final long FIVE_YEARS_SECONDS = Duration.ofDays(5 * 365).toSeconds();

	private static final int BATCH = 1000;

	private final Catalog catalog;

	private final ScheduledExecutorService executor;

	TtlSweeper(Catalog catalog) {
		this.catalog = catalog;
		this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "dynamo-embedded-ttl-sweeper");
			thread.setDaemon(true);
			return thread;
		});
		long interval = catalog.settings.ttlSweepInterval().toMillis();
		executor.scheduleWithFixedDelay(this::sweepSafely, interval, Math.max(1, interval), TimeUnit.MILLISECONDS);
	}

	private void sweepSafely() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			logger.warn("TTL sweep failed", ex);
		}
	}

	/** Deletes every expired item of every table with TTL enabled; returns how many were deleted. */
	int sweep() {
		long now = catalog.settings.clock().instant().getEpochSecond();
		int deleted = 0;
		for (Table table : catalog.all()) {
			boolean more = true;
			while (more) {
				table.lock.writeLock().lock();
				try {
					if (!table.ttlEnabled || table.deleted) {
						break;
					}
					List<ItemKey> expired = table.takeExpired(now, BATCH);
					more = expired.size() == BATCH;
					for (ItemKey key : expired) {
						Map<String, Value> item = table.get(key);
						Long expiry = table.expiryOf(item);
						if (expiry != null && expiry < now && expiry >= now - FIVE_YEARS_SECONDS) {
							table.expire(key, item);
							deleted++;
						}
					}
				}
				finally {
					table.lock.writeLock().unlock();
				}
			}
		}
		return deleted;
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}

}
