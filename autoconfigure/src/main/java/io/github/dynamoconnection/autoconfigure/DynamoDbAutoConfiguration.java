package io.github.dynamoconnection.autoconfigure;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.tables.DynamoDbTableInitializer;
import io.github.dynamoconnection.listener.ConnectionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for a dynamo-connection {@link Connection}:
 * {@link DynamoDbConnectionDetails} from the properties, a {@link DynamoDbClient} built from them
 * (customizable with {@link DynamoDbClientBuilderCustomizer} beans) and the {@link Connection}
 * wrapping it with the table prefix, the capacity defaults and every {@link ConnectionListener}
 * bean. Declared tables ({@code dynamodb.tables.*}) are created or validated before the
 * {@link Connection} is handed out.
 */
@AutoConfiguration
@ConditionalOnClass({ Connection.class, DynamoDbClient.class })
@EnableConfigurationProperties(DynamoDbProperties.class)
public final class DynamoDbAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(DynamoDbConnectionDetails.class)
	PropertiesDynamoDbConnectionDetails dynamoDbConnectionDetails(DynamoDbProperties properties) {
		return new PropertiesDynamoDbConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	DynamoDbClient dynamoDbClient(DynamoDbConnectionDetails connectionDetails, DynamoDbProperties properties,
			ObjectProvider<DynamoDbClientBuilderCustomizer> customizers) {
		return new DynamoDbClientBuilderConfigurer(connectionDetails, properties, customizers.orderedStream().toList())
			.configure(DynamoDbClient.builder())
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	Connection dynamoDbConnection(DynamoDbClient dynamoDbClient, DynamoDbProperties properties,
			ObjectProvider<ConnectionListener> listeners) {
		return new ConnectionFactory(properties).create(dynamoDbClient, listeners.orderedStream().toList());
	}

	@Bean
	static DynamoDbTableInitializer dynamoDbTableInitializer(ObjectProvider<DynamoDbProperties> properties,
			ObjectProvider<DynamoDbConnectionDetails> connectionDetails) {
		return new DynamoDbTableInitializer(properties, connectionDetails);
	}

}
