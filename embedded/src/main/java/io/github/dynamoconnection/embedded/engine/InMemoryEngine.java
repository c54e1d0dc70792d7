package io.github.dynamoconnection.embedded.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import io.github.dynamoconnection.embedded.contract.Engine;
import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.partiql.PartiqlExecutor;
import tools.jackson.databind.node.ObjectNode;

/**
 * The in-memory DynamoDB-compatible engine: routes each operation to its handler. Thread-safe;
 * {@link #close()} stops the TTL sweeper.
 */
public final class InMemoryEngine implements Engine {

	private final Map<String, Function<ObjectNode, ObjectNode>> operations = new HashMap<>();

	private final Catalog catalog;

	private final TtlSweeper sweeper;

	/** Creates an empty engine and starts its TTL sweeper. */
	public InMemoryEngine(EngineSettings settings) {
		this.catalog = new Catalog(settings);
		this.sweeper = new TtlSweeper(catalog);
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
		ReadOperations reads = new ReadOperations(catalog);
		operations.put("Query", reads::query);
		operations.put("Scan", reads::scan);
		BatchOperations batches = new BatchOperations(catalog);
		operations.put("BatchGetItem", batches::batchGetItem);
		operations.put("BatchWriteItem", batches::batchWriteItem);
		TransactionOperations transactions = new TransactionOperations(catalog);
		operations.put("TransactGetItems", transactions::transactGetItems);
		operations.put("TransactWriteItems", transactions::transactWriteItems);
		operations.put("UpdateTable", new TableUpdates(catalog)::updateTable);
		TimeToLiveOperations ttl = new TimeToLiveOperations(catalog);
		operations.put("UpdateTimeToLive", ttl::updateTimeToLive);
		operations.put("DescribeTimeToLive", ttl::describeTimeToLive);
		AccountOperations account = new AccountOperations(catalog);
		operations.put("DescribeLimits", account::describeLimits);
		operations.put("DescribeEndpoints", account::describeEndpoints);
		PartiqlExecutor partiql = new PartiqlExecutor(this);
		operations.put("ExecuteStatement", partiql::executeStatement);
		operations.put("BatchExecuteStatement", partiql::batchExecuteStatement);
		operations.put("ExecuteTransaction", partiql::executeTransaction);
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
		try {
			return handler.apply(request);
		}
		catch (NumberFormatException ex) {
			throw EngineException.validation(ex.getMessage());
		}
	}

	@Override
	public void close() {
		sweeper.close();
	}

	/** Runs one TTL sweep now (tests, and callers that drive time with their own clock); returns the items deleted. */
	public int sweepExpiredItems() {
		return sweeper.sweep();
	}

}
