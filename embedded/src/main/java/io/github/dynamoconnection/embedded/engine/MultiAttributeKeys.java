package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.embedded.storage.KeySchema;
import io.github.dynamoconnection.embedded.value.ValueType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Reads the KeySchema of a global secondary index with a multi-attribute key: up to four HASH
 * attributes, then up to four RANGE attributes, each defined in AttributeDefinitions and named once.
 * A KeySchema of one HASH and at most one RANGE element is left to {@link SchemaReader}.
 */
final class MultiAttributeKeys {

	static final int MAX_PER_PART = 4;

	private MultiAttributeKeys() {
	}

	/** Whether this KeySchema member has more than one HASH or more than one RANGE element. */
	static boolean isMultiAttribute(JsonNode owner) {
		JsonNode array = owner.get("KeySchema");
		if (array == null || !array.isArray()) {
			return false;
		}
		int hash = 0;
		int range = 0;
		for (JsonNode element : array) {
			String type = element.path("KeyType").asString("");
			hash += type.equals("HASH") ? 1 : 0;
			range += type.equals("RANGE") ? 1 : 0;
		}
		return hash > 1 || range > 1;
	}

	/** The index's multi-attribute key schema, or ValidationException naming what is wrong. */
	static KeySchema read(JsonNode owner, String path, Map<String, ValueType> definitions) {
		ArrayNode array = Requests.array(owner, "KeySchema");
		if (array.size() > 2 * MAX_PER_PART) {
			throw Requests.constraint(array.toString(), path, "Member must have length less than or equal to " + (2 * MAX_PER_PART));
		}
		List<String> hashNames = new ArrayList<>();
		List<String> rangeNames = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode element = array.get(i);
			String name = Requests.string(element, "AttributeName");
			String keyType = Requests.string(element, "KeyType");
			if (!keyType.equals("HASH") && !keyType.equals("RANGE")) {
				throw Requests.constraint(keyType, path + "." + (i + 1) + ".member.keyType",
						"Member must satisfy enum value set: [HASH, RANGE]");
			}
			if (i == 0 && !keyType.equals("HASH")) {
				throw EngineException.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
			}
			if (keyType.equals("HASH") && !rangeNames.isEmpty()) {
				throw EngineException.validation("Invalid KeySchema: every HASH KeySchemaElement must come before the RANGE ones");
			}
			if (!seen.add(name)) {
				throw EngineException.validation("Invalid KeySchema: the attribute " + name + " appears more than once");
			}
			(keyType.equals("HASH") ? hashNames : rangeNames).add(name);
		}
		if (hashNames.size() > MAX_PER_PART) {
			throw EngineException.validation("Invalid KeySchema: a KeySchema can have at most " + MAX_PER_PART
					+ " HASH key attributes, found " + hashNames.size());
		}
		if (rangeNames.size() > MAX_PER_PART) {
			throw EngineException.validation("Invalid KeySchema: a KeySchema can have at most " + MAX_PER_PART
					+ " RANGE key attributes, found " + rangeNames.size());
		}
		List<String> missing = new ArrayList<>();
		for (String name : seen) {
			if (!definitions.containsKey(name)) {
				missing.add(name);
			}
		}
		if (!missing.isEmpty()) {
			List<String> all = new ArrayList<>(hashNames);
			all.addAll(rangeNames);
			throw EngineException.validation(SchemaReader.INVALID
					+ "Some index key attributes are not defined in AttributeDefinitions. Keys: " + all
					+ ", AttributeDefinitions: " + new ArrayList<>(definitions.keySet()));
		}
		return KeySchema.of(hashNames, hashNames.stream().map(definitions::get).toList(), rangeNames,
				rangeNames.stream().map(definitions::get).toList());
	}

}
