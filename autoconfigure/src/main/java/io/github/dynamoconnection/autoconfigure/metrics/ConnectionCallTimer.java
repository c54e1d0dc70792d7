package io.github.dynamoconnection.autoconfigure.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import io.github.dynamoconnection.autoconfigure.AsyncAdaptableConnectionListener;
import io.github.dynamoconnection.autoconfigure.ConnectionScoped;
import io.github.dynamoconnection.autoconfigure.metrics.DynamoDbObservationDocumentation.LowCardinalityKeyNames;
import io.github.dynamoconnection.listener.CallContext;
import io.github.dynamoconnection.listener.CallOutcome;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * Times every {@code Connection} call as {@value DefaultDynamoDbObservationConvention#CONNECTION_CALL_NAME}
 * straight into a {@link MeterRegistry}, with the meters (and tags) that Micrometer's
 * {@code DefaultMeterObservationHandler} makes of a {@link DynamoDbObservationDocumentation#CONNECTION_CALL}
 * observation: the timer with the observation's low-cardinality keys and {@code error}, and the
 * long task timer {@code dynamodb.connection.call.active}. Used instead of the observation when
 * nothing but those meters would consume it (no tracing); the meters are looked up once per
 * operation, tables and outcome and kept, so that a call costs a map read and a timer record.
 */
public class ConnectionCallTimer implements AsyncAdaptableConnectionListener, ConnectionScoped<ConnectionCallTimer> {

	private static final Object STATE = new Object();

	private static final String NONE = "none";

	private final MeterRegistry registry;

	private final String connectionName;

	private final boolean longTaskTimer;

	private final boolean async;

	private final Map<CallKey, CallMeters> meters;

	/**
	 * Creates the timer of a sync connection's calls.
	 * @param registry the meter registry
	 * @param connectionName the connection's name, the {@code dynamodb.connection.name} tag
	 * @param longTaskTimer whether to keep {@code dynamodb.connection.call.active} too
	 */
	public ConnectionCallTimer(MeterRegistry registry, String connectionName, boolean longTaskTimer) {
		this(registry, connectionName, longTaskTimer, false, new ConcurrentHashMap<>());
	}

	private ConnectionCallTimer(MeterRegistry registry, String connectionName, boolean longTaskTimer, boolean async,
			Map<CallKey, CallMeters> meters) {
		this.registry = registry;
		this.connectionName = connectionName;
		this.longTaskTimer = longTaskTimer;
		this.async = async;
		this.meters = meters;
	}

	@Override
	public ConnectionCallTimer forAsync() {
		return new ConnectionCallTimer(this.registry, this.connectionName, this.longTaskTimer, true, this.meters);
	}

	@Override
	public ConnectionCallTimer forConnection(String connectionName) {
		return new ConnectionCallTimer(this.registry, connectionName, this.longTaskTimer, this.async,
				new ConcurrentHashMap<>());
	}

	@Override
	public void beforeCall(CallContext call) {
		CallKey key = new CallKey(call.operation(), call.tableNames());
		CallMeters callMeters = this.meters.get(key);
		if (callMeters == null) {
			callMeters = this.meters.computeIfAbsent(key, CallMeters::new);
		}
		LongTaskTimer.@Nullable Sample active = (callMeters.active != null) ? callMeters.active.start() : null;
		call.attributes().put(STATE, new CallState(callMeters, ConnectionCallMarker.mark(this.async), active));
	}

	@Override
	public void afterCall(CallContext call, CallOutcome outcome) {
		if (!(call.attributes().remove(STATE) instanceof CallState state)) {
			return;
		}
		ConnectionCallMarker.clear(state.mark());
		if (state.active() != null) {
			state.active().stop();
		}
		Timer timer = (outcome.error() == null) ? state.meters().success
				: state.meters().failure(outcome.outcomeTag(), outcome.error().getClass().getSimpleName());
		timer.record(outcome.duration());
	}

	/** The meters of one operation on some tables. */
	private final class CallMeters {

		private final Tags tags;

		private final Timer success;

		private final @Nullable LongTaskTimer active;

		private final Map<String, Timer> failures = new ConcurrentHashMap<>();

		CallMeters(CallKey key) {
			this.tags = Tags.of(LowCardinalityKeyNames.DB_SYSTEM_NAME.asString(), "aws.dynamodb",
					LowCardinalityKeyNames.DB_OPERATION_NAME.asString(), key.operation(),
					LowCardinalityKeyNames.TABLE_NAMES.asString(),
					DefaultDynamoDbObservationConvention.tablesValue(key.tableNames()),
					LowCardinalityKeyNames.CONNECTION_NAME.asString(), ConnectionCallTimer.this.connectionName);
			this.success = timer(NONE, NONE);
			this.active = ConnectionCallTimer.this.longTaskTimer
					? LongTaskTimer.builder(DefaultDynamoDbObservationConvention.CONNECTION_CALL_NAME + ".active")
						.tags(this.tags.and(LowCardinalityKeyNames.ERROR_TYPE.asString(), NONE))
						.register(ConnectionCallTimer.this.registry)
					: null;
		}

		Timer failure(String errorType, String error) {
			Timer timer = this.failures.get(errorType + ' ' + error);
			return (timer != null) ? timer
					: this.failures.computeIfAbsent(errorType + ' ' + error, (name) -> timer(errorType, error));
		}

		private Timer timer(String errorType, String error) {
			return Timer.builder(DefaultDynamoDbObservationConvention.CONNECTION_CALL_NAME)
				.tags(this.tags.and(LowCardinalityKeyNames.ERROR_TYPE.asString(), errorType, "error", error))
				.register(ConnectionCallTimer.this.registry);
		}

	}

	private record CallKey(String operation, List<String> tableNames) {
	}

	private record CallState(CallMeters meters, ConnectionCallMarker.Mark mark, LongTaskTimer.@Nullable Sample active) {
	}

}
