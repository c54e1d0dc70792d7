package io.github.dynamoconnection.autoconfigure.metrics;

import org.jspecify.annotations.Nullable;

import io.github.dynamoconnection.autoconfigure.AsyncAdaptableConnectionListener;
import io.github.dynamoconnection.autoconfigure.ConnectionScoped;
import io.github.dynamoconnection.listener.CallContext;
import io.github.dynamoconnection.listener.CallOutcome;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Makes every {@code Connection} call one {@link Observation}
 * ({@link DynamoDbObservationDocumentation#CONNECTION_CALL}): a timer when metrics are on, a span
 * when tracing is. For a sync connection the observation is in scope on the calling thread for the
 * whole call; for an async one ({@link #forAsync()}) it is never put in scope, because the call
 * ends on another thread: its parent is the observation current when the call started.
 */
public class ObservationConnectionListener
		implements AsyncAdaptableConnectionListener, ConnectionScoped<ObservationConnectionListener> {

	private static final Object OBSERVATION = new Object();

	private static final Object SCOPE = new Object();

	private static final Object MARK = new Object();

	private final ObservationRegistry registry;

	private final @Nullable DynamoDbObservationConvention customConvention;

	private final String connectionName;

	private final boolean async;

	/**
	 * Creates a listener for a sync connection.
	 * @param registry the observation registry
	 * @param customConvention a convention replacing the default one, or {@code null}
	 * @param connectionName the connection's name, a low-cardinality key value
	 */
	public ObservationConnectionListener(ObservationRegistry registry,
			@Nullable DynamoDbObservationConvention customConvention, String connectionName) {
		this(registry, customConvention, connectionName, false);
	}

	private ObservationConnectionListener(ObservationRegistry registry,
			@Nullable DynamoDbObservationConvention customConvention, String connectionName, boolean async) {
		this.registry = registry;
		this.customConvention = customConvention;
		this.connectionName = connectionName;
		this.async = async;
	}

	/**
	 * The same listener for an {@code AsyncConnection}, which never opens a scope.
	 * @return a listener for async calls
	 */
	@Override
	public ObservationConnectionListener forAsync() {
		return new ObservationConnectionListener(this.registry, this.customConvention, this.connectionName, true);
	}

	/**
	 * The same listener for another connection, whose calls carry that name.
	 * @param connectionName the connection's name
	 * @return a listener for that connection
	 */
	@Override
	public ObservationConnectionListener forConnection(String connectionName) {
		return new ObservationConnectionListener(this.registry, this.customConvention, connectionName, this.async);
	}

	@Override
	public void beforeCall(CallContext call) {
		DynamoDbObservationContext context = new DynamoDbObservationContext(call.operation(), call.tableNames(),
				this.connectionName);
		Observation observation = DynamoDbObservationDocumentation.CONNECTION_CALL
			.observation(this.customConvention, DefaultDynamoDbObservationConvention.CONNECTION, () -> context,
					this.registry)
			.start();
		call.attributes().put(OBSERVATION, observation);
		call.attributes().put(MARK, ConnectionCallMarker.mark(this.async));
		if (!this.async) {
			call.attributes().put(SCOPE, observation.openScope());
		}
	}

	@Override
	public void afterCall(CallContext call, CallOutcome outcome) {
		if (call.attributes().remove(SCOPE) instanceof Observation.Scope scope) {
			scope.close();
		}
		if (call.attributes().remove(MARK) instanceof ConnectionCallMarker.Mark mark) {
			ConnectionCallMarker.clear(mark);
		}
		if (!(call.attributes().remove(OBSERVATION) instanceof Observation observation)) {
			return;
		}
		if (observation.getContext() instanceof DynamoDbObservationContext context) {
			context.setResponse(outcome.response());
			context.setConsumedCapacity(outcome.consumedCapacity());
			context.setUnprocessedEntries(outcome.unprocessedEntries());
			if (outcome.error() != null) {
				context.setErrorType(outcome.outcomeTag());
			}
		}
		if (outcome.error() != null) {
			observation.error(outcome.error());
		}
		observation.stop();
	}

}
