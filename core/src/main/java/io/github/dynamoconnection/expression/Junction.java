package io.github.dynamoconnection.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Conditions joined by AND or by OR. */
final class Junction extends BuiltCondition {

	static final String AND = "AND";

	static final String OR = "OR";

	private final String operator;

	private final List<Condition> conditions;

	private Junction(String operator, List<Condition> conditions) {
		this.operator = operator;
		this.conditions = conditions;
	}

	/** Joins the conditions; a single condition is returned as is. */
	static Condition of(String operator, Collection<? extends Condition> conditions) {
		if (conditions == null || conditions.isEmpty()) {
			throw new IllegalArgumentException(operator + " needs at least one condition");
		}
		List<Condition> copy = new ArrayList<>(conditions.size());
		for (Condition condition : conditions) {
			if (condition == null) {
				throw new IllegalArgumentException(operator + " got a null condition at position " + copy.size());
			}
			copy.add(condition);
		}
		return (copy.size() == 1) ? copy.get(0) : new Junction(operator, List.copyOf(copy));
	}

	@Override
	public String render(Placeholders placeholders) {
		StringBuilder text = new StringBuilder();
		String separator = " " + operator + " ";
		for (int i = 0; i < conditions.size(); i++) {
			text.append((i > 0) ? separator : "").append(renderOperand(conditions.get(i), precedence(), placeholders));
		}
		return text.toString();
	}

	@Override
	int precedence() {
		return (operator == AND) ? BuiltCondition.AND : BuiltCondition.OR;
	}

}
