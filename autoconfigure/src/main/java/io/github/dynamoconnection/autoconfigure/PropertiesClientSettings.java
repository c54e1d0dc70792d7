package io.github.dynamoconnection.autoconfigure;

import io.github.dynamoconnection.client.ClientSettings;

/**
 * Maps the connection details and {@link DynamoDbProperties} onto core's {@link ClientSettings},
 * the one description of an SDK client that core's client factories build from.
 */
final class PropertiesClientSettings {

	private PropertiesClientSettings() {
	}

	static ClientSettings of(DynamoDbConnectionDetails connectionDetails, DynamoDbProperties properties) {
		DynamoDbProperties.Retry retry = properties.getRetry();
		return new ClientSettings(connectionDetails.endpoint(), connectionDetails.region(),
				connectionDetails.credentialsProvider(), properties.getConnectTimeout(), properties.getReadTimeout(),
				properties.getApiCallTimeout(), DynamoDbClientBuilderConfigurer.sdkRetryMode(retry.getMode()),
				retry.getMaxAttempts(), properties.getMaxPoolConnections(), properties.getExtraHeaders());
	}

}
