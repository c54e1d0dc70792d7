package io.github.dynamoconnection.conformance;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Replica;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operations that move data to other services or regions (Kinesis streaming destinations, global
 * tables version 2017.11.29, replica auto scaling, S3 exports and imports) and vector search, as
 * DynamoDB answers them for a table that uses none of them.
 */
class ReplicationAndTransferScenarios {

	private static final String STREAM_ARN = "arn:aws:kinesis:us-east-1:123456789012:stream/orders";

	private static final String EXPORT_ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/Gone/export/01695353076000-a1b2c3d4";

	private static final String IMPORT_ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/Gone/import/01695353076000-a1b2c3d4";

	@Scenario
	void tableStreamsToNoKinesisDestination(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Orders").create(db);

		var description = db.describeKinesisStreamingDestination(request -> request.tableName("Orders"));

		assertThat(description.tableName()).isEqualTo("Orders");
		assertThat(description.kinesisDataStreamDestinations()).isEmpty();
	}

	@Scenario
	void kinesisDestinationOfAMissingTableIsResourceNotFound(Backend backend) {
		DynamoDbClient db = backend.client();

		assertError(() -> db.describeKinesisStreamingDestination(request -> request.tableName("Missing")),
				"ResourceNotFoundException");
	}

	@Scenario
	void disablingADestinationTheTableDoesNotStreamToIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Orders").create(db);

		DynamoErrors.assertValidation(() -> db.disableKinesisStreamingDestination(request -> request.tableName("Orders")
			.streamArn(STREAM_ARN)), STREAM_ARN);
	}

	@Scenario
	void noGlobalTableIsListedOrDescribed(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Orders").create(db);

		assertThat(db.listGlobalTables(request -> { }).globalTables()).isEmpty();
		assertError(() -> db.describeGlobalTable(request -> request.globalTableName("Orders")), "GlobalTableNotFoundException");
		assertError(() -> db.describeGlobalTableSettings(request -> request.globalTableName("Orders")),
				"GlobalTableNotFoundException");
		assertError(() -> db.updateGlobalTable(request -> request.globalTableName("Orders")
			.replicaUpdates(update -> update.create(create -> create.regionName("eu-west-1")))), "GlobalTableNotFoundException");
	}

	@Scenario
	void replicaAutoScalingOfATableWithoutReplicasListsNoReplica(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Orders").create(db);

		var description = db.describeTableReplicaAutoScaling(request -> request.tableName("Orders")).tableAutoScalingDescription();

		assertThat(description.tableName()).isEqualTo("Orders");
		assertThat(description.replicas()).isEmpty();
	}

	@Scenario
	void noExportOrImportIsListedOrDescribed(Backend backend) {
		DynamoDbClient db = backend.client();

		assertThat(db.listExports(request -> { }).exportSummaries()).isEmpty();
		assertThat(db.listImports(request -> { }).importSummaryList()).isEmpty();
		assertError(() -> db.describeExport(request -> request.exportArn(EXPORT_ARN)), "ExportNotFoundException");
		assertError(() -> db.describeImport(request -> request.importArn(IMPORT_ARN)), "ImportNotFoundException");
	}

	@Scenario
	void exportWithoutPointInTimeRecoveryIsUnavailable(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = hashTable("Orders").create(db).tableArn();

		assertError(() -> db.exportTableToPointInTime(request -> request.tableArn(arn).s3Bucket("exports")),
				"PointInTimeRecoveryUnavailableException");
	}

	@Scenario
	void vectorSearchOnAnIndexTheTableDoesNotHaveIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Orders").create(db);

		DynamoErrors.assertValidation(() -> db.searchVectors(request -> request.tableName("Orders").indexName("embeddings")
			.searchVector(AttributeValue.fromN("0.5"), AttributeValue.fromN("0.25")).topK(3)), "embeddings");
	}

	/** The API reference: TableNotFoundException when a replica's table does not exist. */
	@Scenario
	void createGlobalTableOfAMissingTableIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();

		DynamoErrors.assertError(() -> db.createGlobalTable(request -> request.globalTableName("Missing")
			.replicationGroup(Replica.builder().regionName("us-east-1").build())), "TableNotFoundException");
	}

}
