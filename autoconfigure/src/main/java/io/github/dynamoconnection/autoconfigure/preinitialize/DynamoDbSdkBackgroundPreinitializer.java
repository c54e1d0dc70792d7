package io.github.dynamoconnection.autoconfigure.preinitialize;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Spring Boot's background pre-initialization (on a second core while the context starts) of the
 * AWS SDK's DynamoDB client: a client builds, signs, marshals and unmarshals the calls a starting
 * application makes (table declarations, the first item calls) against {@link CannedHttpClient},
 * so about 2,000 SDK classes are loaded off the main thread. Nothing leaves the process. Boot skips
 * it with one CPU, in a native image, or with {@code -Dspring.backgroundpreinitializer.ignore=true}.
 */
final class DynamoDbSdkBackgroundPreinitializer implements BackgroundPreinitializer {

	private static final Map<String, AttributeValue> KEY = Map.of("pk", AttributeValue.fromS("warm-up"));

	@Override
	public void preinitialize() {
		try (DynamoDbClient client = DynamoDbClient.builder()
			.httpClient(new CannedHttpClient())
			.endpointOverride(URI.create("http://127.0.0.1:8000"))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("warm-up", "warm-up")))
			.build()) {
			client.describeTable(request -> request.tableName("warm-up"));
			client.createTable(request -> request.tableName("warm-up")
				.keySchema(key -> key.attributeName("pk").keyType(KeyType.HASH))
				.attributeDefinitions(definition -> definition.attributeName("pk").attributeType(ScalarAttributeType.S))
				.billingMode("PAY_PER_REQUEST"));
			client.describeTimeToLive(request -> request.tableName("warm-up"));
			client.updateTimeToLive(request -> request.tableName("warm-up")
				.timeToLiveSpecification(ttl -> ttl.attributeName("expires").enabled(true)));
			client.listTables(request -> request.limit(1));
			client.getItem(request -> request.tableName("warm-up").key(KEY));
			client.putItem(request -> request.tableName("warm-up").item(KEY));
			client.query(request -> request.tableName("warm-up").keyConditionExpression("pk = :pk")
				.expressionAttributeValues(Map.of(":pk", KEY.get("pk"))));
		}
	}

}
