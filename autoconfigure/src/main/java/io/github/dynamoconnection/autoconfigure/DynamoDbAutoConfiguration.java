package io.github.dynamoconnection.autoconfigure;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.async.AsyncConnection;
import io.github.dynamoconnection.autoconfigure.tables.DynamoDbTableInitializer;
import io.github.dynamoconnection.listener.ConnectionListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for a dynamo-connection {@link Connection}:
 * {@link DynamoDbConnectionDetails} from the properties, a {@link DynamoDbClient} built from them
 * (customizable with {@link DynamoDbClientBuilderCustomizer} beans) and the {@link Connection}
 * wrapping it with the table prefix, the capacity defaults and every {@link ConnectionListener}
 * bean. When the SDK's Netty client is on the class path, a {@link DynamoDbAsyncClient} (customizable
 * with {@link DynamoDbAsyncClientBuilderCustomizer} beans) and an {@link AsyncConnection} from the
 * same properties and listeners as well. Declared tables ({@code dynamodb.tables.*}) are created or validated before the
 * {@link Connection} is handed out. Each name under {@code dynamodb.connections} adds a qualified client
 * and {@link Connection} ({@link NamedDynamoDbConnectionsRegistrar}).
 * <p>
 * Beside Spring Cloud AWS, this runs before its DynamoDB auto-configuration, whose template and
 * enhanced client then use this client; its endpoint and region properties are honoured where ours
 * are unset, and its credentials and region provider beans where no {@code dynamodb.credentials.*}
 * or region is set ({@link SpringCloudAwsSettings}).
 */
@AutoConfiguration(beforeName = SpringCloudAwsSettings.AUTO_CONFIGURATION)
@ConditionalOnClass({ Connection.class, DynamoDbClient.class })
@EnableConfigurationProperties(DynamoDbProperties.class)
public final class DynamoDbAutoConfiguration {

	private static final Log logger = LogFactory.getLog(DynamoDbAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean(DynamoDbConnectionDetails.class)
	PropertiesDynamoDbConnectionDetails dynamoDbConnectionDetails(DynamoDbProperties properties,
			Environment environment, ResourceLoader resourceLoader,
			ObjectProvider<AwsCredentialsProvider> credentialsProvider, ObjectProvider<AwsRegionProvider> regionProvider) {
		SpringCloudAwsSettings settings = SpringCloudAwsSettings.resolve(environment,
				SpringCloudAwsSettings.isPresent(resourceLoader.getClassLoader()));
		return new PropertiesDynamoDbConnectionDetails(properties, settings, credentialsProvider::getIfUnique,
				regionProvider::getIfUnique);
	}

	@Bean
	@ConditionalOnMissingBean
	DynamoDbClient dynamoDbClient(DynamoDbConnectionDetails connectionDetails, DynamoDbProperties properties,
			ObjectProvider<DynamoDbClientBuilderCustomizer> customizers) {
		DynamoDbClient client = new DynamoDbClientBuilderConfigurer(connectionDetails, properties,
				customizers.orderedStream().toList())
			.configure(DynamoDbClient.builder())
			.build();
		logger.info("DynamoDB client: endpoint " + DynamoDbEndpoints.inUse(client) + " from "
				+ connectionDetails.endpointSource() + "; region " + client.serviceClientConfiguration().region()
				+ " from " + connectionDetails.regionSource());
		return client;
	}

	@Bean
	@ConditionalOnMissingBean
	Connection dynamoDbConnection(DynamoDbClient dynamoDbClient, DynamoDbProperties properties,
			ObjectProvider<ConnectionListener> listeners) {
		return new ConnectionFactory(properties).create(dynamoDbClient, listeners.orderedStream().toList());
	}

	/**
	 * The async client and connection, from the same properties, when the SDK's Netty client is
	 * on the class path.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient")
	static class AsyncConfiguration {

		@Bean
		@ConditionalOnMissingBean
		DynamoDbAsyncClient dynamoDbAsyncClient(DynamoDbConnectionDetails connectionDetails,
				DynamoDbProperties properties, ObjectProvider<DynamoDbAsyncClientBuilderCustomizer> customizers) {
			return new DynamoDbAsyncClientBuilderConfigurer(connectionDetails, properties,
					customizers.orderedStream().toList())
				.configure(DynamoDbAsyncClient.builder())
				.build();
		}

		@Bean
		@ConditionalOnMissingBean
		AsyncConnection dynamoDbAsyncConnection(DynamoDbAsyncClient dynamoDbAsyncClient,
				DynamoDbProperties properties, ObjectProvider<ConnectionListener> listeners) {
			return new ConnectionFactory(properties).createAsync(dynamoDbAsyncClient,
					listeners.orderedStream().toList());
		}

	}

	@Bean
	static NamedDynamoDbConnectionsRegistrar dynamoDbNamedConnectionsRegistrar() {
		return new NamedDynamoDbConnectionsRegistrar();
	}

	@Bean(NamedDynamoDbConnectionsRegistrar.FACTORY_BEAN_NAME)
	NamedDynamoDbConnections dynamoDbNamedConnections(Environment environment, DynamoDbProperties properties,
			ObjectProvider<DynamoDbConnectionDetails> connectionDetails,
			ObjectProvider<DynamoDbClientBuilderCustomizer> customizers, ObjectProvider<ConnectionListener> listeners) {
		return new NamedDynamoDbConnections(environment, properties, connectionDetails, customizers, listeners);
	}

	@Bean
	static DynamoDbTableInitializer dynamoDbTableInitializer(ObjectProvider<DynamoDbProperties> properties,
			ObjectProvider<DynamoDbConnectionDetails> connectionDetails) {
		return new DynamoDbTableInitializer(properties, connectionDetails);
	}

}
