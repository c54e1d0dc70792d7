package io.github.dynamoconnection.autoconfigure;

import java.util.List;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.internal.client.SdkClients;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of a {@link DynamoDbStreamsClient} for
 * {@link Connection#streamRecords}: built from the same {@link DynamoDbConnectionDetails} and
 * properties as the DynamoDB client (in-process on the embedded engine, the configured endpoint,
 * region and credentials otherwise). Backs off when the application defines its own.
 */
@AutoConfiguration(after = DynamoDbAutoConfiguration.class)
@ConditionalOnClass({ Connection.class, DynamoDbStreamsClient.class })
@ConditionalOnBean(DynamoDbConnectionDetails.class)
@EnableConfigurationProperties(DynamoDbProperties.class)
public final class DynamoDbStreamsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DynamoDbStreamsClient dynamoDbStreamsClient(DynamoDbConnectionDetails connectionDetails,
			DynamoDbProperties properties) {
		DynamoDbClientBuilderConfigurer configurer = new DynamoDbClientBuilderConfigurer(connectionDetails, properties,
				List.of());
		return SdkClients
			.configure(DynamoDbStreamsClient.builder(), configurer.clientSettings(), connectionDetails.sdkHttpClient())
			.build();
	}

}
