package io.github.dynamoconnection.embedded.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.embedded.SdkClients;
import io.github.dynamoconnection.embedded.contract.Engine;
import io.github.dynamoconnection.embedded.engine.EngineSettings;
import io.github.dynamoconnection.embedded.engine.InMemoryEngine;
import io.github.dynamoconnection.embedded.inprocess.InProcessHttpClient;
import io.github.dynamoconnection.embedded.protocol.JsonProtocolHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PersistentEngineTests {

	@TempDir
	Path directory;

	@Test
	void tablesIndexesSettingsAndItemsSurviveARestart() {
		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().dataDirectory(directory).start()) {
			DynamoDbClient client = dynamoDb.client();
			client.createTable((request) -> request.tableName("users")
				.billingMode(BillingMode.PROVISIONED)
				.provisionedThroughput((throughput) -> throughput.readCapacityUnits(7L).writeCapacityUnits(3L))
				.keySchema(key("id", KeyType.HASH))
				.attributeDefinitions(attribute("id"), attribute("email"))
				.globalSecondaryIndexes(GlobalSecondaryIndex.builder()
					.indexName("by-email")
					.keySchema(key("email", KeyType.HASH))
					.projection((projection) -> projection.projectionType(ProjectionType.KEYS_ONLY))
					.provisionedThroughput((throughput) -> throughput.readCapacityUnits(2L).writeCapacityUnits(2L))
					.build()));
			client.updateTimeToLive((request) -> request.tableName("users")
				.timeToLiveSpecification((spec) -> spec.enabled(true).attributeName("expires")));
			String arn = client.describeTable((request) -> request.tableName("users")).table().tableArn();
			client.tagResource((request) -> request.resourceArn(arn).tags((tag) -> tag.key("team").value("core")));
			client.putItem((request) -> request.tableName("users").item(user("u1", "a@x", 1)));
			client.putItem((request) -> request.tableName("users").item(user("u2", "b@x", 1)));
			client.updateItem((request) -> request.tableName("users").key(id("u1"))
				.updateExpression("ADD visits :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
			client.deleteItem((request) -> request.tableName("users").key(id("u2")));
			client.getItem((request) -> request.tableName("users").key(id("u1")));
		}
		for (int restart = 1; restart <= 2; restart++) {
			// the first restart replays the log and compacts it; the second loads that snapshot
			try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().dataDirectory(directory).start()) {
				assertUsersTableRestored(dynamoDb.client());
			}
		}
	}

	private static void assertUsersTableRestored(DynamoDbClient client) {
		TableDescription table = client.describeTable((request) -> request.tableName("users")).table();
		assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(7L);
		assertThat(table.globalSecondaryIndexes()).singleElement().satisfies((index) -> {
			assertThat(index.indexName()).isEqualTo("by-email");
			assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
		});
		assertThat(client.describeTimeToLive((request) -> request.tableName("users"))
			.timeToLiveDescription().timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
		assertThat(client.listTagsOfResource((request) -> request.resourceArn(table.tableArn())).tags())
			.singleElement().satisfies((tag) -> assertThat(tag.value()).isEqualTo("core"));
		assertThat(client.getItem((request) -> request.tableName("users").key(id("u1"))).item().get("visits").n())
			.isEqualTo("2");
		assertThat(client.getItem((request) -> request.tableName("users").key(id("u2"))).hasItem()).isFalse();
		assertThat(client.query((request) -> request.tableName("users").indexName("by-email")
			.keyConditionExpression("email = :e")
			.expressionAttributeValues(Map.of(":e", AttributeValue.fromS("a@x")))).count()).isEqualTo(1);
	}

	@Test
	void compactionKeepsTheStateAndBoundsTheLog() throws IOException {
		Path log = directory.resolve(PersistentEngine.LOG_FILE_NAME);
		try (PersistentEngine engine = open(4096)) {
			DynamoDbClient client = client(engine);
			client.createTable(SdkClients.hashKeyTable("counters", "id", ScalarAttributeType.S));
			for (int i = 0; i < 300; i++) {
				client.updateItem((request) -> request.tableName("counters").key(id("c"))
					.updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
			}
			assertThat(Files.size(log)).as("300 logged updates of ~150 bytes each were compacted").isLessThan(12_000);
		}
		try (PersistentEngine engine = open(4096)) {
			assertThat(client(engine).getItem((request) -> request.tableName("counters").key(id("c"))).item().get("n").n())
				.isEqualTo("300");
		}
	}

	@Test
	void batchWritesTakeTheLoggedPathAndSurviveARestart() {
		try (PersistentEngine engine = open(PersistentEngine.DEFAULT_COMPACTION_THRESHOLD_BYTES)) {
			DynamoDbClient client = client(engine);
			client.createTable(SdkClients.hashKeyTable("counters", "id", ScalarAttributeType.S));
			client.batchWriteItem((request) -> request.requestItems(Map.of("counters",
					List.of(WriteRequest.builder().putRequest((put) -> put.item(id("a"))).build(),
							WriteRequest.builder().putRequest((put) -> put.item(id("b"))).build()))));
			byte[] body = "{\"RequestItems\":{\"counters\":[{\"PutRequest\":{\"Item\":{\"id\":{\"S\":\"c\"}}}}]}}"
				.getBytes(StandardCharsets.UTF_8);
			assertThat(engine.executeStreaming(null, "BatchWriteItem", body, 0, body.length)).isNull();
		}
		try (PersistentEngine engine = open(PersistentEngine.DEFAULT_COMPACTION_THRESHOLD_BYTES)) {
			DynamoDbClient client = client(engine);
			assertThat(client.getItem((request) -> request.tableName("counters").key(id("b"))).hasItem()).isTrue();
			assertThat(client.getItem((request) -> request.tableName("counters").key(id("c"))).hasItem()).isFalse();
		}
	}

	@Test
	void concurrentWritesReplayInTheOrderTheyRan() throws Exception {
		Map<String, AttributeValue> expected;
		try (PersistentEngine engine = open(PersistentEngine.DEFAULT_COMPACTION_THRESHOLD_BYTES)) {
			DynamoDbClient client = client(engine);
			client.createTable(SdkClients.hashKeyTable("racing", "id", ScalarAttributeType.S));
			ExecutorService threads = Executors.newFixedThreadPool(4);
			List<Future<?>> done = new ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				int writer = thread;
				done.add(threads.submit(() -> {
					for (int i = 0; i < 50; i++) {
						client.updateItem((request) -> request.tableName("racing").key(id("shared"))
							.updateExpression("SET writer = :w ADD n :one")
							.expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"), ":w",
									AttributeValue.fromN(Integer.toString(writer)))));
					}
				}));
			}
			for (Future<?> future : done) {
				future.get(60, TimeUnit.SECONDS);
			}
			threads.shutdown();
			expected = client.getItem((request) -> request.tableName("racing").key(id("shared"))).item();
		}
		try (PersistentEngine engine = open(PersistentEngine.DEFAULT_COMPACTION_THRESHOLD_BYTES)) {
			Map<String, AttributeValue> replayed = client(engine)
				.getItem((request) -> request.tableName("racing").key(id("shared")))
				.item();
			assertThat(replayed).isEqualTo(expected);
			assertThat(replayed.get("n").n()).isEqualTo("200");
		}
	}

	@Test
	void aTornLastRecordIsIgnoredAndWritingGoesOn() throws IOException {
		try (PersistentEngine engine = open(PersistentEngine.DEFAULT_COMPACTION_THRESHOLD_BYTES)) {
			DynamoDbClient client = client(engine);
			client.createTable(SdkClients.hashKeyTable("things", "id", ScalarAttributeType.S));
			client.putItem((request) -> request.tableName("things").item(id("kept")));
		}
		Path log = directory.resolve(PersistentEngine.LOG_FILE_NAME);
		Files.write(log, new byte[] { 0, 0, 0, 100, 1, 2, 3, 4, '{', '"' }, StandardOpenOption.APPEND);
		try (PersistentEngine engine = open(PersistentEngine.DEFAULT_COMPACTION_THRESHOLD_BYTES)) {
			DynamoDbClient client = client(engine);
			assertThat(client.getItem((request) -> request.tableName("things").key(id("kept"))).hasItem()).isTrue();
			client.putItem((request) -> request.tableName("things").item(id("after")));
		}
		try (PersistentEngine engine = open(PersistentEngine.DEFAULT_COMPACTION_THRESHOLD_BYTES)) {
			assertThat(client(engine).scan((request) -> request.tableName("things")).count()).isEqualTo(2);
		}
	}

	@Test
	void failedWritesAreNotLogged() {
		try (PersistentEngine engine = open(PersistentEngine.DEFAULT_COMPACTION_THRESHOLD_BYTES)) {
			DynamoDbClient client = client(engine);
			client.createTable(SdkClients.hashKeyTable("things", "id", ScalarAttributeType.S));
			client.putItem((request) -> request.tableName("things").item(Map.of("id", AttributeValue.fromS("a"),
					"v", AttributeValue.fromN("1"))));
			try {
				client.putItem((request) -> request.tableName("things")
					.item(Map.of("id", AttributeValue.fromS("a"), "v", AttributeValue.fromN("2")))
					.conditionExpression("attribute_not_exists(id)"));
			}
			catch (RuntimeException expected) {
				// ConditionalCheckFailedException
			}
		}
		try (PersistentEngine engine = open(PersistentEngine.DEFAULT_COMPACTION_THRESHOLD_BYTES)) {
			assertThat(client(engine).getItem((request) -> request.tableName("things").key(id("a"))).item().get("v").n())
				.isEqualTo("1");
		}
	}

	@Test
	void aDirectoryServesOneEngineAtATime() {
		try (PersistentEngine engine = open(PersistentEngine.DEFAULT_COMPACTION_THRESHOLD_BYTES)) {
			assertThatIllegalStateException().isThrownBy(() -> open(PersistentEngine.DEFAULT_COMPACTION_THRESHOLD_BYTES))
				.withMessageContaining("in use");
		}
	}

	@Test
	void aForeignLogFileIsRefusedByName() throws IOException {
		Files.writeString(directory.resolve(PersistentEngine.LOG_FILE_NAME), "not a log");
		assertThatIllegalStateException().isThrownBy(() -> open(PersistentEngine.DEFAULT_COMPACTION_THRESHOLD_BYTES))
			.withMessageContaining(directory.toString());
	}

	private PersistentEngine open(long compactionThreshold) {
		return PersistentEngine.open(directory, Clock.systemUTC(),
				(clock) -> new InMemoryEngine(EngineSettings.defaults().withClock(clock)), compactionThreshold);
	}

	private static DynamoDbClient client(Engine engine) {
		return SdkClients.inProcess(new InProcessHttpClient(new JsonProtocolHandler(engine)));
	}

	private static Map<String, AttributeValue> user(String id, String email, int visits) {
		return Map.of("id", AttributeValue.fromS(id), "email", AttributeValue.fromS(email), "visits",
				AttributeValue.fromN(Integer.toString(visits)));
	}

	private static Map<String, AttributeValue> id(String id) {
		return Map.of("id", AttributeValue.fromS(id));
	}

	private static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

	private static AttributeDefinition attribute(String name) {
		return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
	}

}
