package io.github.dynamoconnection.embedded.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import io.github.dynamoconnection.embedded.contract.Engine;
import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.contract.Namespace;
import io.github.dynamoconnection.embedded.partiql.PartiqlExecutor;
import io.github.dynamoconnection.embedded.validation.RequestProblem;
import io.github.dynamoconnection.embedded.validation.RequestValidator;
import tools.jackson.databind.node.ObjectNode;

/**
 * The in-memory DynamoDB-compatible engine: routes each operation to its handler (the one table
 * that maps operation names to handlers, including the {@link InternalOperations}). Thread-safe;
 * {@link #close()} stops the TTL sweeper.
 */
public final class InMemoryEngine implements Engine {

	/** Internal operation (not on the wire): every stream with its records, for persistence snapshots. */
	public static final String EXPORT_STREAM_STATE = "ExportStreamState";

	/** Internal operation (not on the wire): restores what {@link #EXPORT_STREAM_STATE} answered. */
	public static final String IMPORT_STREAM_STATE = "ImportStreamState";

	private final Map<String, Function<ObjectNode, ObjectNode>> operations = new HashMap<>();

	private final RequestValidator validator = new RequestValidator();

	private final Catalog catalog;

	private final StreamingOperations streaming;

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
		TableRestorer restorer = new TableRestorer(catalog, tables);
		BackupOperations backups = new BackupOperations(catalog, restorer);
		operations.put("CreateBackup", backups::createBackup);
		operations.put("DescribeBackup", backups::describeBackup);
		operations.put("ListBackups", backups::listBackups);
		operations.put("DeleteBackup", backups::deleteBackup);
		operations.put("RestoreTableFromBackup", backups::restoreTableFromBackup);
		operations.put(InternalOperations.EXPORT_BACKUP, backups::exportBackup);
		operations.put(InternalOperations.IMPORT_BACKUP, backups::importBackup);
		ContinuousBackups continuousBackups = new ContinuousBackups(catalog, restorer);
		operations.put("DescribeContinuousBackups", continuousBackups::describeContinuousBackups);
		operations.put("UpdateContinuousBackups", continuousBackups::updateContinuousBackups);
		operations.put("RestoreTableToPointInTime", continuousBackups::restoreTableToPointInTime);
		ContributorInsightsOperations insights = new ContributorInsightsOperations(catalog);
		operations.put("DescribeContributorInsights", insights::describeContributorInsights);
		operations.put("UpdateContributorInsights", insights::updateContributorInsights);
		operations.put("ListContributorInsights", insights::listContributorInsights);
		ResourcePolicies policies = new ResourcePolicies(catalog);
		operations.put("GetResourcePolicy", policies::getResourcePolicy);
		operations.put("PutResourcePolicy", policies::putResourcePolicy);
		operations.put("DeleteResourcePolicy", policies::deleteResourcePolicy);
		KinesisStreamingDestinations kinesis = new KinesisStreamingDestinations(catalog);
		operations.put("DescribeKinesisStreamingDestination", kinesis::describeKinesisStreamingDestination);
		operations.put("EnableKinesisStreamingDestination", kinesis::enableKinesisStreamingDestination);
		operations.put("DisableKinesisStreamingDestination", kinesis::disableKinesisStreamingDestination);
		operations.put("UpdateKinesisStreamingDestination", kinesis::updateKinesisStreamingDestination);
		LegacyGlobalTables globalTables = new LegacyGlobalTables(catalog);
		operations.put("ListGlobalTables", globalTables::listGlobalTables);
		operations.put("DescribeGlobalTable", globalTables::describeGlobalTable);
		operations.put("DescribeGlobalTableSettings", globalTables::describeGlobalTableSettings);
		operations.put("CreateGlobalTable", globalTables::createGlobalTable);
		operations.put("UpdateGlobalTable", globalTables::updateGlobalTable);
		operations.put("UpdateGlobalTableSettings", globalTables::updateGlobalTableSettings);
		ReplicaAutoScaling autoScaling = new ReplicaAutoScaling(catalog);
		operations.put("DescribeTableReplicaAutoScaling", autoScaling::describeTableReplicaAutoScaling);
		operations.put("UpdateTableReplicaAutoScaling", autoScaling::updateTableReplicaAutoScaling);
		ImportsAndExports s3 = new ImportsAndExports(catalog);
		operations.put("ListExports", s3::listExports);
		operations.put("ListImports", s3::listImports);
		operations.put("DescribeExport", s3::describeExport);
		operations.put("DescribeImport", s3::describeImport);
		operations.put("ExportTableToPointInTime", s3::exportTableToPointInTime);
		operations.put("ImportTable", s3::importTable);
		operations.put("SearchVectors", new VectorSearch(catalog)::searchVectors);
		TagOperations tags = new TagOperations(catalog);
		operations.put("TagResource", tags::tagResource);
		operations.put("UntagResource", tags::untagResource);
		operations.put("ListTagsOfResource", tags::listTagsOfResource);
		ItemOperations items = new ItemOperations(catalog);
		ReadOperations reads = new ReadOperations(catalog);
		BatchOperations batches = new BatchOperations(catalog);
		this.streaming = new StreamingOperations(items, reads, batches, validator);
		operations.put("GetItem", items::getItem);
		operations.put("PutItem", items::putItem);
		operations.put("DeleteItem", items::deleteItem);
		operations.put("UpdateItem", items::updateItem);
		operations.put("Query", reads::query);
		operations.put("Scan", reads::scan);
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
		StreamOperations streams = new StreamOperations(catalog);
		operations.put("ListStreams", streams::listStreams);
		operations.put("DescribeStream", streams::describeStream);
		operations.put("GetShardIterator", streams::getShardIterator);
		operations.put("GetRecords", streams::getRecords);
		operations.put(EXPORT_STREAM_STATE, streams::exportStreamState);
		operations.put(IMPORT_STREAM_STATE, streams::importStreamState);
		PartiqlExecutor partiql = new PartiqlExecutor(this);
		operations.put("ExecuteStatement", partiql::executeStatement);
		operations.put("BatchExecuteStatement", partiql::batchExecuteStatement);
		operations.put("ExecuteTransaction", partiql::executeTransaction);
	}

	@Override
	public ObjectNode execute(String operation, ObjectNode request) {
		Function<ObjectNode, ObjectNode> handler = (operation != null) ? operations.get(operation) : null;
		if (handler == null && !validator.knows(operation)) {
			throw new EngineException("UnknownOperationException", null);
		}
		if (request == null) {
			throw new EngineException("SerializationException", "Request body must be a JSON object");
		}
		requireValid(validator, operation, request);
		if (handler == null) {
			throw new EngineException("UnknownOperationException", null);
		}
		try {
			return handler.apply(request);
		}
		catch (NumberFormatException ex) {
			throw EngineException.validation(ex.getMessage());
		}
	}

	/** Throws DynamoDB's validation or serialization error when the request fails the validator. */
	static void requireValid(RequestValidator validator, String operation, ObjectNode request) {
		RequestProblem problem = validator.check(operation, request);
		if (problem != null) {
			throw new EngineException(problem.errorType(), problem.message());
		}
	}

	@Override
	public byte[] executeStreaming(Namespace namespace, String operation, byte[] body, int offset, int length) {
		try {
			return streaming.execute(operation, body, offset, length);
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
