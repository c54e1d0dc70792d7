package io.github.dynamoconnection.embedded.protocol;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.embedded.contract.EngineException;

/**
 * Reads the operation from the {@code X-Amz-Target} header: {@code DynamoDB_20120810.<Operation>},
 * where the operation is one of DynamoDB's API, or {@code DynamoDBStreams_20120810.<Operation>}
 * for the four operations of the Streams API. Anything else is DynamoDB's
 * {@code UnknownOperationException}. The DynamoDB list is the SDK model's
 * (software.amazon.awssdk:dynamodb 2.57.8); the engine has a handler for each.
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
			"Query", "RestoreTableFromBackup", "RestoreTableToPointInTime", "Scan", "SearchVectors", "TagResource", "TransactGetItems",
			"TransactWriteItems", "UntagResource", "UpdateContinuousBackups", "UpdateContributorInsights",
			"UpdateGlobalTable", "UpdateGlobalTableSettings", "UpdateItem", "UpdateKinesisStreamingDestination",
			"UpdateTable", "UpdateTableReplicaAutoScaling", "UpdateTimeToLive");

	/** Every operation of the DynamoDB Streams 2012-08-10 API. */
	private static final Set<String> STREAMS_API = Set.of("DescribeStream", "GetRecords", "GetShardIterator",
			"ListStreams");

	/** Each known target header value and its operation, so that a known target costs one lookup. */
	private static final Map<String, String> BY_TARGET = byTarget();

	private Operations() {
	}

	private static Map<String, String> byTarget() {
		Map<String, String> byTarget = new HashMap<>();
		API.forEach((operation) -> byTarget.put(JsonProtocol.TARGET_PREFIX + operation, operation));
		STREAMS_API.forEach((operation) -> byTarget.put(JsonProtocol.STREAMS_TARGET_PREFIX + operation, operation));
		return Map.copyOf(byTarget);
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
		String known = BY_TARGET.get(target);
		if (known != null) {
			return known;
		}
		if (target.startsWith(JsonProtocol.STREAMS_TARGET_PREFIX)) {
			String operation = target.substring(JsonProtocol.STREAMS_TARGET_PREFIX.length());
			if (!STREAMS_API.contains(operation)) {
				throw unknown("Unknown operation '" + operation + "'");
			}
			return operation;
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
