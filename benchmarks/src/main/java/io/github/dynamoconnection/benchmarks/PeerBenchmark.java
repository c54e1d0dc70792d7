package io.github.dynamoconnection.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Goal 4: the engine's HTTP face vs moto_server and dynalite, one Java client (apache5 over
 * loopback) for all. {@code standalone} is the engine's standalone jar in its own process, measured
 * like the peers; {@code embedded} (the engine's HTTP face inside the benchmark JVM) is a
 * diagnostic. run.sh runs it with 1 and 8 threads; BatchWriteItem writes 25 items per op, Query
 * reads 10 items per op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PeerBenchmark {

	@Param({ "standalone", "embedded", "moto", "dynalite" })
	public String server;

	/** Items in the partition {@link #query()} reads. */
	static final int QUERY_ITEMS = 10;

	private static final String QUERY_PARTITION = "q";

	private PeerServer peer;

	private DynamoDbClient client;

	private final AtomicInteger sequence = new AtomicInteger();

	private final Map<String, AttributeValue> key = Items.key("p", 1);

	private final Map<String, AttributeValue> queryValues = Map.of(":pk", AttributeValue.fromS(QUERY_PARTITION));

	@Setup(Level.Trial)
	public void setUp() {
		peer = PeerServer.start(server);
		client = Clients.httpClient(peer.endpoint());
		Clients.createTable(client);
		client.putItem(b -> b.tableName(Clients.TABLE).item(Items.item("p", 1)));
		for (int i = 0; i < QUERY_ITEMS; i++) {
			int n = i;
			client.putItem(b -> b.tableName(Clients.TABLE).item(Items.item(QUERY_PARTITION, n)));
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		client.close();
		peer.close();
	}

	@Benchmark
	public GetItemResponse getItem() {
		return client.getItem(b -> b.tableName(Clients.TABLE).key(key));
	}

	@Benchmark
	public PutItemResponse putItem() {
		int i = sequence.incrementAndGet() % 10_000;
		return client.putItem(b -> b.tableName(Clients.TABLE).item(Items.item("put", i)));
	}

	/** 10 items per operation: items/s = ops/s x 10. */
	@Benchmark
	public QueryResponse query() {
		return client.query(b -> b.tableName(Clients.TABLE)
			.keyConditionExpression("pk = :pk")
			.expressionAttributeValues(queryValues));
	}

	/** 25 items per operation: items/s = ops/s x 25. */
	@Benchmark
	public BatchWriteItemResponse batchWriteItem() {
		int base = sequence.getAndAdd(25);
		List<WriteRequest> writes = new ArrayList<>(25);
		for (int i = 0; i < 25; i++) {
			writes.add(WriteRequest.builder()
				.putRequest(PutRequest.builder().item(Items.item("batch", (base + i) % 100_000)).build())
				.build());
		}
		return client.batchWriteItem(b -> b.requestItems(Map.of(Clients.TABLE, writes)));
	}

}
