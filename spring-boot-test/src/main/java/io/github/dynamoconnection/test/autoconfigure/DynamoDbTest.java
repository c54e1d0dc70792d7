package io.github.dynamoconnection.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Annotation for a test that focuses on DynamoDB access only: it enables just the dynamo-connection
 * auto-configuration on an {@link AutoConfigureEmbeddedDynamoDb isolated embedded engine} (declared
 * {@code dynamodb.tables.*} included), scans no components, and lets the test inject the
 * {@code Connection}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(DynamoDbTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(DynamoDbTypeExcludeFilter.class)
@AutoConfigureEmbeddedDynamoDb
@ImportAutoConfiguration
public @interface DynamoDbTest {

	/**
	 * Properties in form {@literal key=value} added to the environment before the test runs.
	 * @return the properties to add
	 */
	String[] properties() default {};

	/**
	 * Whether default filtering applies with {@code @SpringBootApplication}; by default no beans
	 * are included.
	 * @return whether default filters are used
	 */
	boolean useDefaultFilters() default true;

	/**
	 * Include filters adding otherwise filtered beans to the application context.
	 * @return include filters to apply
	 */
	Filter[] includeFilters() default {};

	/**
	 * Exclude filters removing beans that would otherwise be added to the application context.
	 * @return exclude filters to apply
	 */
	Filter[] excludeFilters() default {};

	/**
	 * Auto-configuration exclusions for this test.
	 * @return auto-configuration exclusions to apply
	 */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};

}
