package io.github.dynamoconnection.autoconfigure.embedded;

import java.util.Map;

import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbDecision.Outcome;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the {@link EmbeddedDynamoDbDecision} for the application has the outcome named by
 * {@link ConditionalOnEmbeddedDynamoDb}. A refused default matches where the engine would be used,
 * so that start-up fails there with the refusal.
 */
class OnEmbeddedDynamoDbCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnEmbeddedDynamoDb.class.getName());
		Outcome wanted = (attributes != null) ? (Outcome) attributes.get("value") : Outcome.USE;
		EmbeddedDynamoDbDecision decision = EmbeddedDynamoDbDecision.decide(context.getEnvironment(), context.getClassLoader());
		Outcome actual = (decision.outcome() == Outcome.REFUSED) ? Outcome.USE : decision.outcome();
		ConditionMessage message = ConditionMessage.forCondition(ConditionalOnEmbeddedDynamoDb.class, wanted)
			.because(decision.reason());
		return (actual == wanted) ? ConditionOutcome.match(message) : ConditionOutcome.noMatch(message);
	}

}
