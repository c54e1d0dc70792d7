package io.github.dynamoconnection.autoconfigure.metrics;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import software.amazon.awssdk.http.HttpMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.metrics.SdkMetric;

/**
 * Publishes what only the AWS SDK's metric collection sees, the HTTP connection pool, as Micrometer
 * gauges (hand-written: no bridge exists upstream): {@value #HTTP_LEASED}, {@value #HTTP_AVAILABLE},
 * {@value #HTTP_PENDING}, {@value #HTTP_MAX}, each as last reported by a call. Registered only with
 * {@code dynamodb.metrics.http-pool.enabled=true}: with any publisher, the SDK builds a metric
 * collection per call and per attempt. The call and attempt meters come from
 * {@link MeteringExecutionInterceptor}.
 */
public class MicrometerMetricPublisher implements MetricPublisher {

	/** Gauge of HTTP connections in use, as last reported. */
	public static final String HTTP_LEASED = "dynamodb.client.http.connections.leased";

	/** Gauge of idle HTTP connections ready for a request, as last reported. */
	public static final String HTTP_AVAILABLE = "dynamodb.client.http.connections.available";

	/** Gauge of requests waiting for an HTTP connection, as last reported. */
	public static final String HTTP_PENDING = "dynamodb.client.http.connections.pending";

	/** Gauge of the HTTP connection pool size, as last reported. */
	public static final String HTTP_MAX = "dynamodb.client.http.connections.max";

	private final MeterRegistry registry;

	private final AtomicInteger leased = new AtomicInteger();

	private final AtomicInteger available = new AtomicInteger();

	private final AtomicInteger pending = new AtomicInteger();

	private final AtomicInteger max = new AtomicInteger();

	/**
	 * Creates a publisher recording into the given registry.
	 * @param registry the meter registry
	 */
	public MicrometerMetricPublisher(MeterRegistry registry) {
		this(registry, DynamoDbObservations.DEFAULT_CONNECTION);
	}

	/**
	 * Creates a publisher recording into the given registry for one connection.
	 * @param registry the meter registry
	 * @param connectionName the connection's name, the {@code dynamodb.connection.name} tag of every meter
	 */
	public MicrometerMetricPublisher(MeterRegistry registry, String connectionName) {
		this.registry = registry;
		gauge(HTTP_LEASED, this.leased, "HTTP connections in use by the DynamoDB client", connectionName);
		gauge(HTTP_AVAILABLE, this.available, "Idle HTTP connections of the DynamoDB client", connectionName);
		gauge(HTTP_PENDING, this.pending, "Requests waiting for an HTTP connection of the DynamoDB client",
				connectionName);
		gauge(HTTP_MAX, this.max, "Maximum HTTP connections of the DynamoDB client", connectionName);
	}

	private void gauge(String name, AtomicInteger value, String description, String connectionName) {
		Gauge.builder(name, value, AtomicInteger::get)
			.description(description)
			.tag(ClientMeters.CONNECTION_TAG, connectionName)
			.register(this.registry);
	}

	/**
	 * A publisher like this one for another connection, recording into the same registry.
	 * @param connectionName the connection's name
	 * @return that connection's publisher
	 */
	public MicrometerMetricPublisher forConnection(String connectionName) {
		return new MicrometerMetricPublisher(this.registry, connectionName);
	}

	@Override
	public void publish(MetricCollection apiCall) {
		for (MetricCollection attempt : apiCall.children()) {
			for (MetricCollection http : attempt.children()) {
				update(this.leased, http, HttpMetric.LEASED_CONCURRENCY);
				update(this.available, http, HttpMetric.AVAILABLE_CONCURRENCY);
				update(this.pending, http, HttpMetric.PENDING_CONCURRENCY_ACQUIRES);
				update(this.max, http, HttpMetric.MAX_CONCURRENCY);
			}
		}
	}

	private static void update(AtomicInteger gauge, MetricCollection http, SdkMetric<Integer> metric) {
		List<Integer> values = http.metricValues(metric);
		if (!values.isEmpty()) {
			gauge.set(values.get(0));
		}
	}

	@Override
	public void close() {
	}

}
