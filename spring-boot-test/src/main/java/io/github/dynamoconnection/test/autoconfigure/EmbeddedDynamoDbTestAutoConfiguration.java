package io.github.dynamoconnection.test.autoconfigure;

import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbAutoConfiguration;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration imported by {@link AutoConfigureEmbeddedDynamoDb @AutoConfigureEmbeddedDynamoDb}:
 * an in-memory engine even when the application defines its own {@code DynamoDbClient} or
 * {@code DynamoDbConnectionDetails} (which make the main embedded auto-configuration back off), and
 * those beans replaced by ones on the engine, as {@code @AutoConfigureTestDatabase(replace = ANY)}
 * replaces data sources.
 */
@AutoConfiguration(after = EmbeddedDynamoDbAutoConfiguration.class, before = DynamoDbAutoConfiguration.class)
@ConditionalOnProperty(name = "dynamodb.embedded.enabled", havingValue = "true")
public final class EmbeddedDynamoDbTestAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	EmbeddedDynamoDb embeddedDynamoDb() {
		return EmbeddedDynamoDb.start();
	}

	@Bean
	static EmbeddedDynamoDbBeanReplacer embeddedDynamoDbBeanReplacer() {
		return new EmbeddedDynamoDbBeanReplacer();
	}

}
