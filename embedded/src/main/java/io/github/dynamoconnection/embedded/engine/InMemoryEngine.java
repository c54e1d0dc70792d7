package io.github.dynamoconnection.embedded.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.node.ObjectNode;

/**
 * The in-memory DynamoDB-compatible engine: routes each operation to its handler. Thread-safe;
 * {@link #close()} stops the TTL sweeper.
 */
public final class InMemoryEngine implements Engine {

	private final Map<String, Function<ObjectNode, ObjectNode>> operations = new HashMap<>();

	private final Catalog catalog;

	public InMemoryEngine(EngineSettings settings) {
		this.catalog = new Catalog(settings);
		TableOperations tables = new TableOperations(catalog);
		operations.put("CreateTable", tables::createTable);
		operations.put("DescribeTable", tables::describeTable);
		operations.put("ListTables", tables::listTables);
		operations.put("DeleteTable", tables::deleteTable);
		TagOperations tags = new TagOperations(catalog);
		operations.put("TagResource", tags::tagResource);
		operations.put("UntagResource", tags::untagResource);
		operations.put("ListTagsOfResource", tags::listTagsOfResource);
		ItemOperations items = new ItemOperations(catalog);
		operations.put("GetItem", items::getItem);
		operations.put("PutItem", items::putItem);
		operations.put("DeleteItem", items::deleteItem);
		operations.put("UpdateItem", items::updateItem);
		for (String partiql : new String[] { "ExecuteStatement", "BatchExecuteStatement", "ExecuteTransaction" }) {
			operations.put(partiql, request -> {
				throw EngineException.validation("PartiQL is not yet supported by this engine build");
			});
		}
	}

	@Override
	public ObjectNode execute(String operation, ObjectNode request) {
		Function<ObjectNode, ObjectNode> handler = (operation != null) ? operations.get(operation) : null;
		if (handler == null) {
			throw new EngineException("UnknownOperationException", null);
		}
		if (request == null) {
			throw new EngineException("SerializationException", "Request body must be a JSON object");
		}
		return handler.apply(request);
	}

	@Override
	public void close() {
	}

}
