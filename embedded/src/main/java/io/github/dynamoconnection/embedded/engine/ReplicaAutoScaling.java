package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * DescribeTableReplicaAutoScaling and UpdateTableReplicaAutoScaling. Tables here have no replicas
 * (the engine serves one region), so the description lists none, and an update, which changes the
 * auto scaling of replicas through Application Auto Scaling, answers a ValidationException saying so.
 */
final class ReplicaAutoScaling {

	private final Catalog catalog;

	ReplicaAutoScaling(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode describeTableReplicaAutoScaling(ObjectNode request) {
		Table table = catalog.describedTable(Requests.tableName(request, "TableName"));
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ObjectNode description = response.putObject("TableAutoScalingDescription");
		description.put("TableName", table.name);
		description.put("TableStatus", "ACTIVE");
		description.putArray("Replicas");
		return response;
	}

	ObjectNode updateTableReplicaAutoScaling(ObjectNode request) {
		Table table = catalog.describedTable(Requests.tableName(request, "TableName"));
		Requests.array(request, "GlobalSecondaryIndexUpdates");
		Requests.array(request, "ReplicaUpdates");
		Requests.object(request, "ProvisionedWriteCapacityAutoScalingUpdate");
		throw EngineException.validation("Table " + table.name + " has no replicas: replica auto scaling applies to global tables,"
				+ " and this engine has neither replicas in other regions nor Application Auto Scaling");
	}

}
