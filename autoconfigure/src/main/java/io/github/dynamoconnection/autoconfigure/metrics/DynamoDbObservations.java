package io.github.dynamoconnection.autoconfigure.metrics;

import org.jspecify.annotations.Nullable;

import io.micrometer.observation.ObservationRegistry;

/**
 * Where DynamoDB observations go (the application's {@link ObservationRegistry}, or one that only
 * records timers when there is none) and with which convention; makes the listener and the SDK
 * interceptor of each connection.
 */
public final class DynamoDbObservations {

	/** Name of the top-level connection in the {@code dynamodb.connection.name} key. */
	public static final String DEFAULT_CONNECTION = "default";

	private final ObservationRegistry registry;

	private final @Nullable DynamoDbObservationConvention convention;

	/**
	 * Creates the factory.
	 * @param registry the observation registry
	 * @param convention a convention replacing the default one, or {@code null}
	 */
	public DynamoDbObservations(ObservationRegistry registry, @Nullable DynamoDbObservationConvention convention) {
		this.registry = registry;
		this.convention = convention;
	}

	/** @return the registry observations go to */
	public ObservationRegistry registry() {
		return this.registry;
	}

	/**
	 * The listener observing a sync connection's calls.
	 * @param connectionName the connection's name
	 * @return the listener
	 */
	public ObservationConnectionListener connectionListener(String connectionName) {
		return new ObservationConnectionListener(this.registry, this.convention, connectionName);
	}

	/**
	 * The interceptor observing direct calls on a connection's SDK client.
	 * @param connectionName the connection's name
	 * @return the interceptor
	 */
	public ObservingExecutionInterceptor clientInterceptor(String connectionName) {
		return new ObservingExecutionInterceptor(this.registry, this.convention, connectionName);
	}

}
