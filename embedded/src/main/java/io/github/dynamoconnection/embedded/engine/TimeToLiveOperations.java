package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** UpdateTimeToLive and DescribeTimeToLive. */
final class TimeToLiveOperations {

	private final Catalog catalog;

	TimeToLiveOperations(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode updateTimeToLive(ObjectNode request) {
		Table table = catalog.describedTable(Requests.tableName(request, "TableName"));
		ObjectNode specification = Requests.requiredObject(request, "TimeToLiveSpecification");
		if (!specification.has("Enabled") || specification.get("Enabled").isNull()) {
			throw Requests.constraint(null, "timeToLiveSpecification.enabled", "Member must not be null");
		}
		boolean enabled = Requests.bool(specification, "Enabled");
		String attribute = Requests.string(specification, "AttributeName");
		if (attribute.isEmpty() || attribute.length() > 255) {
			throw Requests.constraint(attribute, "timeToLiveSpecification.attributeName", "Member must have length greater than or equal to 1");
		}
		table.lock.writeLock().lock();
		try {
			ItemOperations.checkLive(table);
			if (enabled && table.ttlEnabled) {
				throw EngineException.validation("TimeToLive is already enabled");
			}
			if (!enabled && !table.ttlEnabled) {
				throw EngineException.validation("TimeToLive is already disabled");
			}
			if (!enabled && !attribute.equals(table.ttlAttribute)) {
				throw EngineException.validation("TimeToLive is active on a different AttributeName: current AttributeName is "
						+ table.ttlAttribute);
			}
			table.setTimeToLive(enabled ? attribute : null);
		}
		finally {
			table.lock.writeLock().unlock();
		}
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.putObject("TimeToLiveSpecification").put("Enabled", enabled).put("AttributeName", attribute);
		return response;
	}

	ObjectNode describeTimeToLive(ObjectNode request) {
		Table table = catalog.describedTable(Requests.tableName(request, "TableName"));
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ObjectNode description = response.putObject("TimeToLiveDescription");
		table.lock.readLock().lock();
		try {
			description.put("TimeToLiveStatus", table.ttlEnabled ? "ENABLED" : "DISABLED");
			if (table.ttlEnabled) {
				description.put("AttributeName", table.ttlAttribute);
			}
		}
		finally {
			table.lock.readLock().unlock();
		}
		return response;
	}

}
