package io.github.dynamoconnection.embedded;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Real SDK clients and table definitions for the tests. */
public final class SdkClients {

	private SdkClients() {
	}

	/** A {@code DynamoDbClient} over HTTP with the SDK's apache5 client. */
	public static DynamoDbClient overHttp(URI endpoint) {
		return DynamoDbClient.builder()
			.httpClient(Apache5HttpClient.create())
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.build();
	}

	/** A {@code DynamoDbClient} on an in-process transport. */
	public static DynamoDbClient inProcess(SdkHttpClient httpClient) {
		return DynamoDbClient.builder()
			.httpClient(httpClient)
			.endpointOverride(EmbeddedDynamoDb.IN_PROCESS_ENDPOINT)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.build();
	}

	/** An on-demand table keyed by one attribute. */
	public static CreateTableRequest hashKeyTable(String name, String key, ScalarAttributeType type) {
		return CreateTableRequest.builder()
			.tableName(name)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.keySchema(KeySchemaElement.builder().attributeName(key).keyType(KeyType.HASH).build())
			.attributeDefinitions(AttributeDefinition.builder().attributeName(key).attributeType(type).build())
			.build();
	}

	/** An on-demand table keyed by a string partition key {@code pk} and a number sort key {@code sk}. */
	public static CreateTableRequest compositeKeyTable(String name) {
		return CreateTableRequest.builder()
			.tableName(name)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
					KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
			.attributeDefinitions(
					AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
					AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.N).build())
			.build();
	}

}
