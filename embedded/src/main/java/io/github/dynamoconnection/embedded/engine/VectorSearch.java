package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import tools.jackson.databind.node.ObjectNode;

/**
 * SearchVectors. The engine keeps no vector indexes, so a search names an index the table does not
 * have: DynamoDB's ValidationException for an unknown index, after the table itself is found.
 */
final class VectorSearch {

	private final Catalog catalog;

	VectorSearch(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode searchVectors(ObjectNode request) {
		String tableName = Requests.tableName(request, "TableName");
		String indexName = Requests.string(request, "IndexName");
		Requests.checkTableName(indexName, "IndexName");
		catalog.table(tableName);
		throw EngineException.validation("The table does not have the specified index: " + indexName
				+ " (this engine has no vector indexes)");
	}

}
