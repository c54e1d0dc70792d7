package io.github.dynamoconnection.autoconfigure;

import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Callback to customize the {@link DynamoDbClientBuilder} of the auto-configured
 * {@code DynamoDbClient}. Customizers run in {@link org.springframework.core.annotation.Order order}
 * after the properties and connection details were applied, so they have the last word. To add to
 * the override configuration rather than replace it, start from
 * {@code builder.overrideConfiguration().toBuilder()}.
 */
@FunctionalInterface
public interface DynamoDbClientBuilderCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder to customize
	 */
	void customize(DynamoDbClientBuilder builder);

}
