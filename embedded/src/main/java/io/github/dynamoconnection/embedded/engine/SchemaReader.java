package io.github.dynamoconnection.embedded.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.storage.KeySchema;
import io.github.dynamoconnection.embedded.value.ValueType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads and checks the schema parts of CreateTable and UpdateTable: attributes, key schemas, projections, throughput. */
final class SchemaReader {

	static final String INVALID = "One or more parameter values were invalid: ";

	private static final int MAX_PROJECTED_ATTRIBUTES = 100;

	private SchemaReader() {
	}

	/** {@code AttributeDefinitions}: name to type, in order. */
	static Map<String, ValueType> attributeDefinitions(JsonNode request) {
		ArrayNode array = Requests.array(request, "AttributeDefinitions");
		if (array == null) {
			throw Requests.constraint(null, "attributeDefinitions", "Member must not be null");
		}
		Map<String, ValueType> definitions = new LinkedHashMap<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode definition = array.get(i);
			String name = Requests.string(definition, "AttributeName");
			String type = Requests.string(definition, "AttributeType");
			ValueType valueType = ValueType.fromDescriptor(type);
			if (valueType == null || !valueType.isScalarKeyType()) {
				throw Requests.constraint(type, "attributeDefinitions." + (i + 1) + ".member.attributeType",
						"Member must satisfy enum value set: [B, N, S]");
			}
			if (definitions.put(name, valueType) != null) {
				throw EngineException.validation("Cannot have two attributes with the same name");
			}
		}
		return definitions;
	}

	/** A {@code KeySchema} member, resolved against the attribute definitions. */
	static KeySchema keySchema(JsonNode owner, String path, Map<String, ValueType> definitions) {
		ArrayNode array = Requests.array(owner, "KeySchema");
		if (array == null) {
			throw Requests.constraint(null, path, "Member must not be null");
		}
		if (array.isEmpty() || array.size() > 2) {
			throw Requests.constraint(array.toString(), path, "Member must have length "
					+ (array.isEmpty() ? "greater than or equal to 1" : "less than or equal to 2"));
		}
		List<String> names = new ArrayList<>();
		List<String> types = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode element = array.get(i);
			names.add(Requests.string(element, "AttributeName"));
			String keyType = Requests.string(element, "KeyType");
			if (!keyType.equals("HASH") && !keyType.equals("RANGE")) {
				throw Requests.constraint(keyType, path + "." + (i + 1) + ".member.keyType",
						"Member must satisfy enum value set: [HASH, RANGE]");
			}
			types.add(keyType);
		}
		if (!types.get(0).equals("HASH")) {
			throw EngineException.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
		}
		if (types.size() == 2 && !types.get(1).equals("RANGE")) {
			throw EngineException.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
		}
		if (names.size() == 2 && names.get(0).equals(names.get(1))) {
			throw EngineException.validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
		}
		List<String> missing = new ArrayList<>();
		for (String name : names) {
			if (!definitions.containsKey(name)) {
				missing.add(name);
			}
		}
		if (!missing.isEmpty()) {
			throw EngineException.validation(INVALID + "Some index key attributes are not defined in AttributeDefinitions. Keys: "
					+ names + ", AttributeDefinitions: " + new ArrayList<>(definitions.keySet()));
		}
		String range = (names.size() == 2) ? names.get(1) : null;
		return new KeySchema(names.get(0), definitions.get(names.get(0)), range, (range != null) ? definitions.get(range) : null);
	}

	/** A {@code Projection} member. */
	static Projection projection(JsonNode index, String indexName) {
		ObjectNode node = Requests.object(index, "Projection");
		if (node == null) {
			throw Requests.constraint(null, "projection", "Member must not be null");
		}
		String type = Requests.enumValue(node, "ProjectionType", List.of("ALL", "KEYS_ONLY", "INCLUDE"));
		List<String> nonKey = new ArrayList<>();
		ArrayNode names = Requests.array(node, "NonKeyAttributes");
		if (names != null) {
			for (JsonNode name : names) {
				if (nonKey.contains(name.asString())) {
					throw EngineException.validation(INVALID + "Duplicate attribute name in NonKeyAttributes of index: "
							+ indexName + ", attribute name: " + name.asString());
				}
				nonKey.add(name.asString());
			}
		}
		if (type == null) {
			throw EngineException.validation(INVALID + "Unknown ProjectionType: null");
		}
		if ("INCLUDE".equals(type) && nonKey.isEmpty()) {
			throw EngineException.validation(INVALID + "ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
		}
		if (!"INCLUDE".equals(type) && !nonKey.isEmpty()) {
			throw EngineException.validation(INVALID + "ProjectionType is " + type
					+ ", but NonKeyAttributes is specified");
		}
		return new Projection(type, nonKey);
	}

	/** A {@code ProvisionedThroughput} member, required or forbidden by the billing mode. */
	static Throughput throughput(JsonNode owner, String billingMode, String indexName) {
		ObjectNode node = Requests.object(owner, "ProvisionedThroughput");
		if ("PAY_PER_REQUEST".equals(billingMode)) {
			if (node != null) {
				throw EngineException.validation(INVALID
						+ "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
			}
			return null;
		}
		if (node == null) {
			if (indexName != null) {
				throw EngineException.validation(INVALID + "ProvisionedThroughput must be specified for index: " + indexName);
			}
			throw EngineException.validation(INVALID
					+ "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
		}
		Long read = Requests.optionalLong(node, "ReadCapacityUnits");
		Long write = Requests.optionalLong(node, "WriteCapacityUnits");
		if (read == null) {
			throw Requests.constraint(null, "provisionedThroughput.readCapacityUnits", "Member must not be null");
		}
		if (write == null) {
			throw Requests.constraint(null, "provisionedThroughput.writeCapacityUnits", "Member must not be null");
		}
		if (read < 1) {
			throw Requests.constraint(read, "provisionedThroughput.readCapacityUnits", "Member must have value greater than or equal to 1");
		}
		if (write < 1) {
			throw Requests.constraint(write, "provisionedThroughput.writeCapacityUnits", "Member must have value greater than or equal to 1");
		}
		return new Throughput(read, write);
	}

	/** Reads one GSI or LSI definition. */
	static SecondaryIndex index(JsonNode node, boolean global, Map<String, ValueType> definitions, KeySchema table,
			String billingMode) {
		String name = Requests.string(node, "IndexName");
		Requests.checkTableName(name, "IndexName");
		KeySchema keys = keySchema(node, "keySchema", definitions);
		if (!global) {
			if (!table.hasRange()) {
				throw EngineException.validation(INVALID
						+ "Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex");
			}
			if (!keys.hasRange()) {
				throw EngineException.validation(INVALID + "Index KeySchema does not have a range key for index: " + name);
			}
			if (!keys.hashName().equals(table.hashName())) {
				throw EngineException.validation(INVALID
						+ "Index KeySchema does not have the same leading hash key as table KeySchema for index: " + name
						+ ". index hash key: " + keys.hashName() + ", table hash key: " + table.hashName());
			}
		}
		Projection projection = projection(node, name);
		if (global && "PAY_PER_REQUEST".equals(billingMode) && node.hasNonNull("ProvisionedThroughput")) {
			throw EngineException.validation(INVALID + "ProvisionedThroughput should not be specified for index: " + name
					+ " when BillingMode is PAY_PER_REQUEST");
		}
		Throughput throughput = global ? throughput(node, billingMode, name) : null;
		if (!global && node.has("ProvisionedThroughput") && !node.get("ProvisionedThroughput").isNull()) {
			throw EngineException.validation(INVALID + "ProvisionedThroughput should not be specified for index: " + name);
		}
		return new SecondaryIndex(name, global, keys, projection, throughput);
	}

	/**
	 * DynamoDB quotas: the NonKeyAttributes of all a table's secondary indexes together name at most
	 * 100 attributes, an attribute projected into two indexes counting twice.
	 */
	static void checkProjectedAttributeTotal(Collection<SecondaryIndex> indexes) {
		int total = 0;
		for (SecondaryIndex index : indexes) {
			total += index.projection.nonKeyAttributes().size();
		}
		if (total > MAX_PROJECTED_ATTRIBUTES) {
			throw EngineException.validation(INVALID + "The number of projected attributes in all secondary indexes ("
					+ total + ") exceeds the per-table limit of " + MAX_PROJECTED_ATTRIBUTES);
		}
	}

}
