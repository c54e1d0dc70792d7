package io.github.dynamoconnection.embedded.engine;

import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import io.github.dynamoconnection.embedded.json.AttributeValueJson;
import io.github.dynamoconnection.embedded.storage.KeySchema;
import io.github.dynamoconnection.embedded.value.Value;
import tools.jackson.databind.JsonNode;

/**
 * The expressions of one request (or one transaction item), with its ExpressionAttributeNames and
 * ExpressionAttributeValues: the single bridge from the engine's operations to the expression
 * package, so that operations never parse expression text themselves.
 */
final class RequestExpressions {

	private final JsonNode owner;

	private final Map<String, String> names;

	private final Map<String, Value> values;

	RequestExpressions(JsonNode owner) {
		this.owner = owner;
		this.names = ExpressionNames.read(owner);
		JsonNode valuesNode = owner.get("ExpressionAttributeValues");
		this.values = (valuesNode != null && !valuesNode.isNull()) ? AttributeValueJson.readValueMap(valuesNode) : Map.of();
	}

	/** The condition of {@code ConditionExpression} or legacy {@code Expected}, or {@code null} when none. */
	Predicate<Map<String, Value>> condition() {
		String text = Requests.optionalString(owner, "ConditionExpression");
		if (text != null) {
			throw notYet();
		}
		if (owner.has("Expected") && !owner.get("Expected").isNull()) {
			throw notYet();
		}
		return null;
	}

	/** The filter of {@code FilterExpression} or legacy {@code QueryFilter}/{@code ScanFilter}, or {@code null}. */
	Predicate<Map<String, Value>> filter(String legacyMember) {
		if (Requests.optionalString(owner, "FilterExpression") != null || hasMember(legacyMember)) {
			throw notYet();
		}
		return null;
	}

	/** The projection of {@code ProjectionExpression} or legacy {@code AttributesToGet}, or {@code null}. */
	UnaryOperator<Map<String, Value>> projection() {
		if (Requests.optionalString(owner, "ProjectionExpression") != null || hasMember("AttributesToGet")) {
			throw notYet();
		}
		return null;
	}

	/** The update of {@code UpdateExpression} or legacy {@code AttributeUpdates}, or {@code null} when none. */
	ParsedUpdate update() {
		if (Requests.optionalString(owner, "UpdateExpression") != null || hasMember("AttributeUpdates")) {
			throw notYet();
		}
		return null;
	}

	/** The key condition of {@code KeyConditionExpression} or legacy {@code KeyConditions}. */
	KeyRange keyCondition(KeySchema keys) {
		throw notYet();
	}

	/** Checks that every name and value placeholder was used (call after parsing all expressions). */
	void finish() {
		if (!values.isEmpty() || !names.isEmpty()) {
			throw notYet();
		}
	}

	private boolean hasMember(String member) {
		return member != null && owner.has(member) && !owner.get(member).isNull();
	}

	private static EngineException notYet() {
		return EngineException.validation("Expressions are not yet supported by this engine build");
	}

}
