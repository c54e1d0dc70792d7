package io.github.dynamoconnection.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.dynamoconnection.Connection;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import io.github.dynamoconnection.item.QueryOptions;

/**
 * Goal 1: {@link Connection} vs a raw {@code DynamoDbClient} doing the same GetItem, PutItem and
 * 10-item Query on the in-process engine. Each side does what application code does per call: the
 * raw side builds its AttributeValue item, the Connection side a plain Java map that the Connection
 * converts; both read the result as a user would (the Connection converts items to plain Java, the
 * raw client hands back AttributeValue maps).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ConnectionOverheadBenchmark {

	@Param({ "raw", "connection" })
	public String api;

	private EmbeddedDynamoDb engine;

	private DynamoDbClient client;

	private Connection connection;

	private final Map<String, AttributeValue> rawKey = Items.key("p", 1);

	private final Map<String, AttributeValue> queryValues = Map.of(":pk", AttributeValue.fromS("q"));

	private final String sortKey1 = Items.sortKey(1);

	private final String sortKey2 = Items.sortKey(2);

	@Setup(Level.Trial)
	public void setUp() {
		engine = EmbeddedDynamoDb.start();
		client = engine.client();
		Clients.createTable(client);
		client.putItem(b -> b.tableName(Clients.TABLE).item(Items.item("p", 1)));
		for (int i = 0; i < 10; i++) {
			Map<String, AttributeValue> item = Items.item("q", i);
			client.putItem(b -> b.tableName(Clients.TABLE).item(item));
		}
		connection = Connection.builder().client(client).build();
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		connection.close();
		engine.close();
	}

	@Benchmark
	public Object getItem() {
		if ("raw".equals(api)) {
			return client.getItem(b -> b.tableName(Clients.TABLE).key(rawKey)).item();
		}
		return connection.getItem(Clients.TABLE, "p", sortKey1).item();
	}

	@Benchmark
	public Object putItem() {
		if ("raw".equals(api)) {
			Map<String, AttributeValue> item = Items.item("p", 2);
			return client.putItem(b -> b.tableName(Clients.TABLE).item(item));
		}
		return connection.putItem(Clients.TABLE, "p", sortKey2, Items.javaAttributes(2));
	}

	@Benchmark
	public List<?> query10() {
		if ("raw".equals(api)) {
			return client.query(b -> b.tableName(Clients.TABLE)
				.keyConditionExpression("pk = :pk")
				.expressionAttributeValues(queryValues)).items();
		}
		return connection.query(Clients.TABLE, "q", QueryOptions.defaults()).items();
	}

}
