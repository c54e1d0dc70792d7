package io.github.dynamoconnection.autoconfigure.metrics;

import org.jspecify.annotations.Nullable;

import io.github.dynamoconnection.autoconfigure.AsyncAdaptableConnectionListener;
import io.micrometer.observation.ObservationRegistry;

/**
 * Where DynamoDB observations go (the application's {@link ObservationRegistry}, or one that only
 * records timers when there is none) and with which convention; makes the listener and the SDK
 * interceptor of each connection. When the observations of {@code Connection} calls would only
 * become meters, a {@link ConnectionCallTimer} records those meters instead, without observations.
 */
public final class DynamoDbObservations {

	/** Name of the top-level connection in the {@code dynamodb.connection.name} key. */
	public static final String DEFAULT_CONNECTION = "default";

	private final ObservationRegistry registry;

	private final @Nullable DynamoDbObservationConvention convention;

	private final @Nullable ConnectionCallTimer callTimer;

	/**
	 * Creates the factory of observing listeners.
	 * @param registry the observation registry
	 * @param convention a convention replacing the default one, or {@code null}
	 */
	public DynamoDbObservations(ObservationRegistry registry, @Nullable DynamoDbObservationConvention convention) {
		this(registry, convention, null);
	}

	/**
	 * Creates the factory.
	 * @param registry the observation registry (of direct client calls, and of Connection calls
	 * without a call timer)
	 * @param convention a convention replacing the default one, or {@code null}
	 * @param callTimer the timer of Connection calls when their observations would only be meters,
	 * or {@code null} to observe them
	 */
	public DynamoDbObservations(ObservationRegistry registry, @Nullable DynamoDbObservationConvention convention,
			@Nullable ConnectionCallTimer callTimer) {
		this.registry = registry;
		this.convention = convention;
		this.callTimer = callTimer;
	}

	/** @return the registry observations go to */
	public ObservationRegistry registry() {
		return this.registry;
	}

	/**
	 * The listener timing or observing a sync connection's calls.
	 * @param connectionName the connection's name
	 * @return a {@link ConnectionCallTimer} or an {@link ObservationConnectionListener}
	 */
	public AsyncAdaptableConnectionListener connectionListener(String connectionName) {
		return (this.callTimer != null) ? this.callTimer.forConnection(connectionName)
				: new ObservationConnectionListener(this.registry, this.convention, connectionName);
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
