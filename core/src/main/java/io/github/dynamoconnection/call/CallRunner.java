package io.github.dynamoconnection.call;

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
		if (listeners.length == 0) {
			try {
				return body.get();
			}
			catch (RuntimeException ex) {
				throw ExceptionTranslator.translate(operation, tables, ex);
			}
		}
		CallContext context = new CallContext(operation.awsName(), physicalTables);
		before(context);
		T result;
		try {
			result = body.get();
		}
		catch (RuntimeException ex) {
			DynamoConnectionException error = ExceptionTranslator.translate(operation, tables, ex);
			after(context, new CallOutcome(null, error, elapsed(context), List.of(), unprocessed(error)));
			throw error;
		}
		after(context, outcome.apply(result, elapsed(context)));
		return result;
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
