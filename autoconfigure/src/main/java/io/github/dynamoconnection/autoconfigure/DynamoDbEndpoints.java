package io.github.dynamoconnection.autoconfigure;

import java.net.URI;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointParams;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;

/**
 * The endpoint a {@link DynamoDbClient} sends its requests to: its endpoint override, else the
 * regional endpoint the SDK's own endpoint rules give for its region.
 */
public final class DynamoDbEndpoints {

	private DynamoDbEndpoints() {
	}

	/**
	 * The endpoint a client uses.
	 * @param client the client
	 * @return the endpoint
	 */
	public static URI inUse(DynamoDbClient client) {
		DynamoDbServiceClientConfiguration configuration = client.serviceClientConfiguration();
		return configuration.endpointOverride().orElseGet(() -> regional(configuration.region()));
	}

	private static URI regional(Region region) {
		return DynamoDbEndpointProvider.defaultProvider()
			.resolveEndpoint(DynamoDbEndpointParams.builder().region(region).build())
			.join()
			.url();
	}

}
