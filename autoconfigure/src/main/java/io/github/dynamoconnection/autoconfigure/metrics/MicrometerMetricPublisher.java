package io.github.dynamoconnection.autoconfigure.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.http.HttpMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.metrics.SdkMetric;

/**
 * Publishes the AWS SDK's per-call metrics to Micrometer (hand-written: no bridge exists upstream).
 * Per API call: {@value #API_CALL} (timer), {@value #RETRIES}; per attempt:
 * {@value #SERVICE_CALL} (timer), {@value #ERRORS}, {@value #THROTTLED}; HTTP pool gauges
 * {@value #HTTP_LEASED}, {@value #HTTP_PENDING}, {@value #HTTP_MAX}. Tags are the operation and
 * the outcome or error type only. Meters are looked up once and cached, so a call costs a few map
 * reads.
 */
public class MicrometerMetricPublisher implements MetricPublisher {

	/** Timer of whole API calls, retries included; tags operation, outcome. */
	public static final String API_CALL = "dynamodb.client.api.call";

	/** Timer of single HTTP attempts; tags operation, outcome. */
	public static final String SERVICE_CALL = "dynamodb.client.service.call";

	/** Counter of retries; tag operation. */
	public static final String RETRIES = "dynamodb.client.retries";

	/** Counter of failed attempts; tags operation, error.type. */
	public static final String ERRORS = "dynamodb.client.errors";

	/** Counter of throttled attempts; tag operation. */
	public static final String THROTTLED = "dynamodb.client.throttled";

	/** Gauge of HTTP connections in use, as last reported. */
	public static final String HTTP_LEASED = "dynamodb.client.http.connections.leased";

	/** Gauge of requests waiting for an HTTP connection, as last reported. */
	public static final String HTTP_PENDING = "dynamodb.client.http.connections.pending";

	/** Gauge of the HTTP connection pool size, as last reported. */
	public static final String HTTP_MAX = "dynamodb.client.http.connections.max";

	private static final String SUCCESS = "success";

	private static final String UNKNOWN = "unknown";

	/** The tag naming the connection a meter belongs to: {@code default} or a {@code dynamodb.connections} name. */
	static final String CONNECTION_TAG = "dynamodb.connection.name";

	private final MeterRegistry registry;

	private final String connectionName;

	private final Map<MeterKey, Timer> timers = new ConcurrentHashMap<>();

	private final Map<MeterKey, Counter> counters = new ConcurrentHashMap<>();

	private final AtomicInteger leased = new AtomicInteger();

	private final AtomicInteger pending = new AtomicInteger();

	private final AtomicInteger max = new AtomicInteger();

	/**
	 * Creates a publisher recording into the given registry.
	 * @param registry the meter registry
	 */
	public MicrometerMetricPublisher(MeterRegistry registry) {
		this(registry, "default");
	}

	/**
	 * Creates a publisher recording into the given registry for one connection.
	 * @param registry the meter registry
	 * @param connectionName the connection's name, the {@code dynamodb.connection.name} tag of every meter
	 */
	public MicrometerMetricPublisher(MeterRegistry registry, String connectionName) {
		this.registry = registry;
		this.connectionName = connectionName;
		Gauge.builder(HTTP_LEASED, this.leased, AtomicInteger::get)
			.description("HTTP connections in use by the DynamoDB client")
			.tag(CONNECTION_TAG, connectionName)
			.register(registry);
		Gauge.builder(HTTP_PENDING, this.pending, AtomicInteger::get)
			.description("Requests waiting for an HTTP connection of the DynamoDB client")
			.tag(CONNECTION_TAG, connectionName)
			.register(registry);
		Gauge.builder(HTTP_MAX, this.max, AtomicInteger::get)
			.description("Maximum HTTP connections of the DynamoDB client")
			.tag(CONNECTION_TAG, connectionName)
			.register(registry);
	}

	/** A publisher like this one for another connection, recording into the same registry. */
	public MicrometerMetricPublisher forConnection(String connectionName) {
		return new MicrometerMetricPublisher(this.registry, connectionName);
	}

	@Override
	public void publish(MetricCollection apiCall) {
		String operation = orElse(first(apiCall, CoreMetric.OPERATION_NAME), UNKNOWN);
		List<MetricCollection> attempts = apiCall.children();
		String lastError = null;
		for (MetricCollection attempt : attempts) {
			lastError = recordAttempt(operation, attempt);
		}
		Boolean successful = first(apiCall, CoreMetric.API_CALL_SUCCESSFUL);
		String outcome = Boolean.TRUE.equals(successful) ? SUCCESS : orElse(lastError, "error");
		Duration duration = first(apiCall, CoreMetric.API_CALL_DURATION);
		if (duration != null) {
			timer(API_CALL, operation, outcome).record(duration);
		}
		Integer retries = first(apiCall, CoreMetric.RETRY_COUNT);
		if (retries != null && retries > 0) {
			counter(RETRIES, operation, "").increment(retries);
		}
	}

	private @Nullable String recordAttempt(String operation, MetricCollection attempt) {
		String errorType = errorTag(first(attempt, CoreMetric.ERROR_TYPE));
		Duration duration = first(attempt, CoreMetric.SERVICE_CALL_DURATION);
		if (duration != null) {
			timer(SERVICE_CALL, operation, orElse(errorType, SUCCESS)).record(duration);
		}
		if (errorType != null) {
			counter(ERRORS, operation, errorType).increment();
			if ("throttling".equals(errorType)) {
				counter(THROTTLED, operation, "").increment();
			}
		}
		for (MetricCollection http : attempt.children()) {
			update(this.leased, first(http, HttpMetric.LEASED_CONCURRENCY));
			update(this.pending, first(http, HttpMetric.PENDING_CONCURRENCY_ACQUIRES));
			update(this.max, first(http, HttpMetric.MAX_CONCURRENCY));
		}
		return errorType;
	}

	private Timer timer(String name, String operation, String outcome) {
		return this.timers.computeIfAbsent(new MeterKey(name, operation, outcome),
				(key) -> Timer.builder(name)
					.tag("operation", operation)
					.tag("outcome", outcome)
					.tag(CONNECTION_TAG, this.connectionName)
					.register(this.registry));
	}

	private Counter counter(String name, String operation, String errorType) {
		return this.counters.computeIfAbsent(new MeterKey(name, operation, errorType), (key) -> {
			Counter.Builder builder = Counter.builder(name).tag("operation", operation).tag(CONNECTION_TAG, this.connectionName);
			return (errorType.isEmpty() ? builder : builder.tag("error.type", errorType)).register(this.registry);
		});
	}

	private static void update(AtomicInteger gauge, @Nullable Integer value) {
		if (value != null) {
			gauge.set(value);
		}
	}

	/** {@code Throttling} -> {@code throttling}, {@code ServerError} -> {@code server_error}. */
	private static @Nullable String errorTag(@Nullable String sdkErrorType) {
		if (sdkErrorType == null) {
			return null;
		}
		return sdkErrorType.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	private static <T> @Nullable T first(MetricCollection collection, SdkMetric<T> metric) {
		List<T> values = collection.metricValues(metric);
		return values.isEmpty() ? null : values.get(0);
	}

	private static String orElse(@Nullable String value, String fallback) {
		return (value != null) ? value : fallback;
	}

	@Override
	public void close() {
	}

	private record MeterKey(String name, String operation, String tag) {
	}

}
