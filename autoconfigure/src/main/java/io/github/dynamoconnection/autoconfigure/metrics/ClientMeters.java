package io.github.dynamoconnection.autoconfigure.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The SDK client meters of one connection ({@link MeteringExecutionInterceptor}'s names), looked
 * up once per operation and outcome and cached, so that a successful call costs one map read and
 * two timer records.
 */
public final class ClientMeters {

	/** The outcome tag of a successful call or attempt. */
	static final String SUCCESS = "success";

	/** The tag naming the connection a meter belongs to: {@code default} or a {@code dynamodb.connections} name. */
	static final String CONNECTION_TAG = "dynamodb.connection.name";

	/** The HTTP status tag of {@value MeteringExecutionInterceptor#SERVICE_CALL}. */
	static final String STATUS_TAG = "http.status_code";

	private final MeterRegistry registry;

	private final String connectionName;

	private final Map<String, OperationMeters> operations = new ConcurrentHashMap<>();

	/**
	 * Creates the meters of one connection.
	 * @param registry the meter registry
	 * @param connectionName the connection's name, the {@value #CONNECTION_TAG} tag of every meter
	 */
	public ClientMeters(MeterRegistry registry, String connectionName) {
		this.registry = registry;
		this.connectionName = connectionName;
	}

	/**
	 * The same meters for another connection, in the same registry.
	 * @param connectionName the connection's name
	 * @return that connection's meters
	 */
	public ClientMeters forConnection(String connectionName) {
		return new ClientMeters(this.registry, connectionName);
	}

	OperationMeters forOperation(String operation) {
		OperationMeters meters = this.operations.get(operation);
		return (meters != null) ? meters : this.operations.computeIfAbsent(operation, OperationMeters::new);
	}

	/** The meters of one operation; the successful call's and 200 attempt's timers held in fields. */
	final class OperationMeters {

		private final String operation;

		private final Timer apiCallSuccess;

		private final Timer serviceCallOk;

		private final Map<String, Timer> timers = new ConcurrentHashMap<>();

		private final Map<String, Counter> counters = new ConcurrentHashMap<>();

		OperationMeters(String operation) {
			this.operation = operation;
			this.apiCallSuccess = timer(MeteringExecutionInterceptor.API_CALL, SUCCESS, null);
			this.serviceCallOk = timer(MeteringExecutionInterceptor.SERVICE_CALL, SUCCESS, "200");
		}

		Timer apiCall(String outcome) {
			return SUCCESS.equals(outcome) ? this.apiCallSuccess : this.timers.computeIfAbsent("call " + outcome,
					(key) -> timer(MeteringExecutionInterceptor.API_CALL, outcome, null));
		}

		Timer serviceCall(String outcome, int status) {
			if (status == 200 && SUCCESS.equals(outcome)) {
				return this.serviceCallOk;
			}
			String statusTag = (status != 0) ? Integer.toString(status) : "none";
			return this.timers.computeIfAbsent("attempt " + outcome + " " + statusTag,
					(key) -> timer(MeteringExecutionInterceptor.SERVICE_CALL, outcome, statusTag));
		}

		void failedAttempt(String errorType) {
			counter(MeteringExecutionInterceptor.ERRORS, errorType).increment();
			if (ClientErrorTypes.THROTTLING.equals(errorType)) {
				counter(MeteringExecutionInterceptor.THROTTLED, null).increment();
			}
		}

		void retries(int retries) {
			counter(MeteringExecutionInterceptor.RETRIES, null).increment(retries);
		}

		private Timer timer(String name, String outcome, @Nullable String status) {
			Timer.Builder builder = Timer.builder(name)
				.tag("operation", this.operation)
				.tag("outcome", outcome)
				.tag(CONNECTION_TAG, ClientMeters.this.connectionName);
			return ((status != null) ? builder.tag(STATUS_TAG, status) : builder).register(ClientMeters.this.registry);
		}

		private Counter counter(String name, @Nullable String errorType) {
			return this.counters.computeIfAbsent((errorType != null) ? name + " " + errorType : name, (key) -> {
				Counter.Builder builder = Counter.builder(name)
					.tag("operation", this.operation)
					.tag(CONNECTION_TAG, ClientMeters.this.connectionName);
				return ((errorType != null) ? builder.tag("error.type", errorType) : builder)
					.register(ClientMeters.this.registry);
			});
		}

	}

}
