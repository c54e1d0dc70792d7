package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.storage.ItemCodec;
import io.github.dynamoconnection.embedded.value.Value;

/**
 * A table's point-in-time recovery: whether it is on, its recovery period, and the prior image of
 * every item written since it was turned on (within the period), so that a restore can roll the
 * table's current items back to any millisecond of the restorable window. The history is held in
 * memory and grows with the table's writes over the recovery period. LatestRestorableDateTime is
 * now (DynamoDB's lags about five minutes). Guarded by the table lock.
 */
final class PointInTimeRecovery {

	/** DynamoDB's default and largest recovery period. */
	static final int MAX_RECOVERY_PERIOD_DAYS = 35;

	private final Clock clock;

	private Instant enabledSince;

	private int recoveryPeriodDays = MAX_RECOVERY_PERIOD_DAYS;

	/** Item writes since recovery was enabled, oldest first. */
	private final Deque<Change> changes = new ArrayDeque<>();

	/** One item write: when, which key, and the encoded item before it ({@code null}: there was none). */
	private record Change(Instant time, ItemKey key, byte[] before) {
	}

	PointInTimeRecovery(Clock clock) {
		this.clock = clock;
	}

	boolean enabled() {
		return enabledSince != null;
	}

	/** The table's recovery when it is on, else PointInTimeRecoveryUnavailableException. Call under the table lock. */
	static PointInTimeRecovery required(Table table) {
		PointInTimeRecovery recovery = table.pointInTimeRecovery;
		if (recovery == null || !recovery.enabled()) {
			throw new EngineException("PointInTimeRecoveryUnavailableException",
					"Point in time recovery is not enabled for table '" + table.name + "'");
		}
		return recovery;
	}

	int recoveryPeriodDays() {
		return recoveryPeriodDays;
	}

	/** Turns recovery on (the window starts now unless it was already on) with this recovery period. */
	void enable(int days) {
		if (enabledSince == null) {
			enabledSince = now();
		}
		recoveryPeriodDays = days;
		prune();
	}

	/** Turns recovery off and forgets the history. */
	void disable() {
		enabledSince = null;
		changes.clear();
	}

	/** The earliest restorable time: when recovery was enabled, or the start of the recovery period. */
	Instant earliestRestorableTime() {
		Instant periodStart = now().minus(Duration.ofDays(recoveryPeriodDays));
		return enabledSince.isAfter(periodStart) ? enabledSince : periodStart;
	}

	/** The latest restorable time: now (the engine applies writes at once). */
	Instant latestRestorableTime() {
		return now();
	}

	/** Records one item write while recovery is on. */
	void record(ItemKey key, byte[] before) {
		if (enabledSince != null) {
			changes.addLast(new Change(now(), key, before));
			prune();
		}
	}

	/**
	 * The table's items as they were at {@code time}: the current items with every later write undone,
	 * newest first.
	 * @param current the table's current encoded items
	 * @param table the table (for the item keys)
	 */
	List<byte[]> itemsAt(Instant time, List<byte[]> current, Table table) {
		Map<ItemKey, byte[]> items = new LinkedHashMap<>();
		for (byte[] encoded : current) {
			Map<String, Value> item = ItemCodec.decode(encoded);
			items.put(table.keyOf(item), encoded);
		}
		Iterator<Change> newestFirst = changes.descendingIterator();
		while (newestFirst.hasNext()) {
			Change change = newestFirst.next();
			if (!change.time().isAfter(time)) {
				break;
			}
			if (change.before() == null) {
				items.remove(change.key());
			}
			else {
				items.put(change.key(), change.before());
			}
		}
		return List.copyOf(items.values());
	}

	/** Now, to the millisecond, the precision of DynamoDB's JSON dates. */
	private Instant now() {
		return Instant.ofEpochMilli(clock.millis());
	}

	private void prune() {
		Instant earliest = earliestRestorableTime();
		while (!changes.isEmpty() && changes.peekFirst().time().isBefore(earliest)) {
			changes.removeFirst();
		}
	}

}
