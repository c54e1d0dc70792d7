package io.github.dynamoconnection.autoconfigure.metrics;

import org.jspecify.annotations.Nullable;

/**
 * Tells the {@link ObservingExecutionInterceptor} that the SDK request about to run on this thread
 * belongs to a {@code Connection} call that is timed or observed already, so it is not observed
 * twice. A sync call marks its thread until it ends; an async call marks its caller thread for the
 * one request sent from it, the mark being taken by that request.
 */
final class ConnectionCallMarker {

	/**
	 * Each thread's slot, kept for the thread's life: setting and clearing a field costs less than a
	 * {@code ThreadLocal} entry made and removed per call (a weak reference for the collector each
	 * time). The slot is a JDK array, so a thread outliving the application pins none of its classes
	 * once its call ended.
	 */
	private static final ThreadLocal<@Nullable Object[]> SLOT = new ThreadLocal<>();

	private ConnectionCallMarker() {
	}

	/**
	 * Marks this thread for a call that starts.
	 * @param once whether only the next request belongs to the call (an async call)
	 * @return the mark, to {@link #clear(Mark) clear} when the call ends
	 */
	static Mark mark(boolean once) {
		Mark mark = new Mark(once);
		slot()[0] = mark;
		return mark;
	}

	/**
	 * Ends a call's mark: on this thread it is removed, on any other it no longer claims requests.
	 * @param mark the call's mark
	 */
	static void clear(Mark mark) {
		mark.finished = true;
		@Nullable Object[] slot = SLOT.get();
		if (slot != null && slot[0] == mark) {
			slot[0] = null;
		}
	}

	/**
	 * Whether the request starting on this thread belongs to a marked connection call.
	 * @return {@code true} to leave the request unobserved
	 */
	static boolean claim() {
		@Nullable Object[] slot = SLOT.get();
		if (slot == null || !(slot[0] instanceof Mark mark)) {
			return false;
		}
		if (mark.once || mark.finished) {
			slot[0] = null;
		}
		return !mark.finished;
	}

	private static Object[] slot() {
		@Nullable Object[] slot = SLOT.get();
		if (slot == null) {
			slot = new Object[1];
			SLOT.set(slot);
		}
		return slot;
	}

	/** One call's mark; finished once the call ended (its thread may be another one by then). */
	static final class Mark {

		private final boolean once;

		private volatile boolean finished;

		private Mark(boolean once) {
			this.once = once;
		}

	}

}
