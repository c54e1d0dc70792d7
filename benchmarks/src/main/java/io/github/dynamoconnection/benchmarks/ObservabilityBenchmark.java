package io.github.dynamoconnection.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.metrics.DynamoDbObservations;
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
 * Goal 2: a Connection with the Micrometer connection listener and the SDK metric publisher bridge
 * (what the starter registers) vs the same Connection without them, on the in-process engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ObservabilityBenchmark {

	/** {@code sdk-collection}: the SDK collecting metrics for a publisher that does nothing (diagnostic row). */
	@Param({ "plain", "instrumented", "sdk-collection" })
	public String setup;

	private EmbeddedDynamoDb engine;

	private DynamoDbClient client;

	private Connection connection;

	private final String sortKey1 = Items.sortKey(1);

	private final String sortKey2 = Items.sortKey(2);

	@Setup(Level.Trial)
	public void setUp() {
		engine = EmbeddedDynamoDb.start();
		var builder = Connection.builder();
		if ("instrumented".equals(setup)) {
			SimpleMeterRegistry registry = new SimpleMeterRegistry();
			client = Clients.client(engine.sdkHttpClient(), engine.endpoint(),
					ClientOverrideConfiguration.builder().addMetricPublisher(new MicrometerMetricPublisher(registry)).build());
			builder.listener(new MicrometerConnectionListener(registry));
			builder.listener(new DynamoDbObservations(meterOnly(registry), null)
				.connectionListener(DynamoDbObservations.DEFAULT_CONNECTION));
		}
		else if ("sdk-collection".equals(setup)) {
			MetricPublisher discard = new MetricPublisher() {
				@Override
				public void publish(MetricCollection metricCollection) {
				}

				@Override
				public void close() {
				}
			};
			client = Clients.client(engine.sdkHttpClient(), engine.endpoint(),
					ClientOverrideConfiguration.builder().addMetricPublisher(discard).build());
		}
		else {
			client = Clients.client(engine.sdkHttpClient(), engine.endpoint());
		}
		Clients.createTable(client);
		client.putItem(b -> b.tableName(Clients.TABLE).item(Items.item("p", 1)));
		connection = builder.client(client).build();
	}

	/** An observation registry that records the call timers, as the starter sets up with only a MeterRegistry. */
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

}
