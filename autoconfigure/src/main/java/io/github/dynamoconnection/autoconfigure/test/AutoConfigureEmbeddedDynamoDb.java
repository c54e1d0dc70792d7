package io.github.dynamoconnection.autoconfigure.test;

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
 * is configured. Each distinct test context gets a fresh engine. Needs
 * {@code dynamo-connection-embedded} on the test class path.
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
