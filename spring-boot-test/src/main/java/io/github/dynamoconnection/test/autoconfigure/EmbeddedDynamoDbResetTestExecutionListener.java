package io.github.dynamoconnection.test.autoconfigure;

import java.util.Map;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.autoconfigure.DynamoDbProperties;
import io.github.dynamoconnection.autoconfigure.tables.DynamoDbTableInitializer;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Gives every test class annotated with {@link AutoConfigureEmbeddedDynamoDb} (or
 * {@link DynamoDbTest}) a clean engine even when it reuses a cached application context: before
 * the class runs on a context an earlier class used, every table of the engine is deleted and the
 * tables declared under {@code dynamodb.tables} are created again. Within one test class, tests
 * share the engine's data.
 */
public class EmbeddedDynamoDbResetTestExecutionListener implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestClass(TestContext testContext) {
		if (!testContext.hasApplicationContext() || TestContextAnnotationUtils
			.findMergedAnnotation(testContext.getTestClass(), AutoConfigureEmbeddedDynamoDb.class) == null) {
			return;
		}
		reset(testContext.getApplicationContext());
	}

	/**
	 * Deletes every table of the context's engine and creates its declared tables again.
	 * @param context an application context with an {@link EmbeddedDynamoDb}
	 */
	public static void reset(ApplicationContext context) {
		Map<String, EmbeddedDynamoDb> engines = context.getBeansOfType(EmbeddedDynamoDb.class);
		for (EmbeddedDynamoDb engine : engines.values()) {
			DynamoDbClient client = engine.client();
			client.listTablesPaginator()
				.tableNames()
				.forEach((table) -> client.deleteTable((delete) -> delete.tableName(table)));
		}
		DynamoDbProperties properties = context.getBeanProvider(DynamoDbProperties.class).getIfAvailable();
		DynamoDbTableInitializer initializer = context.getBeanProvider(DynamoDbTableInitializer.class)
			.getIfAvailable();
		if (properties != null && initializer != null && !engines.isEmpty()) {
			context.getBeanProvider(Connection.class)
				.orderedStream()
				.forEach((connection) -> initializer.initialize(connection, properties.getTables(),
						properties.getTableInitialization(), true));
		}
	}

	@Override
	public int getOrder() {
		// before dependency injection (2000), so that nothing sees the old data
		return 1900;
	}

}
