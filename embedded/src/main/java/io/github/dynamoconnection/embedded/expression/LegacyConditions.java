package io.github.dynamoconnection.embedded.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueType;

/**
 * The legacy request parameters (Expected, QueryFilter, ScanFilter, KeyConditions, AttributeUpdates,
 * AttributesToGet, ConditionalOperator), validated as DynamoDB does and translated to the same parsed forms as
 * expressions.
 */
public final class LegacyConditions {

	private static final String INVALID = "One or more parameter values were invalid: ";

	private static final Set<String> SCALAR = Set.of("S", "N", "B");

	private static final Map<String, Set<String>> FILTER_TYPES = Map.ofEntries(
			Map.entry("EQ", Set.of("S", "N", "B", "SS", "NS", "BS")), Map.entry("NE", Set.of("S", "N", "B", "SS", "NS", "BS")),
			Map.entry("LE", SCALAR), Map.entry("LT", SCALAR), Map.entry("GE", SCALAR), Map.entry("GT", SCALAR),
			Map.entry("CONTAINS", SCALAR), Map.entry("NOT_CONTAINS", SCALAR), Map.entry("BEGINS_WITH", Set.of("S", "B")),
			Map.entry("IN", SCALAR), Map.entry("BETWEEN", SCALAR));

	private LegacyConditions() {
	}

	/** {@code Expected} with {@code ConditionalOperator} (AND when {@code null}). */
	public static ConditionExpression fromExpected(Map<String, ExpectedCondition> expected, String conditionalOperator) {
		boolean or = isOr(conditionalOperator);
		List<ConditionExpression> parts = new ArrayList<>();
		for (Map.Entry<String, ExpectedCondition> entry : expected.entrySet()) {
			parts.add(expectedCondition(entry.getKey(), entry.getValue()));
		}
		return combine(expected.keySet(), parts, or);
	}

	/** {@code QueryFilter} or {@code ScanFilter} with {@code ConditionalOperator} (AND when {@code null}). */
	public static ConditionExpression fromFilter(Map<String, LegacyCondition> filter, String conditionalOperator) {
		boolean or = isOr(conditionalOperator);
		List<ConditionExpression> parts = new ArrayList<>();
		for (Map.Entry<String, LegacyCondition> entry : filter.entrySet()) {
			LegacyCondition condition = entry.getValue();
			validateFilterCondition(condition);
			parts.add(comparison(entry.getKey(), condition.comparisonOperator(), condition.attributeValueList()));
		}
		return combine(filter.keySet(), parts, or);
	}

	/** {@code KeyConditions} for a table or index with these key attributes ({@code rangeKeyName} may be null). */
	public static KeyConditionExpression fromKeyConditions(Map<String, LegacyCondition> keyConditions,
			String hashKeyName, String rangeKeyName) {
		Map<String, RangeCondition> conditions = new LinkedHashMap<>();
		for (Map.Entry<String, LegacyCondition> entry : keyConditions.entrySet()) {
			LegacyCondition condition = entry.getValue();
			validateFilterCondition(condition);
			RangeCondition.Op op;
			try {
				op = RangeCondition.Op.valueOf(condition.comparisonOperator());
			}
			catch (IllegalArgumentException ex) {
				throw EngineException.validation("Attempted conditional constraint is not an indexable operation");
			}
			List<Value> values = condition.attributeValueList();
			conditions.put(entry.getKey(), new RangeCondition(entry.getKey(), op, values.get(0),
					(values.size() > 1) ? values.get(1) : null));
		}
		return KeyConditionRules.fromConditions(conditions, hashKeyName, rangeKeyName);
	}

	/** {@code AttributeUpdates}: PUT sets, DELETE removes (or removes set members), ADD adds numbers, sets, lists. */
	public static UpdateExpression fromAttributeUpdates(Map<String, AttributeUpdate> updates) {
		for (AttributeUpdate update : updates.values()) {
			validateAttributeUpdate(update);
		}
		return new LegacyUpdate(new LinkedHashMap<>(updates));
	}

	/** {@code AttributesToGet}: top-level attribute names. */
	public static ProjectionExpression fromAttributesToGet(List<String> attributesToGet) {
		if (attributesToGet.size() != Set.copyOf(attributesToGet).size()) {
			throw EngineException.validation(INVALID + "Duplicate value in attribute name: "
					+ firstDuplicate(attributesToGet));
		}
		return new ProjectionExpression(attributesToGet.stream().map(DocumentPath::of).toList());
	}

	private static String firstDuplicate(List<String> names) {
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (String name : names) {
			if (!seen.add(name)) {
				return name;
			}
		}
		return null;
	}

	private static boolean isOr(String conditionalOperator) {
		if (conditionalOperator == null || conditionalOperator.equals("AND")) {
			return false;
		}
		if (conditionalOperator.equals("OR")) {
			return true;
		}
		throw EngineException.validation("1 validation error detected: Value '" + conditionalOperator
				+ "' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [AND, OR]");
	}

	private static ConditionExpression combine(Set<String> attributes, List<ConditionExpression> parts,
			boolean or) {
		List<ConditionExpression> all = List.copyOf(parts);
		if (all.isEmpty()) {
			return ConditionExpression.ALWAYS;
		}
		return new CombinedCondition(attributes, all, or);
	}

	private static ConditionExpression expectedCondition(String attribute, ExpectedCondition condition) {
		if (condition.attributeValueList() != null && condition.value() != null) {
			throw EngineException.validation(INVALID
					+ "Value and AttributeValueList cannot be used together for Attribute: " + attribute);
		}
		String operator = condition.comparisonOperator();
		if (operator != null) {
			if (condition.exists() != null) {
				throw EngineException.validation(INVALID
						+ "Exists and ComparisonOperator cannot be used together for Attribute: " + attribute);
			}
			List<Value> values = (condition.attributeValueList() != null) ? condition.attributeValueList()
					: (condition.value() != null) ? List.of(condition.value()) : List.of();
			if (!operator.equals("NULL") && !operator.equals("NOT_NULL") && values.isEmpty()
					&& condition.attributeValueList() == null) {
				throw EngineException.validation(INVALID + "Value or AttributeValueList must be used with ComparisonOperator: "
						+ operator + " for Attribute: " + attribute);
			}
			validateArguments(operator, values);
			return comparison(attribute, operator, values);
		}
		if (condition.attributeValueList() != null) {
			throw EngineException.validation(INVALID
					+ "AttributeValueList can only be used with a ComparisonOperator for Attribute: " + attribute);
		}
		boolean exists = condition.exists() == null || condition.exists();
		if (exists && condition.value() == null) {
			throw EngineException.validation(INVALID + "Value must be provided when Exists is "
					+ ((condition.exists() == null) ? "null" : "true") + " for Attribute: " + attribute);
		}
		if (!exists && condition.value() != null) {
			throw EngineException.validation(INVALID + "Value cannot be used when Exists is false for Attribute: " + attribute);
		}
		return exists ? comparison(attribute, "EQ", List.of(condition.value())) : comparison(attribute, "NULL", List.of());
	}

	private static void validateFilterCondition(LegacyCondition condition) {
		String operator = condition.comparisonOperator();
		List<Value> values = condition.attributeValueList();
		validateArguments(operator, values);
		Set<String> allowed = FILTER_TYPES.get(operator);
		if (allowed != null) {
			for (Value value : values) {
				if (!allowed.contains(value.type().name())) {
					throw EngineException.validation(INVALID + "ComparisonOperator " + operator + " is not valid for "
							+ value.type().name() + " AttributeValue type");
				}
			}
		}
	}

	/** Argument count, same types, ordered BETWEEN bounds. */
	private static void validateArguments(String operator, List<Value> values) {
		boolean countOk = switch (operatorOrInvalid(operator)) {
			case "NULL", "NOT_NULL" -> values.isEmpty();
			case "IN" -> !values.isEmpty();
			case "BETWEEN" -> values.size() == 2;
			default -> values.size() == 1;
		};
		if (!countOk) {
			throw EngineException.validation(INVALID + "Invalid number of argument(s) for the " + operator
					+ " ComparisonOperator");
		}
		for (Value value : values) {
			if (value.type() != values.get(0).type()) {
				throw EngineException.validation(INVALID + "AttributeValues inside AttributeValueList must be of same type");
			}
		}
		if (operator.equals("BETWEEN")) {
			Integer order = Comparisons.order(values.get(0), values.get(1));
			if (order != null && order > 0) {
				throw EngineException.validation(
						"The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
			}
		}
	}

	private static String operatorOrInvalid(String operator) {
		if (operator == null || !Set.of("EQ", "NE", "LE", "LT", "GE", "GT", "NOT_NULL", "NULL", "CONTAINS",
				"NOT_CONTAINS", "BEGINS_WITH", "IN", "BETWEEN").contains(operator)) {
			throw EngineException.validation("1 validation error detected: Value '" + operator
					+ "' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: "
					+ "[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]");
		}
		return operator;
	}

	/** One attribute compared by a legacy operator (arguments already validated). */
	private static ConditionExpression comparison(String attribute, String operator, List<Value> values) {
		Value first = values.isEmpty() ? null : values.get(0);
		return switch (operator) {
			case "EQ" -> item -> Comparisons.equal(item.get(attribute), first);
			case "NE" -> item -> !Comparisons.equal(item.get(attribute), first);
			case "LE" -> item -> Comparisons.compare(Token.Kind.LE, item.get(attribute), first);
			case "LT" -> item -> Comparisons.compare(Token.Kind.LT, item.get(attribute), first);
			case "GE" -> item -> Comparisons.compare(Token.Kind.GE, item.get(attribute), first);
			case "GT" -> item -> Comparisons.compare(Token.Kind.GT, item.get(attribute), first);
			case "NOT_NULL" -> item -> item.get(attribute) != null;
			case "NULL" -> item -> item.get(attribute) == null;
			case "CONTAINS" -> item -> Comparisons.contains(item.get(attribute), first);
			case "NOT_CONTAINS" -> item -> item.get(attribute) != null && !Comparisons.contains(item.get(attribute), first);
			case "BEGINS_WITH" -> item -> Comparisons.beginsWith(item.get(attribute), first);
			case "IN" -> item -> values.stream().anyMatch(value -> Comparisons.equal(item.get(attribute), value));
			default -> item -> Comparisons.between(item.get(attribute), first, values.get(1));
		};
	}

	private static void validateAttributeUpdate(AttributeUpdate update) {
		String action = (update.action() != null) ? update.action() : "PUT";
		if (!Set.of("PUT", "ADD", "DELETE").contains(action)) {
			throw EngineException.validation("1 validation error detected: Value '" + action
					+ "' at 'attributeUpdates' failed to satisfy constraint: Member must satisfy enum value set: [ADD, PUT, DELETE]");
		}
		Value value = update.value();
		if (value == null && !action.equals("DELETE")) {
			throw EngineException.validation(INVALID + "Only DELETE action is allowed when no attribute value is specified");
		}
		if (value != null && action.equals("DELETE") && !value.type().isSet()) {
			throw EngineException.validation(INVALID + "DELETE action with value is not supported for the type "
					+ value.type().name());
		}
		if (value != null && action.equals("ADD") && !value.type().isSet() && value.type() != ValueType.N
				&& value.type() != ValueType.L) {
			throw EngineException.validation(INVALID + "ADD action is not supported for the type " + value.type().name());
		}
	}

	/** AttributeUpdates applied in order, with the legacy run-time errors. */
	private record LegacyUpdate(Map<String, AttributeUpdate> updates) implements UpdateExpression {

		private static final String MISMATCH = "Type mismatch for attribute to update";

		@Override
		public Map<String, Value> apply(Map<String, Value> item) {
			Map<String, Value> result = new LinkedHashMap<>(item);
			for (Map.Entry<String, AttributeUpdate> entry : updates.entrySet()) {
				String name = entry.getKey();
				AttributeUpdate update = entry.getValue();
				String action = (update.action() != null) ? update.action() : "PUT";
				Value value = update.value();
				Value current = result.get(name);
				if (action.equals("PUT")) {
					result.put(name, value);
				}
				else if (action.equals("DELETE")) {
					if (value == null) {
						result.remove(name);
					}
					else if (current != null) {
						if (current.type() != value.type()) {
							throw EngineException.validation(MISMATCH);
						}
						Value remaining = Sets.difference(current, value);
						if (remaining == null) {
							result.remove(name);
						}
						else {
							result.put(name, remaining);
						}
					}
				}
				else if (current == null) {
					result.put(name, value);
				}
				else if (current.type() != value.type()) {
					throw EngineException.validation(MISMATCH);
				}
				else if (value instanceof Value.N n) {
					result.put(name, UpdateValues.number(((Value.N) current).value().add(n.value())));
				}
				else if (value instanceof Value.L list) {
					List<Value> joined = new ArrayList<>(((Value.L) current).values());
					joined.addAll(list.values());
					result.put(name, new Value.L(joined));
				}
				else {
					result.put(name, Sets.union(current, value));
				}
			}
			return result;
		}

		@Override
		public Set<String> topLevelAttributes() {
			return Set.copyOf(updates.keySet());
		}

		@Override
		public ProjectionExpression updatedPaths() {
			return new ProjectionExpression(updates.keySet().stream().map(DocumentPath::of).toList());
		}

	}

}
