package io.github.dynamoconnection.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A real {@code DynamoDbClient} against the engine through both faces (in-process, and HTTP with the
 * apache5 client): the same scenario, the same results; both faces share one engine.
 */
class EndToEndTests {

	private static EmbeddedDynamoDb dynamoDb;

	private static DynamoDbClient httpClient;

	@BeforeAll
	static void start() {
		dynamoDb = EmbeddedDynamoDb.builder().port(0).start();
		httpClient = SdkClients.overHttp(dynamoDb.httpEndpoint());
	}

	@AfterAll
	static void stop() {
		httpClient.close();
		dynamoDb.close();
	}

	static Stream<Arguments> faces() {
		return Stream.of(Arguments.of("in-process", dynamoDb.client()), Arguments.of("http", httpClient));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faces")
	void createPutGetQueryDelete(String face, DynamoDbClient client) {
		String table = "orders-" + face;
		client.createTable(SdkClients.compositeKeyTable(table));
		for (int i = 1; i <= 5; i++) {
			Map<String, AttributeValue> order = item("alice", i, "order " + i);
			client.putItem((request) -> request.tableName(table).item(order));
		}
		client.putItem((request) -> request.tableName(table).item(item("bob", 1, "other")));

		Map<String, AttributeValue> got = client
			.getItem((request) -> request.tableName(table).key(key("alice", 3)).consistentRead(true)).item();
		assertThat(got.get("note").s()).isEqualTo("order 3");

		QueryResponse page = client.query((request) -> request.tableName(table)
			.keyConditionExpression("pk = :pk AND sk > :from")
			.expressionAttributeValues(Map.of(":pk", s("alice"), ":from", n(2)))
			.scanIndexForward(false));
		assertThat(page.items()).extracting((item) -> item.get("sk").n()).containsExactly("5", "4", "3");

		Map<String, AttributeValue> old = client
			.deleteItem((request) -> request.tableName(table).key(key("alice", 3)).returnValues(ReturnValue.ALL_OLD))
			.attributes();
		assertThat(old.get("note").s()).isEqualTo("order 3");
		assertThat(client.getItem((request) -> request.tableName(table).key(key("alice", 3))).hasItem()).isFalse();

		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> client.putItem((request) -> request.tableName(table)
				.item(item("bob", 1, "overwrite"))
				.conditionExpression("attribute_not_exists(pk)")));
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> client.getItem((request) -> request.tableName("missing-" + face).key(key("a", 1))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faces")
	void bothFacesSeeTheSameEngine(String face, DynamoDbClient client) {
		String table = "shared-" + face;
		client.createTable(SdkClients.compositeKeyTable(table));
		client.putItem((request) -> request.tableName(table).item(item("k", 1, face)));
		for (DynamoDbClient other : List.of(dynamoDb.client(), httpClient)) {
			assertThat(other.getItem((request) -> request.tableName(table).key(key("k", 1))).item().get("note").s())
				.isEqualTo(face);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faces")
	void concurrentUpdatesLoseNothing(String face, DynamoDbClient client) throws Exception {
		String table = "counters-" + face;
		client.createTable(SdkClients.compositeKeyTable(table));
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				done.add(threads.submit(() -> {
					for (int i = 0; i < 50; i++) {
						client.updateItem((request) -> request.tableName(table).key(key("c", 1))
							.updateExpression("ADD hits :one")
							.expressionAttributeValues(Map.of(":one", n(1))));
					}
				}));
			}
			for (Future<?> future : done) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(client.getItem((request) -> request.tableName(table).key(key("c", 1)).consistentRead(true))
			.item()
			.get("hits")
			.n()).isEqualTo("200");
	}

	static Map<String, AttributeValue> item(String pk, int sk, String note) {
		return Map.of("pk", s(pk), "sk", n(sk), "note", s(note));
	}

	static Map<String, AttributeValue> key(String pk, int sk) {
		return Map.of("pk", s(pk), "sk", n(sk));
	}

	static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	static AttributeValue n(int value) {
		return AttributeValue.fromN(Integer.toString(value));
	}

}
