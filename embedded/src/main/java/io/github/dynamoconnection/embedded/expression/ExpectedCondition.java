package io.github.dynamoconnection.embedded.expression;

import java.util.List;

import io.github.dynamoconnection.embedded.value.Value;

/**
 * One legacy {@code Expected} entry: either {@code Exists}/{@code Value}, or {@code ComparisonOperator} with
 * {@code AttributeValueList} (or {@code Value}). Absent members are {@code null}.
 */
public record ExpectedCondition(Boolean exists, Value value, String comparisonOperator, List<Value> attributeValueList) {

	public ExpectedCondition {
		attributeValueList = (attributeValueList != null) ? List.copyOf(attributeValueList) : null;
	}

}
