package io.github.dynamoconnection.embedded.expression;

import java.util.List;

import io.github.dynamoconnection.embedded.value.Value;

/**
 * One legacy condition (QueryFilter, ScanFilter, KeyConditions entry): a comparison operator such as {@code EQ}
 * and its AttributeValueList.
 */
public record LegacyCondition(String comparisonOperator, List<Value> attributeValueList) {

	public LegacyCondition {
		attributeValueList = (attributeValueList != null) ? List.copyOf(attributeValueList) : List.of();
	}

}
