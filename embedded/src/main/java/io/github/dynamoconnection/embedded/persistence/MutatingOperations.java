package io.github.dynamoconnection.embedded.persistence;

import java.util.Locale;
import java.util.Set;

import io.github.dynamoconnection.embedded.engine.InternalOperations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tells which requests change the engine's state and so go to the operation log: every operation
 * except the known reads, and PartiQL requests unless all their statements are SELECTs.
 */
final class MutatingOperations {

	private static final Set<String> READS = Set.of("GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems",
			"DescribeTable", "ListTables", "DescribeTimeToLive", "ListTagsOfResource", "DescribeLimits",
			"DescribeEndpoints", "DescribeContinuousBackups", "DescribeContributorInsights", "ListBackups",
			"ListGlobalTables", "ListExports", "ListImports", "ListContributorInsights", "DescribeBackup",
			"DescribeKinesisStreamingDestination", "GetResourcePolicy", "DescribeGlobalTable",
			"DescribeGlobalTableSettings", "DescribeTableReplicaAutoScaling", "DescribeExport", "DescribeImport",
			"SearchVectors", InternalOperations.EXPORT_BACKUP,
			"ListStreams", "DescribeStream", "GetShardIterator", "GetRecords", "ExportStreamState");

	private MutatingOperations() {
	}

	/** Whether a successful request of this operation must be logged. */
	static boolean isMutating(String operation, ObjectNode request) {
		if (READS.contains(operation)) {
			return false;
		}
		return switch (operation) {
			case "ExecuteStatement" -> !isSelect(request.get("Statement"));
			case "BatchExecuteStatement" -> anyNonSelect(request.path("Statements"));
			case "ExecuteTransaction" -> anyNonSelect(request.path("TransactStatements"));
			default -> true;
		};
	}

	private static boolean anyNonSelect(JsonNode statements) {
		for (JsonNode statement : statements) {
			if (!isSelect(statement.get("Statement"))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSelect(JsonNode statement) {
		return statement != null && statement.isString()
				&& statement.asString().stripLeading().toUpperCase(Locale.ROOT).startsWith("SELECT");
	}

}
