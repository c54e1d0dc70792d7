package io.github.dynamoconnection.embedded;

import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

class EmbeddedDynamoDbTests {

	@Test
	void startRunsInProcessOnly() {
		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.start()) {
			assertThat(dynamoDb.httpEndpoint()).isNull();
			assertThat(dynamoDb.endpoint()).isEqualTo(URI.create("http://embedded-dynamodb.local"));
			DynamoDbClient client = dynamoDb.client();
			client.createTable(SdkClients.hashKeyTable("things", "id", ScalarAttributeType.S));
			assertThat(client.listTables().tableNames()).containsExactly("things");
			assertThat(dynamoDb.client()).isSameAs(client);
		}
	}

	@Test
	void sdkHttpClientServesAClientTheUserBuildsAndOutlivesIt() {
		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.start()) {
			try (DynamoDbClient own = DynamoDbClient.builder()
				.httpClient(dynamoDb.sdkHttpClient())
				.endpointOverride(dynamoDb.endpoint())
				.region(Region.US_EAST_1)
				.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
				.build()) {
				own.createTable(SdkClients.hashKeyTable("mine", "id", ScalarAttributeType.S));
			}
			assertThat(dynamoDb.client().listTables().tableNames()).as("same region, same account: same tables")
				.containsExactly("mine");
		}
	}

	@Test
	void closeStopsEverythingAndIsIdempotent() {
		EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().port(0).start();
		int port = dynamoDb.httpEndpoint().getPort();
		assertThat(dynamoDb.endpoint()).isEqualTo(dynamoDb.httpEndpoint());
		dynamoDb.client().listTables();
		dynamoDb.close();
		dynamoDb.close();
		assertThatIllegalStateException().isThrownBy(dynamoDb::client).withMessageContaining("closed");
		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> new Socket("127.0.0.1", port).close());
	}

	@Test
	void builderRejectsBadOptions() {
		assertThatIllegalArgumentException().isThrownBy(() -> EmbeddedDynamoDb.builder().port(-1))
			.withMessageContaining("port");
		assertThatIllegalArgumentException().isThrownBy(() -> EmbeddedDynamoDb.builder().port(65536))
			.withMessageContaining("port");
		assertThatIllegalArgumentException().isThrownBy(() -> EmbeddedDynamoDb.builder().ttlSweepInterval(Duration.ZERO))
			.withMessageContaining("ttlSweepInterval");
	}

	@Test
	void portInUseFailsWithTheAddress() {
		try (EmbeddedDynamoDb first = EmbeddedDynamoDb.builder().port(0).start()) {
			int port = first.httpEndpoint().getPort();
			assertThatIllegalStateException().isThrownBy(() -> EmbeddedDynamoDb.builder().port(port).start())
				.withMessageContaining("127.0.0.1:" + port);
		}
	}

	@Test
	void expiredItemsAreSweptAtTheConfiguredInterval() {
		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().ttlSweepInterval(Duration.ofMillis(100)).start()) {
			DynamoDbClient client = dynamoDb.client();
			client.createTable(SdkClients.hashKeyTable("sessions", "id", ScalarAttributeType.S));
			client.updateTimeToLive((request) -> request.tableName("sessions")
				.timeToLiveSpecification((spec) -> spec.enabled(true).attributeName("expires")));
			long past = Instant.now().minusSeconds(60).getEpochSecond();
			long future = Instant.now().plusSeconds(3600).getEpochSecond();
			client.putItem((request) -> request.tableName("sessions")
				.item(Map.of("id", AttributeValue.fromS("old"), "expires", AttributeValue.fromN(Long.toString(past)))));
			client.putItem((request) -> request.tableName("sessions")
				.item(Map.of("id", AttributeValue.fromS("new"), "expires", AttributeValue.fromN(Long.toString(future)))));
			await().atMost(Duration.ofSeconds(20)).until(() -> !client
				.getItem((request) -> request.tableName("sessions").key(Map.of("id", AttributeValue.fromS("old"))))
				.hasItem());
			assertThat(client.getItem((request) -> request.tableName("sessions")
				.key(Map.of("id", AttributeValue.fromS("new")))).hasItem()).isTrue();
		}
	}

}
