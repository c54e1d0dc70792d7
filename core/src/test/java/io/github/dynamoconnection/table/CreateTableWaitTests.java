package io.github.dynamoconnection.table;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.async.AsyncConnection;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Waiting for a new table to become ACTIVE polls DescribeTable only when CreateTable's answer says
 * otherwise (real DynamoDB answers CREATING; the embedded engine, moto and DynamoDB Local create at
 * once), sync and async alike; the operations sent are seen by an SDK interceptor.
 */
class CreateTableWaitTests {

	private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider
		.create(AwsBasicCredentials.create("test", "test"));

	private final List<String> sent = new CopyOnWriteArrayList<>();

	private final ExecutionInterceptor recorder = new ExecutionInterceptor() {
		@Override
		public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
			sent.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
		}
	};

	@Test
	void tableActiveInCreateTablesAnswerIsNotPolled() {
		try (EmbeddedDynamoDb engine = EmbeddedDynamoDb.start(); DynamoDbClient client = syncClient(engine);
				Connection connection = Connection.builder().client(client).build()) {
			TableDescription created = connection.createTable("Thread", t -> t.hashKey("pk", S).waitUntilActive());

			assertThat(created.tableStatus()).isEqualTo(TableStatus.ACTIVE);
			assertThat(created.tableName()).isEqualTo("Thread");
			assertThat(sent).containsExactly("CreateTable");
			connection.putItem("Thread", Map.of("pk", "a"));
			assertThat(connection.getItem("Thread", "a").item()).isEqualTo(Map.of("pk", "a"));
		}
	}

	@Test
	void tableStillCreatingIsPolledUntilActive() {
		try (EmbeddedDynamoDb engine = EmbeddedDynamoDb.builder().transientStatusDelay(Duration.ofMillis(300)).start();
				DynamoDbClient client = syncClient(engine);
				Connection connection = Connection.builder().client(client).build()) {
			TableDescription created = connection.createTable("Thread", t -> t.hashKey("pk", S).waitUntilActive());

			assertThat(created.tableStatus()).isEqualTo(TableStatus.ACTIVE);
			assertThat(sent.get(0)).isEqualTo("CreateTable");
			assertThat(sent.subList(1, sent.size())).isNotEmpty().containsOnly("DescribeTable");
		}
	}

	@Test
	void tableNotWaitedForKeepsCreateTablesAnswer() {
		try (EmbeddedDynamoDb engine = EmbeddedDynamoDb.builder().transientStatusDelay(Duration.ofSeconds(5)).start();
				DynamoDbClient client = syncClient(engine);
				Connection connection = Connection.builder().client(client).build()) {
			TableDescription created = connection.createTable("Thread", t -> t.hashKey("pk", S));

			assertThat(created.tableStatus()).isEqualTo(TableStatus.CREATING);
			assertThat(sent).containsExactly("CreateTable");
		}
	}

	@Test
	void asyncWaitsTheSameWay() {
		try (EmbeddedDynamoDb active = EmbeddedDynamoDb.builder().port(0).start();
				EmbeddedDynamoDb creating = EmbeddedDynamoDb.builder().port(0)
					.transientStatusDelay(Duration.ofMillis(300)).start();
				DynamoDbAsyncClient activeClient = asyncClient(active);
				DynamoDbAsyncClient creatingClient = asyncClient(creating);
				AsyncConnection atOnce = AsyncConnection.builder().client(activeClient).build();
				AsyncConnection later = AsyncConnection.builder().client(creatingClient).build()) {
			TableDescription first = atOnce.createTable("Thread", t -> t.hashKey("pk", S).waitUntilActive()).join();
			List<String> sentToActive = List.copyOf(sent);
			sent.clear();
			TableDescription second = later.createTable("Thread", t -> t.hashKey("pk", S).waitUntilActive()).join();

			assertThat(first.tableStatus()).isEqualTo(TableStatus.ACTIVE);
			assertThat(sentToActive).containsExactly("CreateTable");
			assertThat(second.tableStatus()).isEqualTo(TableStatus.ACTIVE);
			assertThat(sent.get(0)).isEqualTo("CreateTable");
			assertThat(sent.subList(1, sent.size())).isNotEmpty().containsOnly("DescribeTable");
		}
	}

	private DynamoDbClient syncClient(EmbeddedDynamoDb engine) {
		return DynamoDbClient.builder()
			.httpClient(engine.sdkHttpClient())
			.endpointOverride(engine.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.overrideConfiguration(o -> o.addExecutionInterceptor(recorder))
			.build();
	}

	private DynamoDbAsyncClient asyncClient(EmbeddedDynamoDb engine) {
		return DynamoDbAsyncClient.builder()
			.endpointOverride(engine.httpEndpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.overrideConfiguration(o -> o.addExecutionInterceptor(recorder))
			.build();
	}

}
