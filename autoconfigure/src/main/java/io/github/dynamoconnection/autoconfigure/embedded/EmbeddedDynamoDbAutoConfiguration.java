package io.github.dynamoconnection.autoconfigure.embedded;

import java.net.URI;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.DynamoDbConnectionDetails;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties;
import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbDecision.Outcome;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the embedded engine as the default endpoint
 * in development and tests, when {@code dynamo-connection-embedded} is on the class path and the
 * application defines neither connection details nor a client of its own; see
 * {@link EmbeddedDynamoDbDecision} for the rules. When used, the engine starts, the auto-configured
 * client points at it, and the engine is closed with the application context. In a packaged
 * application that does not enable it, one warning says so; on a deployment platform (AWS compute,
 * Kubernetes) the default is refused with an {@link EmbeddedDynamoDbRefusedException}.
 */
@AutoConfiguration(before = DynamoDbAutoConfiguration.class)
@ConditionalOnClass(EmbeddedDynamoDb.class)
@ConditionalOnMissingBean({ DynamoDbConnectionDetails.class, DynamoDbClient.class })
@EnableConfigurationProperties(DynamoDbProperties.class)
public final class EmbeddedDynamoDbAutoConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedDynamoDbAutoConfiguration.class);

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnEmbeddedDynamoDb(Outcome.USE)
	static class EmbeddedEngineConfiguration {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		EmbeddedDynamoDb embeddedDynamoDb(DynamoDbProperties properties, Environment environment,
				ResourceLoader resourceLoader) {
			EmbeddedDynamoDbDecision decision = EmbeddedDynamoDbDecision.decide(environment,
					resourceLoader.getClassLoader());
			if (decision.outcome() == Outcome.REFUSED) {
				throw new EmbeddedDynamoDbRefusedException(decision.reason());
			}
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

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnEmbeddedDynamoDb(Outcome.NOT_USED_IN_PACKAGED_APPLICATION)
	static class PackagedApplicationConfiguration {

		@Bean
		EmbeddedDynamoDbNotUsedWarning embeddedDynamoDbNotUsedWarning(Environment environment) {
			return new EmbeddedDynamoDbNotUsedWarning(environment);
		}

	}

	private static String startedMessage(EmbeddedDynamoDb engine, DynamoDbProperties.Embedded embedded) {
		URI http = engine.httpEndpoint();
		return "Using the embedded DynamoDB engine (in-process" + ((http != null) ? ", HTTP on " + http : "")
				+ ((embedded.getDataDir() != null) ? ", data in " + embedded.getDataDir() : ", in memory")
				+ "); set dynamodb.host to use a real DynamoDB endpoint";
	}

}
