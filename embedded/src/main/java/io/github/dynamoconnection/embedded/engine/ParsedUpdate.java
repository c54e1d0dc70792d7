package io.github.dynamoconnection.embedded.engine;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import io.github.dynamoconnection.embedded.value.Value;

/**
 * A parsed update (UpdateExpression or legacy AttributeUpdates): how it changes an item, which
 * top-level attributes it touches, and how to cut an item down to the updated paths (for
 * ReturnValues UPDATED_OLD / UPDATED_NEW).
 */
record ParsedUpdate(UnaryOperator<Map<String, Value>> apply, Set<String> topLevelAttributes,
		UnaryOperator<Map<String, Value>> updatedPaths) {
}
