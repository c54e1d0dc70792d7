package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports to and imports from Amazon S3: ListExports and ListImports answer empty lists,
 * DescribeExport and DescribeImport ExportNotFoundException / ImportNotFoundException. No S3 exists
 * beside this engine, so ExportTableToPointInTime (after DynamoDB's checks on the table and its
 * point-in-time recovery) and ImportTable (after the check that the new table's name is free) answer
 * a ValidationException naming the bucket that cannot be reached.
 */
final class ImportsAndExports {

	private final Catalog catalog;

	ImportsAndExports(Catalog catalog) {
		this.catalog = catalog;
	}

	ObjectNode listExports(ObjectNode request) {
		pageSize(request, "MaxResults");
		optionalTableArn(request);
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.putArray("ExportSummaries");
		return response;
	}

	ObjectNode listImports(ObjectNode request) {
		pageSize(request, "PageSize");
		optionalTableArn(request);
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.putArray("ImportSummaryList");
		return response;
	}

	ObjectNode describeExport(ObjectNode request) {
		String arn = Requests.arn(request, "ExportArn");
		throw new EngineException("ExportNotFoundException", "Export not found: " + arn);
	}

	ObjectNode describeImport(ObjectNode request) {
		String arn = Requests.arn(request, "ImportArn");
		throw new EngineException("ImportNotFoundException", "Import not found: " + arn);
	}

	ObjectNode exportTableToPointInTime(ObjectNode request) {
		String tableArn = Requests.arn(request, "TableArn");
		String bucket = Requests.string(request, "S3Bucket");
		Table table = catalog.backupSource(tableArn);
		table.lock.readLock().lock();
		try {
			PointInTimeRecovery.required(table);
		}
		finally {
			table.lock.readLock().unlock();
		}
		throw EngineException.validation("S3 bucket " + bucket + " cannot be reached: this engine has no Amazon S3 to export to");
	}

	ObjectNode importTable(ObjectNode request) {
		ObjectNode source = Requests.requiredObject(request, "S3BucketSource");
		String bucket = Requests.string(source, "S3Bucket");
		Requests.string(request, "InputFormat");
		ObjectNode parameters = Requests.requiredObject(request, "TableCreationParameters");
		String tableName = Requests.tableName(parameters, "TableName");
		if (catalog.contains(tableName)) {
			throw new EngineException("ResourceInUseException", "Table already exists: " + tableName);
		}
		throw EngineException.validation("S3 bucket " + bucket + " cannot be reached: this engine has no Amazon S3 to import from");
	}

	private static void pageSize(ObjectNode request, String member) {
		Long size = Requests.optionalLong(request, member);
		if (size != null && (size < 1 || size > 25)) {
			throw Requests.constraint(size, Requests.lowerFirst(member), (size < 1) ? "Member must have value greater than or equal to 1"
					: "Member must have value less than or equal to 25");
		}
	}

	private static void optionalTableArn(ObjectNode request) {
		if (request.hasNonNull("TableArn")) {
			Requests.arn(request, "TableArn");
		}
	}

}
