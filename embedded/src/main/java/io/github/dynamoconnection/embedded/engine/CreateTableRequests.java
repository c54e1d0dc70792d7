package io.github.dynamoconnection.embedded.engine;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rebuilds the CreateTable request that recreates a table from its DescribeTable description: key
 * schema, attribute definitions, billing mode and throughput, secondary indexes with their
 * projections, stream specification, table class and deletion protection.
 */
public final class CreateTableRequests {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private CreateTableRequests() {
	}

	/** The CreateTable request for a {@code Table} member of a DescribeTable answer. */
	public static ObjectNode fromDescription(JsonNode table) {
		ObjectNode request = NODES.objectNode();
		request.set("TableName", table.get("TableName"));
		request.set("KeySchema", table.get("KeySchema"));
		request.set("AttributeDefinitions", table.get("AttributeDefinitions"));
		boolean provisioned = !"PAY_PER_REQUEST".equals(table.path("BillingModeSummary").path("BillingMode").asString());
		request.put("BillingMode", provisioned ? "PROVISIONED" : "PAY_PER_REQUEST");
		if (provisioned) {
			request.set("ProvisionedThroughput", throughput(table.path("ProvisionedThroughput")));
		}
		ArrayNode globalIndexes = indexes(table.path("GlobalSecondaryIndexes"), provisioned);
		if (!globalIndexes.isEmpty()) {
			request.set("GlobalSecondaryIndexes", globalIndexes);
		}
		ArrayNode localIndexes = indexes(table.path("LocalSecondaryIndexes"), false);
		if (!localIndexes.isEmpty()) {
			request.set("LocalSecondaryIndexes", localIndexes);
		}
		copyIfPresent(table, "StreamSpecification", request);
		copyIfPresent(table, "DeletionProtectionEnabled", request);
		copyIfPresent(table, "OnDemandThroughput", request);
		JsonNode tableClass = table.path("TableClassSummary").path("TableClass");
		if (tableClass.isString()) {
			request.set("TableClass", tableClass);
		}
		return request;
	}

	private static ArrayNode indexes(JsonNode descriptions, boolean provisioned) {
		ArrayNode indexes = NODES.arrayNode();
		for (JsonNode description : descriptions) {
			ObjectNode index = NODES.objectNode();
			index.set("IndexName", description.get("IndexName"));
			index.set("KeySchema", description.get("KeySchema"));
			index.set("Projection", description.get("Projection"));
			if (provisioned) {
				index.set("ProvisionedThroughput", throughput(description.path("ProvisionedThroughput")));
			}
			copyIfPresent(description, "OnDemandThroughput", index);
			indexes.add(index);
		}
		return indexes;
	}

	private static ObjectNode throughput(JsonNode description) {
		ObjectNode throughput = NODES.objectNode();
		throughput.put("ReadCapacityUnits", Math.max(1, description.path("ReadCapacityUnits").asLong()));
		throughput.put("WriteCapacityUnits", Math.max(1, description.path("WriteCapacityUnits").asLong()));
		return throughput;
	}

	private static void copyIfPresent(JsonNode from, String member, ObjectNode to) {
		JsonNode value = from.get(member);
		if (value != null && !value.isNull()) {
			to.set(member, value);
		}
	}

}
