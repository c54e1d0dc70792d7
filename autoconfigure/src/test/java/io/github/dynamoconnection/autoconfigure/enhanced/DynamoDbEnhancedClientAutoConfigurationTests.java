package io.github.dynamoconnection.autoconfigure.enhanced;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.DynamoDbAutoConfiguration;
import io.github.dynamoconnection.autoconfigure.DynamoDbConnectionDetails;
import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbConnectionDetails;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbAsyncTable;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedAsyncClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import io.github.dynamoconnection.item.GetItemOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoDbEnhancedClientAutoConfiguration}: the enhanced clients share the
 * configured clients (what one writes, the {@code Connection} reads), only with
 * {@code dynamodb-enhanced} on the class path, and back off for user beans.
 */
class DynamoDbEnhancedClientAutoConfigurationTests {

	private static final TableSchema<EnhancedDocument> SCHEMA = TableSchema.documentSchemaBuilder()
		.addIndexPartitionKey(TableMetadata.primaryIndexName(), "id", AttributeValueType.S)
		.attributeConverterProviders(AttributeConverterProvider.defaultProvider())
		.build();

	private final EmbeddedDynamoDb engine = EmbeddedDynamoDb.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoDbAutoConfiguration.class,
				DynamoDbEnhancedClientAutoConfiguration.class))
		.withBean(DynamoDbConnectionDetails.class, () -> new EmbeddedDynamoDbConnectionDetails(this.engine));

	@AfterEach
	void stopEngine() {
		this.engine.close();
	}

	@Test
	void enhancedClientShouldShareTheConnectionsClient() {
		this.contextRunner.run((context) -> {
			Connection connection = context.getBean(Connection.class);
			connection.createTable("Thread", (table) -> table.hashKey("id", ScalarAttributeType.S));
			DynamoDbTable<EnhancedDocument> table = context.getBean(DynamoDbEnhancedClient.class).table("Thread", SCHEMA);
			table.putItem(EnhancedDocument.builder()
				.attributeConverterProviders(AttributeConverterProvider.defaultProvider())
				.putString("id", "a")
				.putString("title", "written by the mapper")
				.build());
			assertThat(connection.getItem("Thread", io.github.dynamoconnection.item.Key.of("a"), GetItemOptions.defaults()).item()).containsEntry("title", "written by the mapper");
		});
	}

	@Test
	void enhancedAsyncClientShouldShareTheAsyncClient() {
		this.contextRunner.run((context) -> {
			Connection connection = context.getBean(Connection.class);
			connection.createTable("Thread", (table) -> table.hashKey("id", ScalarAttributeType.S));
			connection.putItem("Thread", Map.of("id", "b", "title", "written by the connection"));
			DynamoDbAsyncTable<EnhancedDocument> table = context.getBean(DynamoDbEnhancedAsyncClient.class)
				.table("Thread", SCHEMA);
			EnhancedDocument item = table.getItem(Key.builder().partitionValue("b").build()).join();
			assertThat(item.getString("title")).isEqualTo("written by the connection");
		});
	}

	@Test
	void withoutEnhancedOnTheClassPathThereShouldBeNoEnhancedClients() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(DynamoDbEnhancedClient.class))
			.run((context) -> assertThat(context).hasSingleBean(Connection.class)
				.doesNotHaveBean(DynamoDbEnhancedClient.class)
				.doesNotHaveBean(DynamoDbEnhancedAsyncClient.class));
	}

	@Test
	void withoutNettyThereShouldBeNoEnhancedAsyncClient() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(NettyNioAsyncHttpClient.class))
			.run((context) -> assertThat(context).hasSingleBean(DynamoDbEnhancedClient.class)
				.doesNotHaveBean(DynamoDbEnhancedAsyncClient.class));
	}

	@Test
	void userDefinedEnhancedClientsShouldWin() {
		this.contextRunner
			.withBean("myEnhanced", DynamoDbEnhancedClient.class,
					() -> DynamoDbEnhancedClient.builder().dynamoDbClient(this.engine.client()).build())
			.run((context) -> assertThat(context).hasSingleBean(DynamoDbEnhancedClient.class)
				.hasBean("myEnhanced")
				.hasSingleBean(DynamoDbEnhancedAsyncClient.class));
	}

}
