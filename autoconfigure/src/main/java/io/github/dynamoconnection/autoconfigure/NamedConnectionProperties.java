package io.github.dynamoconnection.autoconfigure;

/**
 * One named connection, {@code dynamodb.connections.<name>.*}: the connection keys of
 * {@link DynamoDbProperties}, each inheriting the top-level {@code dynamodb.*} value when not set
 * here ({@code extra-headers} are added to the top-level ones). The merged values are bound by
 * {@link NamedDynamoDbConnections}; this class describes the accepted keys.
 */
public class NamedConnectionProperties extends DynamoDbConnectionProperties {

	/**
	 * Whether this connection says where or how to connect (host, region or credentials); when it
	 * does not, it reaches the same service as the default connection.
	 * @return whether it has its own endpoint, region or credentials
	 */
	boolean hasOwnService() {
		DynamoDbProperties.Credentials own = getCredentials();
		return getHost() != null || getRegion() != null || own.getAccessKeyId() != null || own.getProfile() != null;
	}

}
