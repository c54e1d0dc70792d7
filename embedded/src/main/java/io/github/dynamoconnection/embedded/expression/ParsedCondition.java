package io.github.dynamoconnection.embedded.expression;

import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.embedded.value.Value;

/** A parsed condition or filter expression with the top-level attributes it reads. Immutable and thread-safe. */
record ParsedCondition(Condition condition, Set<String> topLevelAttributes) implements ConditionExpression {

	ParsedCondition {
		topLevelAttributes = Set.copyOf(topLevelAttributes);
	}

	@Override
	public boolean test(Map<String, Value> item) {
		return condition.test(item);
	}

}
