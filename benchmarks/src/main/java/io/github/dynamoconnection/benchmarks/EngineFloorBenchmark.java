package io.github.dynamoconnection.benchmarks;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * Goal 3: the engine in-process vs the floor, the same SDK client on an {@code SdkHttpClient} that
 * returns a canned answer and does no work. Ratio = floor ops/s / engine ops/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineFloorBenchmark {

	@Param({ "engine", "floor" })
	public String backend;

	private EmbeddedDynamoDb engine;

	private DynamoDbClient client;

	private final Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> key = Items.key("p", 1);

	private final Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item = Items.item("p", 2);

	@Setup(Level.Trial)
	public void setUp() {
		if ("engine".equals(backend)) {
			engine = EmbeddedDynamoDb.start();
			client = engine.client();
			Clients.createTable(client);
			client.putItem(b -> b.tableName(Clients.TABLE).item(Items.item("p", 1)));
		}
		else {
			client = Clients.client(new CannedHttpClient(Map.of("GetItem", Items.getItemJson("p", 1), "PutItem", "{}")),
					URI.create("http://canned.local"));
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		client.close();
		if (engine != null) {
			engine.close();
		}
	}

	@Benchmark
	public GetItemResponse getItem() {
		return client.getItem(b -> b.tableName(Clients.TABLE).key(key));
	}

	@Benchmark
	public PutItemResponse putItem() {
		return client.putItem(b -> b.tableName(Clients.TABLE).item(item));
	}

}
