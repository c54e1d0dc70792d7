package io.github.dynamoconnection.embedded.expression;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.embedded.value.Value;

/** Legacy conditions (Expected, QueryFilter, ScanFilter) joined by ConditionalOperator AND or OR. Immutable. */
record CombinedCondition(Set<String> topLevelAttributes, List<ConditionExpression> parts, boolean or)
		implements ConditionExpression {

	CombinedCondition {
		topLevelAttributes = Set.copyOf(topLevelAttributes);
		parts = List.copyOf(parts);
	}

	@Override
	public boolean test(Map<String, Value> item) {
		for (ConditionExpression part : parts) {
			if (part.test(item) == or) {
				return or;
			}
		}
		return !or;
	}

}
