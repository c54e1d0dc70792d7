package io.github.dynamoconnection.internal.call;

import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import io.github.dynamoconnection.exceptions.BatchGetException;
import io.github.dynamoconnection.exceptions.BatchWriteException;
import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.listener.CallContext;
import io.github.dynamoconnection.listener.CallOutcome;
import io.github.dynamoconnection.listener.ConnectionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one logical call: tells the listeners before and after it (always, success or failure;
 * a failing listener is logged and ignored) and translates failures into the exception hierarchy.
 * With no listeners it adds nothing but a try/catch.
 */
public final class CallRunner {

	private static final Logger logger = LoggerFactory.getLogger(CallRunner.class);

	private final ConnectionListener[] listeners;

	public CallRunner(List<? extends ConnectionListener> listeners) {
		this.listeners = listeners.toArray(new ConnectionListener[0]);
	}

	/** Whether any listener is registered. */
	public boolean hasListeners() {
		return listeners.length > 0;
	}

	/**
	 * Runs {@code body} as one call.
	 * @param operation the operation
	 * @param tables table names as the caller gave them (for exceptions)
	 * @param physicalTables table names as sent to DynamoDB (for listeners)
	 * @param body the call itself
	 * @param outcome builds the listeners' outcome from the result and the duration
	 * @return what {@code body} returned
	 */
	public <T> T run(Operation operation, List<String> tables, List<String> physicalTables, Supplier<T> body,
			BiFunction<T, Duration, CallOutcome> outcome) {
		CallContext context = start(operation, physicalTables);
		T result;
		try {
			result = body.get();
		}
		catch (RuntimeException ex) {
			throw failed(context, operation, tables, ex);
		}
		succeeded(context, result, outcome);
		return result;
	}

	/**
	 * Tells the listeners a call starts (shared with the async connection).
	 * @return the call's context, or {@code null} when there are no listeners
	 */
	public CallContext start(Operation operation, List<String> physicalTables) {
		if (listeners.length == 0) {
			return null;
		}
		CallContext context = new CallContext(operation.awsName(), physicalTables);
		before(context);
		return context;
	}

	/** Tells the listeners the call started with {@link #start} succeeded ({@code context} may be null). */
	public <T> void succeeded(CallContext context, T result, BiFunction<T, Duration, CallOutcome> outcome) {
		if (context != null) {
			after(context, outcome.apply(result, elapsed(context)));
		}
	}

	/**
	 * Translates a failure of the call started with {@link #start} and tells the listeners.
	 * @return the exception for the caller
	 */
	public DynamoConnectionException failed(CallContext context, Operation operation, List<String> tables, Throwable failure) {
		DynamoConnectionException error = ExceptionTranslator.translate(operation, tables, failure);
		if (context != null) {
			after(context, new CallOutcome(null, error, elapsed(context), List.of(), unprocessed(error)));
		}
		return error;
	}

	private static int unprocessed(DynamoConnectionException error) {
		if (error instanceof BatchWriteException batch) {
			return batch.unprocessedCount();
		}
		if (error instanceof BatchGetException batch) {
			return batch.unprocessedCount();
		}
		return 0;
	}

	private static Duration elapsed(CallContext context) {
		return Duration.ofNanos(System.nanoTime() - context.startNanos());
	}

	private void before(CallContext context) {
		for (ConnectionListener listener : listeners) {
			try {
				listener.beforeCall(context);
			}
			catch (RuntimeException ex) {
				logger.warn("ConnectionListener {} failed in beforeCall for {}", listener, context, ex);
			}
		}
	}

	private void after(CallContext context, CallOutcome outcome) {
		for (ConnectionListener listener : listeners) {
			try {
				listener.afterCall(context, outcome);
			}
			catch (RuntimeException ex) {
				logger.warn("ConnectionListener {} failed in afterCall for {}", listener, context, ex);
			}
		}
	}

}
