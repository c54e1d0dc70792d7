package io.github.dynamoconnection.embedded.expression;

import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.embedded.value.Value;

/** A parsed UpdateExpression (or legacy AttributeUpdates), ready to apply to items. Immutable and thread-safe. */
public interface UpdateExpression {

	/**
	 * Applies the update to {@code item} (an empty map when the item does not exist yet).
	 * @return a new map; {@code item} is left untouched
	 * @throws io.github.dynamoconnection.embedded.contract.EngineException ValidationException for DynamoDB's
	 * run-time errors (missing operand, wrong type, invalid document path, number overflow)
	 */
	Map<String, Value> apply(Map<String, Value> item);

	/** Top-level attribute names the update writes (to reject updates of key attributes). */
	Set<String> topLevelAttributes();

	/** The paths the update writes, as a projection (for ReturnValues UPDATED_OLD and UPDATED_NEW). */
	ProjectionExpression updatedPaths();

}
