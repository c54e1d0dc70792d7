package io.github.dynamoconnection.embedded.engine;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** DescribeLimits and DescribeEndpoints: account-level answers with DynamoDB's defaults. */
final class AccountOperations {

	private final Catalog catalog;

	AccountOperations(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode describeLimits(ObjectNode request) {
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.put("AccountMaxReadCapacityUnits", 80000);
		response.put("AccountMaxWriteCapacityUnits", 80000);
		response.put("TableMaxReadCapacityUnits", 40000);
		response.put("TableMaxWriteCapacityUnits", 40000);
		return response;
	}

	ObjectNode describeEndpoints(ObjectNode request) {
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.putArray("Endpoints").addObject()
				.put("Address", "dynamodb." + catalog.settings.region() + ".amazonaws.com")
				.put("CachePeriodInMinutes", 1440);
		return response;
	}

}
