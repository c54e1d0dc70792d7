package io.github.dynamoconnection.embedded.protocol;

import java.util.Set;

import io.github.dynamoconnection.embedded.contract.EngineException;

/**
 * Reads the operation from the {@code X-Amz-Target} header: {@code DynamoDB_20120810.<Operation>},
 * where the operation is one of DynamoDB's API. Anything else is DynamoDB's
 * {@code UnknownOperationException}. Operations the engine does not implement reach the engine,
 * which answers for them.
 */
final class Operations {

	/** Every operation of DynamoDB's 2012-08-10 API. */
	private static final Set<String> API = Set.of("BatchExecuteStatement", "BatchGetItem", "BatchWriteItem",
			"CreateBackup", "CreateGlobalTable", "CreateTable", "DeleteBackup", "DeleteItem", "DeleteResourcePolicy",
			"DeleteTable", "DescribeBackup", "DescribeContinuousBackups", "DescribeContributorInsights",
			"DescribeEndpoints", "DescribeExport", "DescribeGlobalTable", "DescribeGlobalTableSettings",
			"DescribeImport", "DescribeKinesisStreamingDestination", "DescribeLimits", "DescribeTable",
			"DescribeTableReplicaAutoScaling", "DescribeTimeToLive", "DisableKinesisStreamingDestination",
			"EnableKinesisStreamingDestination", "ExecuteStatement", "ExecuteTransaction", "ExportTableToPointInTime",
			"GetItem", "GetResourcePolicy", "ImportTable", "ListBackups", "ListContributorInsights", "ListExports",
			"ListGlobalTables", "ListImports", "ListTables", "ListTagsOfResource", "PutItem", "PutResourcePolicy",
			"Query", "RestoreTableFromBackup", "RestoreTableToPointInTime", "Scan", "TagResource", "TransactGetItems",
			"TransactWriteItems", "UntagResource", "UpdateContinuousBackups", "UpdateContributorInsights",
			"UpdateGlobalTable", "UpdateGlobalTableSettings", "UpdateItem", "UpdateKinesisStreamingDestination",
			"UpdateTable", "UpdateTableReplicaAutoScaling", "UpdateTimeToLive");

	private Operations() {
	}

	/**
	 * The operation named by a target header value.
	 * @param target the header value, {@code null} when absent
	 * @return the operation name, e.g. {@code GetItem}
	 * @throws EngineException UnknownOperationException when the target is absent or unknown
	 */
	static String fromTarget(String target) {
		if (target == null) {
			throw unknown("Missing " + JsonProtocol.TARGET_HEADER + " header");
		}
		if (!target.startsWith(JsonProtocol.TARGET_PREFIX)) {
			throw unknown("Unknown target '" + target + "': expected " + JsonProtocol.TARGET_PREFIX + "<Operation>");
		}
		String operation = target.substring(JsonProtocol.TARGET_PREFIX.length());
		if (!API.contains(operation)) {
			throw unknown("Unknown operation '" + operation + "'");
		}
		return operation;
	}

	private static EngineException unknown(String message) {
		return new EngineException("UnknownOperationException", message);
	}

}
