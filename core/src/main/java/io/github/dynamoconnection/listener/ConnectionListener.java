package io.github.dynamoconnection.listener;

/**
 * Observes every call a {@code Connection} makes: {@link #beforeCall} before the request is sent,
 * and {@link #afterCall} after it, always, whether it succeeded or failed. Metrics and tracing hang
 * here. Implementations must be thread-safe and fast; an exception thrown by a listener is logged
 * and never changes the outcome of the call.
 */
public interface ConnectionListener {

	/**
	 * Called before the request is sent.
	 * @param call the call about to run
	 */
	default void beforeCall(CallContext call) {
	}

	/**
	 * Called after the call ended, with either its response or its error.
	 * @param call the call that ran (the same instance passed to {@link #beforeCall})
	 * @param outcome what happened
	 */
	default void afterCall(CallContext call, CallOutcome outcome) {
	}

}
