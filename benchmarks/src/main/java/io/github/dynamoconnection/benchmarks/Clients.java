package io.github.dynamoconnection.benchmarks;

import java.net.URI;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Builds the SDK clients every benchmark uses, configured identically. */
final class Clients {

	static final String TABLE = "bench";

	private Clients() {
	}

	/** A client on the given transport and endpoint, dummy credentials, us-east-1. */
	static DynamoDbClient client(SdkHttpClient httpClient, URI endpoint) {
		return client(httpClient, endpoint, ClientOverrideConfiguration.builder().build());
	}

	/** The same, with an override configuration (e.g. a metric publisher). */
	static DynamoDbClient client(SdkHttpClient httpClient, URI endpoint, ClientOverrideConfiguration overrides) {
		return DynamoDbClient.builder()
			.overrideConfiguration(overrides)
			.httpClient(httpClient)
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
			.build();
	}

	/** A client over loopback HTTP with the default apache5 transport (pool sized for 8 threads). */
	static DynamoDbClient httpClient(URI endpoint) {
		return httpClient(endpoint, ClientOverrideConfiguration.builder().build());
	}

	/** The same, with an override configuration (e.g. interceptors). */
	static DynamoDbClient httpClient(URI endpoint, ClientOverrideConfiguration overrides) {
		return client(Apache5HttpClient.builder().maxConnections(16).socketTimeout(Duration.ofSeconds(30)).build(),
				endpoint, overrides);
	}

	/** Creates the benchmark table: hash key {@code pk} (S), range key {@code sk} (S), on demand. */
	static void createTable(DynamoDbClient client) {
		client.createTable(t -> t.tableName(TABLE)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
					AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
			.keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
					KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
		client.waiter().waitUntilTableExists(b -> b.tableName(TABLE));
	}

}
