package io.github.dynamoconnection.autoconfigure;

import java.net.URI;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoDbEndpoints}.
 */
class DynamoDbEndpointsTests {

	@Test
	void overrideIsTheEndpointInUse() {
		try (DynamoDbClient client = client(Region.EU_WEST_1, URI.create("http://127.0.0.1:1234"))) {
			assertThat(DynamoDbEndpoints.inUse(client)).hasToString("http://127.0.0.1:1234");
		}
	}

	@Test
	void withoutOverrideTheRegionalEndpointIsInUse() {
		try (DynamoDbClient client = client(Region.EU_WEST_1, null)) {
			assertThat(DynamoDbEndpoints.inUse(client)).hasToString("https://dynamodb.eu-west-1.amazonaws.com");
		}
		try (DynamoDbClient client = client(Region.CN_NORTH_1, null)) {
			assertThat(DynamoDbEndpoints.inUse(client)).hasToString("https://dynamodb.cn-north-1.amazonaws.com.cn");
		}
	}

	private static DynamoDbClient client(Region region, URI endpoint) {
		var builder = DynamoDbClient.builder().region(region).credentialsProvider(AnonymousCredentialsProvider.create());
		if (endpoint != null) {
			builder.endpointOverride(endpoint);
		}
		return builder.build();
	}

}
