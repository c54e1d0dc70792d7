package io.github.dynamoconnection.embedded;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.dynamoconnection.embedded.engine.EngineSettings;
import io.github.dynamoconnection.embedded.engine.InMemoryEngine;
import io.github.dynamoconnection.embedded.persistence.PersistentEngine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One namespace per account and region; {@code sharedDb} merges them; persistence keeps them apart. */
class NamespaceTests {

	@TempDir
	Path directory;

	private static DynamoDbClient client(EmbeddedDynamoDb dynamoDb, Region region, String accessKey) {
		return DynamoDbClient.builder()
			.httpClient(dynamoDb.sdkHttpClient())
			.endpointOverride(dynamoDb.endpoint())
			.region(region)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, "secret")))
			.build();
	}

	private static void createTable(DynamoDbClient client, String name) {
		client.createTable(SdkClients.hashKeyTable(name, "pk", ScalarAttributeType.S));
	}

	private static void put(DynamoDbClient client, String table, String pk) {
		client.putItem(request -> request.tableName(table).item(Map.of("pk", AttributeValue.fromS(pk))));
	}

	private static int count(DynamoDbClient client, String table) {
		return client.scan(request -> request.tableName(table)).count();
	}

	@Test
	void regionsAreApartByDefault() {
		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.start()) {
			createTable(client(dynamoDb, Region.EU_WEST_1, "key"), "Thread");

			assertThat(dynamoDb.client().listTables().tableNames()).isEmpty();
			assertThat(client(dynamoDb, Region.EU_WEST_1, "key").describeTable(request -> request.tableName("Thread"))
				.table().tableArn()).isEqualTo("arn:aws:dynamodb:eu-west-1:000000000000:table/Thread");
		}
	}

	@Test
	void sharedDbKeepsOneNamespaceForEveryRegionAndAccount() {
		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().sharedDb(true).account("alice", "111111111111").start()) {
			createTable(client(dynamoDb, Region.EU_WEST_1, "alice"), "Thread");

			assertThat(dynamoDb.client().listTables().tableNames()).containsExactly("Thread");
			assertThat(dynamoDb.client().describeTable(request -> request.tableName("Thread")).table().tableArn())
				.isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/Thread");
		}
	}

	@Test
	void accessKeysMapToAccounts() {
		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().account("alice", "111111111111").start()) {
			DynamoDbClient alice = client(dynamoDb, Region.US_EAST_1, "alice");
			createTable(alice, "Thread");

			assertThat(alice.describeTable(request -> request.tableName("Thread")).table().tableArn())
				.isEqualTo("arn:aws:dynamodb:us-east-1:111111111111:table/Thread");
			assertThat(client(dynamoDb, Region.US_EAST_1, "bob").listTables().tableNames()).isEmpty();
			assertThat(dynamoDb.client().listTables().tableNames()).isEmpty();
		}
	}

	@Test
	void accountIdMustBeTwelveDigits() {
		assertThatIllegalArgumentException().isThrownBy(() -> EmbeddedDynamoDb.builder().account("alice", "1234"))
			.withMessageContaining("12 digits");
	}

	@Test
	void streamRecordsCarryTheirRegion() {
		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.start()) {
			DynamoDbClient west = client(dynamoDb, Region.US_WEST_2, "key");
			west.createTable(SdkClients.hashKeyTable("Thread", "pk", ScalarAttributeType.S)
				.toBuilder()
				.streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY))
				.build());
			put(west, "Thread", "a");
			try (DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder()
				.httpClient(dynamoDb.sdkHttpClient())
				.endpointOverride(dynamoDb.endpoint())
				.region(Region.US_WEST_2)
				.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
				.build()) {
				String arn = streams.listStreams().streams().get(0).streamArn();
				String shard = streams.describeStream(request -> request.streamArn(arn)).streamDescription().shards().get(0).shardId();
				String iterator = streams.getShardIterator(request -> request.streamArn(arn).shardId(shard)
					.shardIteratorType("TRIM_HORIZON")).shardIterator();

				assertThat(arn).startsWith("arn:aws:dynamodb:us-west-2:000000000000:table/Thread/stream/");
				assertThat(streams.getRecords(request -> request.shardIterator(iterator)).records())
					.singleElement()
					.satisfies(record -> assertThat(record.awsRegion()).isEqualTo("us-west-2"));
				assertThat(dynamoDb.streamsClient().listStreams().streams()).isEmpty();
			}
		}
	}

	@Test
	void persistenceKeepsNamespacesApart() {
		for (int run = 0; run < 3; run++) {
			try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().dataDirectory(directory).account("alice", "111111111111").start()) {
				DynamoDbClient east = dynamoDb.client();
				DynamoDbClient west = client(dynamoDb, Region.US_WEST_2, "key");
				DynamoDbClient alice = client(dynamoDb, Region.US_EAST_1, "alice");
				if (run == 0) {
					createTable(east, "Thread");
					createTable(west, "Thread");
					createTable(alice, "Thread");
					put(west, "Thread", "w1");
					put(west, "Thread", "w2");
					put(alice, "Thread", "a1");
				}
				assertThat(count(east, "Thread")).as("run %d", run).isZero();
				assertThat(count(west, "Thread")).as("run %d", run).isEqualTo(2);
				assertThat(count(alice, "Thread")).as("run %d", run).isEqualTo(1);
			}
		}
	}

	@Test
	void dataDirectoryWrittenWithoutNamespacesOpensAsTheDefaultNamespace() {
		JsonMapper json = JsonMapper.builder().build();
		try (PersistentEngine old = PersistentEngine.open(directory, Clock.systemUTC(),
				clock -> new InMemoryEngine(EngineSettings.defaults().withClock(clock)), Long.MAX_VALUE)) {
			old.execute("CreateTable", (ObjectNode) json.readTree("{\"TableName\":\"Legacy\",\"BillingMode\":\"PAY_PER_REQUEST\","
					+ "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
					+ "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}]}"));
			old.execute("PutItem", (ObjectNode) json.readTree("{\"TableName\":\"Legacy\",\"Item\":{\"pk\":{\"S\":\"kept\"}}}"));
		}

		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().dataDirectory(directory).start()) {
			assertThat(count(dynamoDb.client(), "Legacy")).isEqualTo(1);
			assertThatThrownBy(() -> count(client(dynamoDb, Region.EU_WEST_1, "key"), "Legacy"))
				.isInstanceOf(ResourceNotFoundException.class);
		}
	}

}
