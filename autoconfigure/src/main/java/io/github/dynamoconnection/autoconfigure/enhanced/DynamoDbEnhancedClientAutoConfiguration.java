package io.github.dynamoconnection.autoconfigure.enhanced;

import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedAsyncClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the SDK's enhanced clients when
 * {@code dynamodb-enhanced} is on the class path: a {@link DynamoDbEnhancedClient} over the
 * {@link DynamoDbClient} bean and a {@link DynamoDbEnhancedAsyncClient} over the
 * {@link DynamoDbAsyncClient} bean, so the SDK's mapper and the {@code Connection} share one
 * configured client (its metrics, observations and headers). The enhanced clients take table names
 * as given: {@code dynamodb.table-prefix} applies to the {@code Connection} only.
 */
@AutoConfiguration(after = DynamoDbAutoConfiguration.class)
@ConditionalOnClass({ DynamoDbEnhancedClient.class, DynamoDbClient.class })
public final class DynamoDbEnhancedClientAutoConfiguration {

	@Bean
	@ConditionalOnBean(DynamoDbClient.class)
	@ConditionalOnMissingBean
	DynamoDbEnhancedClient dynamoDbEnhancedClient(DynamoDbClient dynamoDbClient) {
		return DynamoDbEnhancedClient.builder().dynamoDbClient(dynamoDbClient).build();
	}

	@Bean
	@ConditionalOnBean(DynamoDbAsyncClient.class)
	@ConditionalOnMissingBean
	DynamoDbEnhancedAsyncClient dynamoDbEnhancedAsyncClient(DynamoDbAsyncClient dynamoDbAsyncClient) {
		return DynamoDbEnhancedAsyncClient.builder().dynamoDbClient(dynamoDbAsyncClient).build();
	}

}
