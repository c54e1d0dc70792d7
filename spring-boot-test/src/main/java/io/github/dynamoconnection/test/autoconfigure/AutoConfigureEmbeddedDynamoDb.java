package io.github.dynamoconnection.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

/**
 * Gives a test's application context its own in-memory embedded DynamoDB engine, and a
 * {@code Connection} and {@code DynamoDbClient} pointing at it, even when {@code dynamodb.host}
 * is configured, and replacing any {@code DynamoDbClient} or {@code DynamoDbConnectionDetails}
 * bean the application defines (like {@code @AutoConfigureTestDatabase(replace = ANY)}). Each
 * test class starts on a clean engine: a cached context reused by another class is reset first
 * (every table deleted, the declared tables created again; see
 * {@link EmbeddedDynamoDbResetTestExecutionListener}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
@PropertyMapping("dynamodb.embedded")
public @interface AutoConfigureEmbeddedDynamoDb {

	/**
	 * Whether the embedded engine replaces any configured endpoint.
	 * @return whether the embedded engine is used
	 */
	boolean enabled() default true;

}
