package io.github.dynamoconnection.embedded.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.expression.AttributeUpdate;
import io.github.dynamoconnection.embedded.expression.ConditionExpression;
import io.github.dynamoconnection.embedded.expression.ExpectedCondition;
import io.github.dynamoconnection.embedded.expression.ExpressionAttributes;
import io.github.dynamoconnection.embedded.expression.ExpressionParser;
import io.github.dynamoconnection.embedded.expression.KeyConditionExpression;
import io.github.dynamoconnection.embedded.expression.LegacyCondition;
import io.github.dynamoconnection.embedded.expression.LegacyConditions;
import io.github.dynamoconnection.embedded.expression.ProjectionExpression;
import io.github.dynamoconnection.embedded.expression.RangeCondition;
import io.github.dynamoconnection.embedded.expression.UpdateExpression;
import io.github.dynamoconnection.embedded.json.AttributeValueJson;
import io.github.dynamoconnection.embedded.storage.KeySchema;
import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The expressions of one request (or one transaction item) with its ExpressionAttributeNames and
 * ExpressionAttributeValues, and their legacy equivalents (Expected, QueryFilter, ScanFilter,
 * KeyConditions, AttributeUpdates, AttributesToGet, ConditionalOperator): the single bridge from the
 * engine's operations to the expression package. Refuses mixing expression and legacy parameters,
 * and unused placeholders, as DynamoDB does.
 */
final class RequestExpressions {

	private final JsonNode owner;

	private final ExpressionAttributes attributes;

	private final boolean hasNames;

	private final boolean hasValues;

	private static final List<String> EXPRESSION_MEMBERS = List.of("ProjectionExpression", "KeyConditionExpression",
			"FilterExpression", "ConditionExpression", "UpdateExpression");

	private static final List<String> LEGACY_MEMBERS = List.of("AttributesToGet", "KeyConditions", "QueryFilter",
			"ScanFilter", "Expected", "AttributeUpdates");

	private final List<String> expressionMembers = new ArrayList<>();

	private final List<String> legacyMembers = new ArrayList<>();

	RequestExpressions(JsonNode owner) {
		this.owner = owner;
		Map<String, String> names = ExpressionNames.read(owner);
		ObjectNode valuesNode = Requests.object(owner, "ExpressionAttributeValues");
		Map<String, Value> values = (valuesNode != null) ? AttributeValueJson.readValueMap(valuesNode) : null;
		if (owner.hasNonNull("ExpressionAttributeNames") && names.isEmpty()) {
			throw EngineException.validation("ExpressionAttributeNames must not be empty");
		}
		if (values != null && values.isEmpty()) {
			throw EngineException.validation("ExpressionAttributeValues must not be empty");
		}
		this.hasNames = !names.isEmpty();
		this.hasValues = values != null;
		this.attributes = new ExpressionAttributes(names.isEmpty() ? null : names, values);
		for (String member : EXPRESSION_MEMBERS) {
			if (owner.hasNonNull(member)) {
				expressionMembers.add(member);
			}
		}
		for (String member : LEGACY_MEMBERS) {
			if (owner.hasNonNull(member)) {
				legacyMembers.add(member);
			}
		}
		// DynamoDB refuses only legacy parameters doing an expression's job: KeyConditions goes with a
		// FilterExpression or ProjectionExpression, and clashes only with a KeyConditionExpression.
		List<String> clashing = new ArrayList<>(legacyMembers);
		if (!owner.hasNonNull("KeyConditionExpression")) {
			clashing.remove("KeyConditions");
		}
		if (!expressionMembers.isEmpty() && !clashing.isEmpty()) {
			throw EngineException.validation("Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {"
					+ String.join(", ", clashing) + "} Expression parameters: {" + String.join(", ", expressionMembers) + "}");
		}
	}

	/** The condition of {@code ConditionExpression} or legacy {@code Expected}, or {@code null} when none. */
	ConditionExpression condition() {
		String text = expression("ConditionExpression");
		if (text != null) {
			return ExpressionParser.parseCondition(text, attributes);
		}
		ObjectNode expected = legacy("Expected");
		if (expected == null) {
			return null;
		}
		Map<String, ExpectedCondition> conditions = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : expected.properties()) {
			JsonNode node = entry.getValue();
			Boolean exists = node.hasNonNull("Exists") ? Requests.bool(node, "Exists") : null;
			Value value = node.hasNonNull("Value") ? AttributeValueJson.read(node.get("Value")) : null;
			conditions.put(entry.getKey(), new ExpectedCondition(exists, value,
					Requests.optionalString(node, "ComparisonOperator"), valueList(node)));
		}
		return LegacyConditions.fromExpected(conditions, conditionalOperator());
	}

	/** The filter of {@code FilterExpression} or legacy {@code QueryFilter}/{@code ScanFilter}, or {@code null}. */
	ConditionExpression filter(String legacyMember) {
		String text = expression("FilterExpression");
		if (text != null) {
			return ExpressionParser.parseFilter(text, attributes);
		}
		ObjectNode filter = legacy(legacyMember);
		return (filter != null) ? LegacyConditions.fromFilter(legacyConditions(filter), conditionalOperator()) : null;
	}

	/**
	 * Refuses a Query filter that names a key attribute of the queried table or index, as DynamoDB
	 * does. Hand-written token scan: the expression package does not expose the attributes a
	 * condition reads.
	 */
	void checkFilterAvoidsKeys(KeySchema keys) {
		String text = Requests.optionalString(owner, "FilterExpression");
		if (text != null) {
			for (String name : new String[] { keys.hashName(), keys.rangeName() }) {
				if (name != null && referencesTopLevel(text, name)) {
					throw EngineException.validation("Filter Expression can only contain non-primary key attributes: Primary key attribute: " + name);
				}
			}
			return;
		}
		ObjectNode legacy = Requests.object(owner, "QueryFilter");
		if (legacy != null) {
			for (String name : new String[] { keys.hashName(), keys.rangeName() }) {
				if (name != null && legacy.has(name)) {
					throw EngineException.validation("QueryFilter can only contain non-primary key attributes: Primary key attribute: " + name);
				}
			}
		}
	}

	private boolean referencesTopLevel(String text, String name) {
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '#' || c == ':' || Character.isLetter(c) || c == '_') {
				int start = i;
				i++;
				while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
					i++;
				}
				String token = text.substring(start, i);
				boolean nested = start > 0 && text.charAt(start - 1) == '.';
				int next = i;
				while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
					next++;
				}
				boolean call = next < text.length() && text.charAt(next) == '(';
				if (!nested && !call && c != ':') {
					String resolved = (c == '#') ? attributes.names().get(token) : token;
					if (name.equals(resolved)) {
						return true;
					}
				}
			}
			else {
				i++;
			}
		}
		return false;
	}

	/** The projection of {@code ProjectionExpression} or legacy {@code AttributesToGet}, or {@code null}. */
	ProjectionExpression projection() {
		String text = expression("ProjectionExpression");
		if (text != null) {
			return ExpressionParser.parseProjection(text, attributes);
		}
		JsonNode names = owner.get("AttributesToGet");
		if (names == null || names.isNull()) {
			return null;
		}
		if (!names.isArray() || names.isEmpty()) {
			throw Requests.constraint("[]", "attributesToGet", "Member must have length greater than or equal to 1");
		}
		List<String> list = new ArrayList<>();
		for (JsonNode name : names) {
			if (list.contains(name.asString())) {
				throw EngineException.validation("One or more parameter values were invalid: Duplicate value in attribute name: " + name.asString());
			}
			list.add(name.asString());
		}
		return LegacyConditions.fromAttributesToGet(list);
	}

	/** The update of {@code UpdateExpression} or legacy {@code AttributeUpdates}, or {@code null} when none. */
	UpdateExpression update() {
		String text = expression("UpdateExpression");
		if (text != null) {
			return ExpressionParser.parseUpdate(text, attributes);
		}
		ObjectNode updates = legacy("AttributeUpdates");
		if (updates == null) {
			return null;
		}
		Map<String, AttributeUpdate> map = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : updates.properties()) {
			JsonNode node = entry.getValue();
			Value value = node.hasNonNull("Value") ? AttributeValueJson.read(node.get("Value")) : null;
			map.put(entry.getKey(), new AttributeUpdate(Requests.optionalString(node, "Action"), value));
		}
		return LegacyConditions.fromAttributeUpdates(map);
	}

	/** The key condition of {@code KeyConditionExpression} or legacy {@code KeyConditions}, checked against the key types. */
	KeyConditionExpression keyCondition(KeySchema keys) {
		String text = expression("KeyConditionExpression");
		KeyConditionExpression condition;
		if (text != null) {
			condition = ExpressionParser.parseKeyCondition(text, attributes, keys.hashName(), keys.rangeName());
		}
		else {
			ObjectNode legacy = legacy("KeyConditions");
			if (legacy == null) {
				throw EngineException.validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
			}
			condition = LegacyConditions.fromKeyConditions(legacyConditions(legacy), keys.hashName(), keys.rangeName());
		}
		checkType(condition.hashValue(), keys.hashType());
		RangeCondition range = condition.range();
		if (range != null) {
			checkType(range.low(), keys.rangeType());
			if (range.high() != null) {
				checkType(range.high(), keys.rangeType());
			}
			if (range.op() == RangeCondition.Op.BEGINS_WITH && keys.rangeType() == ValueType.N) {
				throw EngineException.validation("Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N");
			}
		}
		return condition;
	}

	private static void checkType(Value value, ValueType expected) {
		if (value == null || value.type() != expected) {
			throw EngineException.validation("One or more parameter values were invalid: Condition parameter type does not match schema type");
		}
	}

	/** Checks mixing, placeholders given without expressions, and unused placeholders. Call after parsing all expressions. */
	void finish() {
		if (expressionMembers.isEmpty()) {
			if (hasNames) {
				throw EngineException.validation("ExpressionAttributeNames can only be specified when using expressions");
			}
			if (hasValues) {
				throw EngineException.validation("ExpressionAttributeValues can only be specified when using expressions");
			}
			if (owner.hasNonNull("ConditionalOperator") && legacyMembers.stream().noneMatch(m -> !m.equals("AttributesToGet"))) {
				throw EngineException.validation("ConditionalOperator can only be used when Filter or Expected conditions are present");
			}
			return;
		}
		attributes.assertAllUsed();
	}

	private String expression(String member) {
		String text = Requests.optionalString(owner, member);
		if (text != null) {
			if (text.isEmpty()) {
				throw EngineException.validation("Invalid " + member + ": The expression can not be empty;");
			}
		}
		return text;
	}

	private ObjectNode legacy(String member) {
		if (member == null) {
			return null;
		}
		return Requests.object(owner, member);
	}

	private String conditionalOperator() {
		return Requests.enumValue(owner, "ConditionalOperator", List.of("AND", "OR"));
	}

	private static Map<String, LegacyCondition> legacyConditions(ObjectNode node) {
		Map<String, LegacyCondition> conditions = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			JsonNode condition = entry.getValue();
			String operator = Requests.optionalString(condition, "ComparisonOperator");
			if (operator == null) {
				throw Requests.constraint(null, "keyConditions." + entry.getKey() + ".member.comparisonOperator", "Member must not be null");
			}
			conditions.put(entry.getKey(), new LegacyCondition(operator, valueList(condition)));
		}
		return conditions;
	}

	private static List<Value> valueList(JsonNode node) {
		JsonNode list = node.get("AttributeValueList");
		if (list == null || list.isNull()) {
			return null;
		}
		List<Value> values = new ArrayList<>();
		for (JsonNode value : list) {
			values.add(AttributeValueJson.read(value));
		}
		return values;
	}

}
