package io.github.dynamoconnection.embedded.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.dynamoconnection.embedded.contract.EngineException;
import tools.jackson.databind.JsonNode;

/** Reads {@code ExpressionAttributeNames}. */
final class ExpressionNames {

	private ExpressionNames() {
	}

	static Map<String, String> read(JsonNode owner) {
		JsonNode node = owner.get("ExpressionAttributeNames");
		if (node == null || node.isNull()) {
			return Map.of();
		}
		if (!node.isObject()) {
			throw new EngineException("SerializationException", "Unexpected value type in payload: ExpressionAttributeNames must be a map");
		}
		Map<String, String> names = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			if (!entry.getValue().isString()) {
				throw new EngineException("SerializationException", "Unexpected value type in payload: ExpressionAttributeNames values must be strings");
			}
			names.put(entry.getKey(), entry.getValue().stringValue());
		}
		return names;
	}

}
