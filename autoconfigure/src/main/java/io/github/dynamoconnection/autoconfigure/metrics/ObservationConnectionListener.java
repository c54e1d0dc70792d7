package io.github.dynamoconnection.autoconfigure.metrics;

import io.github.dynamoconnection.listener.CallContext;
import io.github.dynamoconnection.listener.CallOutcome;
import io.github.dynamoconnection.listener.ConnectionListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Makes every {@code Connection} call an {@link Observation} named {@value #NAME} (low-cardinality
 * key values operation, table, outcome), opened in scope for the call so that tracing sees it as a
 * span.
 */
public class ObservationConnectionListener implements ConnectionListener {

	/** Name of the observations. */
	public static final String NAME = "dynamodb.connection.call";

	private static final Object SCOPE = new Object();

	private final ObservationRegistry registry;

	/**
	 * Creates a listener observing into the given registry.
	 * @param registry the observation registry
	 */
	public ObservationConnectionListener(ObservationRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void beforeCall(CallContext call) {
		Observation observation = Observation.createNotStarted(NAME, this.registry)
			.contextualName("dynamodb " + call.operation())
			.lowCardinalityKeyValue("operation", call.operation())
			.lowCardinalityKeyValue("table", (call.tableName() != null) ? call.tableName() : "none")
			.start();
		call.attributes().put(SCOPE, observation.openScope());
	}

	@Override
	public void afterCall(CallContext call, CallOutcome outcome) {
		if (!(call.attributes().remove(SCOPE) instanceof Observation.Scope scope)) {
			return;
		}
		Observation observation = scope.getCurrentObservation();
		scope.close();
		observation.lowCardinalityKeyValue("outcome", outcome.outcomeTag());
		if (outcome.error() != null) {
			observation.error(outcome.error());
		}
		observation.stop();
	}

}
