package io.github.dynamoconnection.embedded.partiql;

import io.github.dynamoconnection.embedded.contract.Engine;
import io.github.dynamoconnection.embedded.contract.EngineException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The key attribute names of a table or index, read through the engine's own DescribeTable. */
record KeyAttributes(String hash, String range) {

	/** Whether {@code name} is one of the key attributes. */
	boolean isKey(String name) {
		return name.equals(hash) || name.equals(range);
	}

	/** The key of {@code table}, or of its index {@code index} when not null. */
	static KeyAttributes of(Engine engine, String table, String index) {
		ObjectNode request = JsonNodeFactory.instance.objectNode();
		request.put("TableName", table);
		JsonNode description = engine.execute("DescribeTable", request).get("Table");
		if (index == null) {
			return fromSchema(description.get("KeySchema"));
		}
		for (String member : new String[] { "GlobalSecondaryIndexes", "LocalSecondaryIndexes" }) {
			JsonNode indexes = description.get(member);
			if (indexes != null) {
				for (JsonNode candidate : indexes) {
					if (index.equals(candidate.path("IndexName").asString())) {
						return fromSchema(candidate.get("KeySchema"));
					}
				}
			}
		}
		throw EngineException.validation("The table does not have the specified index: " + index);
	}

	private static KeyAttributes fromSchema(JsonNode schema) {
		String hash = null;
		String range = null;
		for (JsonNode element : schema) {
			if ("HASH".equals(element.path("KeyType").asString())) {
				hash = element.path("AttributeName").asString();
			}
			else {
				range = element.path("AttributeName").asString();
			}
		}
		return new KeyAttributes(hash, range);
	}

}
