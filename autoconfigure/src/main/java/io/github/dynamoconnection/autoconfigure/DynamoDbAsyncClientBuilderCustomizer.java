package io.github.dynamoconnection.autoconfigure;

import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;

/**
 * Callback to customize the {@link DynamoDbAsyncClientBuilder} of the auto-configured
 * {@code DynamoDbAsyncClient}, the async twin of {@link DynamoDbClientBuilderCustomizer}: applied
 * in order, after the properties and connection details.
 */
@FunctionalInterface
public interface DynamoDbAsyncClientBuilderCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder to customize
	 */
	void customize(DynamoDbAsyncClientBuilder builder);

}
