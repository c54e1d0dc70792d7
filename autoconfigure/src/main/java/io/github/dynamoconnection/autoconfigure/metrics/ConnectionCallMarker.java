package io.github.dynamoconnection.autoconfigure.metrics;

import org.jspecify.annotations.Nullable;

/**
 * Tells the {@link ObservingExecutionInterceptor} that the SDK request about to run on this thread
 * belongs to a {@code Connection} call that is observed already, so it is not observed twice. A
 * sync call marks its thread until it ends; an async call marks its caller thread for the one
 * request sent from it, the mark being taken by that request.
 */
final class ConnectionCallMarker {

	private static final ThreadLocal<@Nullable Mark> MARK = new ThreadLocal<>();

	private ConnectionCallMarker() {
	}

	static void mark(DynamoDbObservationContext context, boolean once) {
		MARK.set(new Mark(context, once));
	}

	static void clear(DynamoDbObservationContext context) {
		Mark mark = MARK.get();
		if (mark != null && mark.context() == context) {
			MARK.remove();
		}
	}

	/**
	 * Whether the request starting on this thread belongs to an observed connection call.
	 * @return {@code true} to leave the request unobserved
	 */
	static boolean claim() {
		Mark mark = MARK.get();
		if (mark == null) {
			return false;
		}
		if (mark.once() || mark.context().isFinished()) {
			MARK.remove();
		}
		return !mark.context().isFinished();
	}

	private record Mark(DynamoDbObservationContext context, boolean once) {
	}

}
