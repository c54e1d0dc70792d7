package io.github.dynamoconnection.autoconfigure.embedded;

import java.net.URI;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.DynamoDbConnectionDetails;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} that starts an {@link EmbeddedDynamoDb} when
 * {@code dynamo-connection-embedded} is on the class path and no {@code dynamodb.host} is set (or
 * {@code dynamodb.embedded.enabled=true}) and the application defines neither connection details nor
 * a client of its own, and points the auto-configured client at it. The engine is closed with the
 * application context.
 */
@AutoConfiguration(before = DynamoDbAutoConfiguration.class)
@ConditionalOnClass(EmbeddedDynamoDb.class)
@ConditionalOnMissingBean({ DynamoDbConnectionDetails.class, DynamoDbClient.class })
@Conditional(OnEmbeddedDynamoDbCondition.class)
@EnableConfigurationProperties(DynamoDbProperties.class)
public final class EmbeddedDynamoDbAutoConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedDynamoDbAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	EmbeddedDynamoDb embeddedDynamoDb(DynamoDbProperties properties) {
		DynamoDbProperties.Embedded embedded = properties.getEmbedded();
		EmbeddedDynamoDb.Builder builder = EmbeddedDynamoDb.builder();
		PropertyMapper map = PropertyMapper.get();
		map.from(embedded.getPort()).to(builder::port);
		map.from(embedded.getDataDir()).to(builder::dataDirectory);
		EmbeddedDynamoDb engine = builder.start();
		logger.info(startedMessage(engine, embedded));
		return engine;
	}

	@Bean
	DynamoDbConnectionDetails embeddedDynamoDbConnectionDetails(EmbeddedDynamoDb embeddedDynamoDb) {
		return new EmbeddedDynamoDbConnectionDetails(embeddedDynamoDb);
	}

	private static String startedMessage(EmbeddedDynamoDb engine, DynamoDbProperties.Embedded embedded) {
		URI http = engine.httpEndpoint();
		return "Using the embedded DynamoDB engine (in-process" + ((http != null) ? ", HTTP on " + http : "")
				+ ((embedded.getDataDir() != null) ? ", data in " + embedded.getDataDir() : ", in memory")
				+ "); set dynamodb.host to use a real DynamoDB endpoint";
	}

}
