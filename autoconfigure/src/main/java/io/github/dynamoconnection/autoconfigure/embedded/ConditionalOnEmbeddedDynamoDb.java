package io.github.dynamoconnection.autoconfigure.embedded;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbDecision.Outcome;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when the {@link EmbeddedDynamoDbDecision} has the given outcome ({@link Outcome#USE}
 * also when the default is refused, so that the refusal surfaces where the engine would start).
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnEmbeddedDynamoDbCondition.class)
@interface ConditionalOnEmbeddedDynamoDb {

	/**
	 * The outcome to match.
	 * @return the outcome
	 */
	Outcome value();

}
