package io.github.dynamoconnection.autoconfigure.embedded;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when the embedded engine should start: {@code dynamodb.embedded.enabled=true}, or that
 * property unset and no {@code dynamodb.host} configured.
 */
class OnEmbeddedDynamoDbCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("Embedded DynamoDB");
		Environment environment = context.getEnvironment();
		Boolean enabled = environment.getProperty("dynamodb.embedded.enabled", Boolean.class);
		if (enabled != null) {
			return enabled ? ConditionOutcome.match(message.because("dynamodb.embedded.enabled is true"))
					: ConditionOutcome.noMatch(message.because("dynamodb.embedded.enabled is false"));
		}
		if (StringUtils.hasText(environment.getProperty("dynamodb.host"))) {
			return ConditionOutcome.noMatch(message.because("dynamodb.host is set"));
		}
		return ConditionOutcome.match(message.because("dynamodb.host is not set"));
	}

}
