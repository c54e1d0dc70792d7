package io.github.dynamoconnection.embedded.expression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.value.Value;

/**
 * DynamoDB's rules for key conditions: only AND of simple conditions, one per key attribute, equality on the
 * partition key, {@code = < <= > >= BETWEEN begins_with} on the sort key.
 */
final class KeyConditionRules {

	private KeyConditionRules() {
	}

	/** Converts a parsed key condition, enforcing the rules. */
	static KeyConditionExpression fromCondition(Condition condition, String hashKeyName, String rangeKeyName) {
		Map<String, RangeCondition> conditions = new LinkedHashMap<>();
		collect(condition, conditions);
		return fromConditions(conditions, hashKeyName, rangeKeyName);
	}

	/** Checks the per-attribute conditions against the key schema (shared with legacy KeyConditions). */
	static KeyConditionExpression fromConditions(Map<String, RangeCondition> conditions, String hashKeyName,
			String rangeKeyName) {
		RangeCondition hash = conditions.get(hashKeyName);
		if (hash == null) {
			throw EngineException.validation("Query condition missed key schema element: " + hashKeyName);
		}
		for (String attribute : conditions.keySet()) {
			if (!attribute.equals(hashKeyName) && !attribute.equals(rangeKeyName)) {
				if (rangeKeyName != null && !conditions.containsKey(rangeKeyName)) {
					throw EngineException.validation("Query condition missed key schema element: " + rangeKeyName);
				}
				throw EngineException.validation("Query key condition not supported");
			}
		}
		if (hash.op() != RangeCondition.Op.EQ) {
			throw EngineException.validation("Query key condition not supported");
		}
		return new KeyConditionExpression(hashKeyName, hash.low(),
				(rangeKeyName != null) ? conditions.get(rangeKeyName) : null);
	}

	private static void collect(Condition condition, Map<String, RangeCondition> conditions) {
		if (condition instanceof Condition.And and) {
			collect(and.left(), conditions);
			collect(and.right(), conditions);
			return;
		}
		RangeCondition range = simple(condition);
		if (conditions.containsKey(range.attributeName())) {
			throw invalid("KeyConditionExpressions must only contain one condition per key");
		}
		conditions.put(range.attributeName(), range);
	}

	private static RangeCondition simple(Condition condition) {
		if (condition instanceof Condition.Or) {
			throw invalid("Invalid operator used in KeyConditionExpression: OR");
		}
		if (condition instanceof Condition.Not) {
			throw invalid("Invalid operator used in KeyConditionExpression: NOT");
		}
		if (condition instanceof Condition.In) {
			throw invalid("Invalid operator used in KeyConditionExpression: IN");
		}
		if (condition instanceof Condition.Compare compare) {
			if (compare.operator() == Token.Kind.NE) {
				throw invalid("Invalid operator used in KeyConditionExpression: <>");
			}
			checkOperands(List.of(compare.left(), compare.right()));
			boolean keyOnLeft = compare.left() instanceof Operand.PathOperand;
			Operand key = keyOnLeft ? compare.left() : compare.right();
			Operand value = keyOnLeft ? compare.right() : compare.left();
			RangeCondition.Op op = switch (compare.operator()) {
				case EQ -> RangeCondition.Op.EQ;
				case LT -> keyOnLeft ? RangeCondition.Op.LT : RangeCondition.Op.GT;
				case LE -> keyOnLeft ? RangeCondition.Op.LE : RangeCondition.Op.GE;
				case GT -> keyOnLeft ? RangeCondition.Op.GT : RangeCondition.Op.LT;
				default -> keyOnLeft ? RangeCondition.Op.GE : RangeCondition.Op.LE;
			};
			return new RangeCondition(keyName(key), op, literal(value), null);
		}
		if (condition instanceof Condition.Between between) {
			checkOperands(List.of(between.value(), between.low(), between.high()));
			if (!(between.value() instanceof Operand.PathOperand)) {
				throw invalid("Invalid condition in KeyConditionExpression: "
						+ "BETWEEN operator must have the key attribute as its first operand");
			}
			return new RangeCondition(keyName(between.value()), RangeCondition.Op.BETWEEN, literal(between.low()),
					literal(between.high()));
		}
		Condition.FunctionCondition function = (Condition.FunctionCondition) condition;
		if (!function.name().equals("begins_with")) {
			throw invalid("Invalid operator used in KeyConditionExpression: " + function.name());
		}
		checkOperands(function.args());
		if (!(function.args().get(0) instanceof Operand.PathOperand)) {
			throw invalid("Invalid condition in KeyConditionExpression: "
					+ "begins_with operator must have the key attribute as its first operand");
		}
		return new RangeCondition(keyName(function.args().get(0)), RangeCondition.Op.BEGINS_WITH,
				literal(function.args().get(1)), null);
	}

	private static void checkOperands(List<Operand> operands) {
		int paths = 0;
		for (Operand operand : operands) {
			if (operand instanceof Operand.Call) {
				throw invalid("KeyConditionExpressions cannot contain nested operations");
			}
			if (operand instanceof Operand.PathOperand path) {
				if (++paths > 1) {
					throw invalid("Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
				}
				if (!path.path().isTopLevel()) {
					throw invalid("KeyConditionExpressions cannot have conditions on nested attributes");
				}
			}
		}
		if (paths == 0) {
			throw invalid("Invalid condition in KeyConditionExpression: No key attribute specified");
		}
	}

	private static String keyName(Operand operand) {
		return ((Operand.PathOperand) operand).path().topLevelName();
	}

	private static Value literal(Operand operand) {
		return ((Operand.Literal) operand).value();
	}

	private static EngineException invalid(String detail) {
		return ExpressionKind.KEY_CONDITION.invalid(detail);
	}

}
