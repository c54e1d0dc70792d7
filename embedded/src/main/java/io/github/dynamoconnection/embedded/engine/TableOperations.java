package io.github.dynamoconnection.embedded.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.storage.KeySchema;
import io.github.dynamoconnection.embedded.value.ValueOrder;
import io.github.dynamoconnection.embedded.value.ValueType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Control-plane operations that create, describe, list and delete tables. */
final class TableOperations {

	private static final List<String> BILLING_MODES = List.of("PROVISIONED", "PAY_PER_REQUEST");

	private final Catalog catalog;

	TableOperations(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode createTable(ObjectNode request) {
		String name = Requests.tableName(request, "TableName");
		Map<String, ValueType> definitions = SchemaReader.attributeDefinitions(request);
		KeySchema keys = SchemaReader.keySchema(request, "keySchema", definitions);
		String billingMode = Requests.enumValue(request, "BillingMode", BILLING_MODES);
		if (billingMode == null) {
			billingMode = "PROVISIONED";
		}
		Throughput throughput = SchemaReader.throughput(request, billingMode, null);
		Instant now = catalog.settings.clock().instant();
		Table table = new Table(name, UUID.randomUUID().toString(), catalog.arn(name), now, definitions, keys);
		table.billingMode = billingMode;
		table.billingModeLastUpdate = now;
		table.throughput = throughput;
		Set<String> used = new HashSet<>();
		used.add(keys.hashName());
		if (keys.hasRange()) {
			used.add(keys.rangeName());
		}
		addIndexes(request, "LocalSecondaryIndexes", false, table, definitions, used);
		addIndexes(request, "GlobalSecondaryIndexes", true, table, definitions, used);
		if (!used.equals(definitions.keySet())) {
			throw EngineException.validation(SchemaReader.INVALID
					+ "Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
		}
		ObjectNode stream = Requests.object(request, "StreamSpecification");
		if (stream != null) {
			boolean enabled = Requests.bool(stream, "StreamEnabled");
			String viewType = Requests.enumValue(stream, "StreamViewType",
					List.of("NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"));
			if (enabled && viewType == null) {
				throw EngineException.validation(SchemaReader.INVALID
						+ "You must specify a StreamViewType when enabling a stream");
			}
			table.streamSpecification = stream.deepCopy();
		}
		ArrayNode tags = Requests.array(request, "Tags");
		if (tags != null) {
			TagOperations.putTags(table, tags);
		}
		catalog.add(table);
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.set("TableDescription", describe(table, "ACTIVE"));
		return response;
	}

	private static void addIndexes(ObjectNode request, String member, boolean global, Table table,
			Map<String, ValueType> definitions, Set<String> used) {
		ArrayNode array = Requests.array(request, member);
		if (array == null) {
			return;
		}
		if (array.isEmpty()) {
			throw EngineException.validation(SchemaReader.INVALID + "List of " + member + " is empty");
		}
		for (JsonNode node : array) {
			SecondaryIndex index = SchemaReader.index(node, global, definitions, table.keys, table.billingMode);
			if (table.indexes.containsKey(index.name)) {
				throw EngineException.validation(SchemaReader.INVALID + "Duplicate index name: " + index.name);
			}
			table.addIndex(index);
			used.add(index.keys.hashName());
			if (index.keys.hasRange()) {
				used.add(index.keys.rangeName());
			}
		}
		SchemaReader.checkProjectedAttributeTotal(table.indexes.values());
		if (!global && array.size() > 5) {
			throw EngineException.validation(SchemaReader.INVALID + "Number of LocalSecondaryIndexes exceeds per-table limit of 5");
		}
		if (global && array.size() > 20) {
			throw EngineException.validation(SchemaReader.INVALID + "GlobalSecondaryIndex count exceeds the per-table limit of 20");
		}
	}

	ObjectNode describeTable(ObjectNode request) {
		String name = Requests.tableName(request, "TableName");
		Table table = catalog.describedTable(name);
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.set("Table", describe(table, "ACTIVE"));
		return response;
	}

	ObjectNode deleteTable(ObjectNode request) {
		String name = Requests.tableName(request, "TableName");
		Table table = catalog.describedTable(name);
		ObjectNode description;
		table.lock.writeLock().lock();
		try {
			if (table.deleted || !catalog.remove(table)) {
				throw Catalog.tableNotFound(name);
			}
			table.deleted = true;
			description = TableDescriptions.deleting(table);
		}
		finally {
			table.lock.writeLock().unlock();
		}
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.set("TableDescription", description);
		return response;
	}

	ObjectNode listTables(ObjectNode request) {
		Long limit = Requests.optionalLong(request, "Limit");
		if (limit != null && limit < 1) {
			throw Requests.constraint(limit, "limit", "Member must have value greater than or equal to 1");
		}
		if (limit != null && limit > 100) {
			throw Requests.constraint(limit, "limit", "Member must have value less than or equal to 100");
		}
		String start = Requests.optionalString(request, "ExclusiveStartTableName");
		if (start != null) {
			Requests.checkTableName(start, "ExclusiveStartTableName");
		}
		List<String> names = new ArrayList<>();
		for (Table table : catalog.all()) {
			names.add(table.name);
		}
		names.sort(Comparator.comparing(n -> n, ValueOrder::compareUtf8));
		int max = (limit != null) ? limit.intValue() : 100;
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ArrayNode result = response.putArray("TableNames");
		String last = null;
		boolean more = false;
		for (String name : names) {
			if (start != null && ValueOrder.compareUtf8(name, start) <= 0) {
				continue;
			}
			if (result.size() == max) {
				more = true;
				break;
			}
			result.add(name);
			last = name;
		}
		if (more) {
			response.put("LastEvaluatedTableName", last);
		}
		return response;
	}

	/** Describes a table under its read lock. */
	static ObjectNode describe(Table table, String status) {
		table.lock.readLock().lock();
		try {
			return TableDescriptions.describe(table, status);
		}
		finally {
			table.lock.readLock().unlock();
		}
	}

}
