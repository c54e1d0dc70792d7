package io.github.dynamoconnection.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.client.ClientSettings;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class ConnectionBuilderTests {

	@Test
	void wrappingAClientRefusesClientSettings() {
		try (DynamoDbClient client = DynamoDbClient.builder().region(Region.US_EAST_1).build()) {
			assertThatThrownBy(() -> Connection.builder().client(client).host("http://localhost:8000").region("eu-west-1")
				.extraHeaders(Map.of("a", "b")).build())
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("host/endpoint").hasMessageContaining("region").hasMessageContaining("extraHeaders");
		}
	}

	@Test
	void aWrappedClientIsReachableAndNeverClosed() {
		try (DynamoDbClient client = DynamoDbClient.builder().region(Region.US_EAST_1).build()) {
			Connection conn = Connection.builder().client(client).tablePrefix("dev_").build();
			assertThat(conn.client()).isSameAs(client);
			assertThat(conn.tablePrefix()).isEqualTo("dev_");
			conn.close();
			assertThat(client.serviceName()).isEqualTo("dynamodb");
		}
	}

	@Test
	void builtClientGetsEndpointRegionAndTimeouts() {
		try (Connection conn = Connection.builder().host("http://127.0.0.1:8000").region("eu-west-2")
			.apiCallTimeout(Duration.ofSeconds(7)).connectTimeout(Duration.ofSeconds(1))
			.readTimeout(Duration.ofSeconds(2)).maxPoolConnections(3)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build()) {
			var configuration = conn.client().serviceClientConfiguration();
			assertThat(configuration.endpointOverride()).contains(java.net.URI.create("http://127.0.0.1:8000"));
			assertThat(configuration.region()).isEqualTo(Region.EU_WEST_2);
			assertThat(configuration.overrideConfiguration().apiCallTimeout()).contains(Duration.ofSeconds(7));
		}
	}

	@Test
	void retryModeAndAttemptsMapOntoTheSdkStrategies() {
		assertThat(DynamoDbClientFactory.retryStrategy(null, null)).isNull();
		assertThat(DynamoDbClientFactory.retryStrategy(RetryMode.STANDARD, 5).maxAttempts()).isEqualTo(5);
		assertThat(DynamoDbClientFactory.retryStrategy(RetryMode.ADAPTIVE_V2, 2).maxAttempts()).isEqualTo(2);
		assertThat(DynamoDbClientFactory.retryStrategy(RetryMode.LEGACY, null).maxAttempts()).isEqualTo(4);
		assertThat(DynamoDbClientFactory.retryStrategy(null, 1).maxAttempts()).isEqualTo(1);
	}

	@Test
	void nonsenseSettingsAreRefused() {
		assertThatThrownBy(() -> Connection.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("maxAttempts");
		assertThatThrownBy(() -> Connection.builder().maxPoolConnections(0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void settingsNeverShowCredentials() {
		ClientSettings settings = new ClientSettings(null, Region.US_EAST_1,
				StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDSECRET", "verysecret")), null, null, null,
				null, null, null, Map.of("X-Token", "hidden-value"));
		assertThat(settings.toString()).doesNotContain("AKIDSECRET").doesNotContain("verysecret")
			.doesNotContain("hidden-value").contains("StaticCredentialsProvider").contains("X-Token");
	}

}
