package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Global tables version 2017.11.29 (ListGlobalTables, DescribeGlobalTable,
 * DescribeGlobalTableSettings, CreateGlobalTable, UpdateGlobalTable, UpdateGlobalTableSettings),
 * answered as DynamoDB does for an account with no global table: an empty list, and
 * GlobalTableNotFoundException for a named one. The engine serves a single region, so
 * CreateGlobalTable, whose replicas are tables in several regions, answers a ValidationException
 * saying so (after the checks DynamoDB makes on the table of this region).
 */
final class LegacyGlobalTables {

	private final Catalog catalog;

	LegacyGlobalTables(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode listGlobalTables(ObjectNode request) {
		Long limit = Requests.optionalLong(request, "Limit");
		if (limit != null && limit < 1) {
			throw Requests.constraint(limit, "limit", "Member must have value greater than or equal to 1");
		}
		String start = Requests.optionalString(request, "ExclusiveStartGlobalTableName");
		if (start != null) {
			Requests.checkTableName(start, "ExclusiveStartGlobalTableName");
		}
		Requests.optionalString(request, "RegionName");
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.putArray("GlobalTables");
		return response;
	}

	ObjectNode describeGlobalTable(ObjectNode request) {
		throw notFound(request);
	}

	ObjectNode describeGlobalTableSettings(ObjectNode request) {
		throw notFound(request);
	}

	ObjectNode updateGlobalTable(ObjectNode request) {
		EngineException notFound = notFound(request);
		Requests.array(request, "ReplicaUpdates");
		throw notFound;
	}

	ObjectNode updateGlobalTableSettings(ObjectNode request) {
		throw notFound(request);
	}

	ObjectNode createGlobalTable(ObjectNode request) {
		String name = Requests.tableName(request, "GlobalTableName");
		ArrayNode replicas = Requests.array(request, "ReplicationGroup");
		if (replicas == null) {
			throw Requests.constraint(null, "replicationGroup", "Member must not be null");
		}
		String region = catalog.settings.region();
		for (JsonNode replica : replicas) {
			String replicaRegion = Requests.string(replica, "RegionName");
			if (!replicaRegion.equals(region)) {
				throw new EngineException("TableNotFoundException", "Table not found: " + name + " in region " + replicaRegion
						+ " (this engine serves the region " + region + " only)");
			}
		}
		Table table = catalog.backupSource(name);
		throw EngineException.validation("Global tables version 2017.11.29 are not available in this engine: table " + table.name
				+ " cannot be replicated, as the engine serves the single region " + region);
	}

	private static EngineException notFound(ObjectNode request) {
		String name = Requests.tableName(request, "GlobalTableName");
		return new EngineException("GlobalTableNotFoundException", "Global table not found: " + name);
	}

}
