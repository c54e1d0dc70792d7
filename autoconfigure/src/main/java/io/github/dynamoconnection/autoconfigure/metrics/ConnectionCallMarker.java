package io.github.dynamoconnection.autoconfigure.metrics;

import org.jspecify.annotations.Nullable;

/**
 * Tells the {@link ObservingExecutionInterceptor} that the SDK request about to run on this thread
 * belongs to a {@code Connection} call that is timed or observed already, so it is not observed
 * twice. A sync call marks its thread until it ends; an async call marks its caller thread for the
 * one request sent from it, the mark being taken by that request.
 */
final class ConnectionCallMarker {

	private static final ThreadLocal<@Nullable Mark> MARK = new ThreadLocal<>();

	private ConnectionCallMarker() {
	}

	/**
	 * Marks this thread for a call that starts.
	 * @param once whether only the next request belongs to the call (an async call)
	 * @return the mark, to {@link #clear(Mark) clear} when the call ends
	 */
	static Mark mark(boolean once) {
		Mark mark = new Mark(once);
		MARK.set(mark);
		return mark;
	}

	/**
	 * Ends a call's mark: on this thread it is removed, on any other it no longer claims requests.
	 * @param mark the call's mark
	 */
	static void clear(Mark mark) {
		mark.finished = true;
		if (MARK.get() == mark) {
			MARK.remove();
		}
	}

	/**
	 * Whether the request starting on this thread belongs to a marked connection call.
	 * @return {@code true} to leave the request unobserved
	 */
	static boolean claim() {
		Mark mark = MARK.get();
		if (mark == null) {
			return false;
		}
		if (mark.once || mark.finished) {
			MARK.remove();
		}
		return !mark.finished;
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
