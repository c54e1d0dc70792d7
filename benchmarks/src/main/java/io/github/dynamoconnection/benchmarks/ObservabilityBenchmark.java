package io.github.dynamoconnection.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.metrics.ClientMeters;
import io.github.dynamoconnection.autoconfigure.metrics.ConnectionCallTimer;
import io.github.dynamoconnection.autoconfigure.metrics.DynamoDbObservations;
import io.github.dynamoconnection.autoconfigure.metrics.MeteringExecutionInterceptor;
import io.github.dynamoconnection.autoconfigure.metrics.MicrometerConnectionListener;
import io.github.dynamoconnection.autoconfigure.metrics.MicrometerMetricPublisher;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Goal 2: a Connection with the meters the starter registers by default with the actuator and no
 * tracing (the SDK client's {@link MeteringExecutionInterceptor}, the observing interceptor of
 * direct client calls, the {@link MicrometerConnectionListener}'s counters and the
 * {@link ConnectionCallTimer}, which records the {@code dynamodb.connection.call} timer and long
 * task timer that Boot's {@link DefaultMeterObservationHandler} would make of the call's
 * observation) vs the same Connection without them; {@code observation}: the same with the call
 * observed through that handler instead (what the starter does when tracing is set up); and with
 * the HTTP pool gauges too ({@code dynamodb.metrics.http-pool.enabled}: an SDK metric publisher).
 * On the in-process engine and over loopback HTTP (the engine's HTTP face, apache5 client).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ObservabilityBenchmark {

	/**
	 * {@code plain}: nothing; {@code meters}: the default meters; {@code observation}: the default
	 * meters with the Connection call observed (the handler's timer); {@code http-pool}: the default
	 * meters and the pool gauges' publisher; {@code sdk-collection}: only the SDK collecting metrics
	 * for a publisher that does nothing. The parts of the default meters, to see what each costs:
	 * {@code meters-no-long-task-timer}: without {@code dynamodb.connection.call.active}
	 * ({@code management.metrics.observations.ignored-meters=long-task-timer}); {@code client-meters}:
	 * only the SDK interceptor's; {@code connection-meters}: only the Connection listeners'.
	 */
	@Param({ "plain", "meters", "observation", "http-pool", "sdk-collection", "meters-no-long-task-timer",
			"client-meters", "connection-meters" })
	public String setup;

	/** {@code inprocess}: the engine's SDK transport; {@code http}: its HTTP server on 127.0.0.1. */
	@Param({ "inprocess", "http" })
	public String transport;

	private EmbeddedDynamoDb engine;

	private DynamoDbClient client;

	private Connection connection;

	private final String sortKey1 = Items.sortKey(1);

	private final String sortKey2 = Items.sortKey(2);

	@Setup(Level.Trial)
	public void setUp() {
		boolean http = "http".equals(transport);
		engine = http ? EmbeddedDynamoDb.builder().port(0).start() : EmbeddedDynamoDb.start();
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		var builder = Connection.builder();
		ClientOverrideConfiguration.Builder overrides = ClientOverrideConfiguration.builder();
		boolean observed = "observation".equals(setup);
		boolean allMeters = "meters".equals(setup) || "http-pool".equals(setup) || observed
				|| "meters-no-long-task-timer".equals(setup);
		boolean clientMeters = allMeters || "client-meters".equals(setup);
		boolean connectionMeters = allMeters || "connection-meters".equals(setup);
		if (!clientMeters && !connectionMeters && !"plain".equals(setup) && !"sdk-collection".equals(setup)) {
			throw new IllegalArgumentException("Unknown setup " + setup + " (plain, meters, observation, http-pool, "
					+ "sdk-collection, meters-no-long-task-timer, client-meters, connection-meters)");
		}
		DynamoDbObservations observations = new DynamoDbObservations(meterOnly(registry), null, observed ? null
				: new ConnectionCallTimer(registry, DynamoDbObservations.DEFAULT_CONNECTION,
						!"meters-no-long-task-timer".equals(setup)));
		if (clientMeters) {
			overrides.addExecutionInterceptor(new MeteringExecutionInterceptor(new ClientMeters(registry, "default")));
		}
		if (allMeters) {
			// observes direct client calls; leaves a Connection call's requests to the Connection's timer
			overrides.addExecutionInterceptor(observations.clientInterceptor(DynamoDbObservations.DEFAULT_CONNECTION));
		}
		if (connectionMeters) {
			builder.listener(new MicrometerConnectionListener(registry))
				.listener(observations.connectionListener(DynamoDbObservations.DEFAULT_CONNECTION));
		}
		if ("http-pool".equals(setup)) {
			overrides.addMetricPublisher(new MicrometerMetricPublisher(registry));
		}
		else if ("sdk-collection".equals(setup)) {
			overrides.addMetricPublisher(new DiscardingPublisher());
		}
		client = http ? Clients.httpClient(engine.httpEndpoint(), overrides.build())
				: Clients.client(engine.sdkHttpClient(), engine.endpoint(), overrides.build());
		Clients.createTable(client);
		client.putItem(b -> b.tableName(Clients.TABLE).item(Items.item("p", 1)));
		connection = builder.client(client).build();
	}

	/** An observation registry that records timers, as Boot's (or the starter's, with only a MeterRegistry). */
	private static ObservationRegistry meterOnly(SimpleMeterRegistry registry) {
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(registry));
		return observations;
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		connection.close();
		client.close();
		engine.close();
	}

	@Benchmark
	public Object getItem() {
		return connection.getItem(Clients.TABLE, "p", sortKey1).item();
	}

	@Benchmark
	public Object putItem() {
		return connection.putItem(Clients.TABLE, "p", sortKey2, Items.javaAttributes(2));
	}

	/** A metric publisher that drops what it is given: the SDK's own collection cost alone. */
	private static final class DiscardingPublisher implements MetricPublisher {

		@Override
		public void publish(MetricCollection metricCollection) {
		}

		@Override
		public void close() {
		}

	}

}
