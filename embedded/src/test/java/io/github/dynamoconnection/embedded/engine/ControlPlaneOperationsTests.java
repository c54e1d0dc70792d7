package io.github.dynamoconnection.embedded.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request validation and answers of the control-plane operations beyond tables: resource policies,
 * Contributor Insights, backups and the operations that need a service the engine does not have.
 */
class ControlPlaneOperationsTests {

	private static final String POLICY = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[]}";

	private final EngineFixture fixture = new EngineFixture();

	private final String tableArn;

	ControlPlaneOperationsTests() {
		fixture.createTable("docs", false);
		tableArn = fixture.call("DescribeTable", "{'TableName':'docs'}").path("Table").path("TableArn").asString();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void policyThatIsNotAJsonObjectWithAStatementIsRejected() {
		fixture.assertError("PutResourcePolicy", "{'ResourceArn':'" + tableArn + "','Policy':'not json'}", "ValidationException",
				"Invalid policy document");
		fixture.assertError("PutResourcePolicy", "{'ResourceArn':'" + tableArn + "','Policy':'[]'}", "ValidationException",
				"Invalid policy document");
	}

	@Test
	void noPolicyExpectationPassesOnlyWithoutAPolicy() {
		String put = "{'ResourceArn':'" + tableArn + "','Policy':'" + POLICY + "','ExpectedRevisionId':'NO_POLICY'}";
		ObjectNode first = fixture.call("PutResourcePolicy", put);

		fixture.assertError("PutResourcePolicy", put, "PolicyNotFoundException", "has revision id " + first.path("RevisionId").asString());
	}

	@Test
	void revisionsIncreaseEvenWithinOneMillisecond() {
		String put = "{'ResourceArn':'" + tableArn + "','Policy':'" + POLICY + "'}";
		long first = Long.parseLong(fixture.call("PutResourcePolicy", put).path("RevisionId").asString());
		long second = Long.parseLong(fixture.call("PutResourcePolicy", put).path("RevisionId").asString());

		assertThat(second).isGreaterThan(first);
	}

	@Test
	void policyOfADeletedTableIsGoneWithIt() {
		fixture.call("PutResourcePolicy", "{'ResourceArn':'" + tableArn + "','Policy':'" + POLICY + "'}");
		fixture.call("DeleteTable", "{'TableName':'docs'}");
		fixture.createTable("docs", false);

		fixture.assertError("GetResourcePolicy", "{'ResourceArn':'" + tableArn + "'}", "PolicyNotFoundException", tableArn);
	}

	@Test
	void streamArnHoldsItsOwnPolicyWhileTheStreamIsEnabled() {
		fixture.call("CreateTable", "{'TableName':'events','BillingMode':'PAY_PER_REQUEST',"
				+ "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}],"
				+ "'StreamSpecification':{'StreamEnabled':true,'StreamViewType':'KEYS_ONLY'}}");
		ObjectNode table = (ObjectNode) fixture.call("DescribeTable", "{'TableName':'events'}").get("Table");
		String streamArn = table.path("LatestStreamArn").asString();

		fixture.call("PutResourcePolicy", "{'ResourceArn':'" + streamArn + "','Policy':'" + POLICY + "'}");

		assertThat(fixture.call("GetResourcePolicy", "{'ResourceArn':'" + streamArn + "'}").path("Policy").asString())
			.contains("Statement");
		fixture.assertError("GetResourcePolicy", "{'ResourceArn':'" + table.path("TableArn").asString() + "'}",
				"PolicyNotFoundException", null);
		fixture.assertError("GetResourcePolicy", "{'ResourceArn':'" + streamArn.replace("events", "others") + "'}",
				"ResourceNotFoundException", null);
	}

	@Test
	void contributorInsightsOfAnUnknownIndexIsResourceNotFound() {
		fixture.assertError("UpdateContributorInsights", "{'TableName':'docs','IndexName':'nope','ContributorInsightsAction':'ENABLE'}",
				"ResourceNotFoundException", "nope");
	}

	@Test
	void contributorInsightsActionIsRequiredAndChecked() {
		fixture.assertError("UpdateContributorInsights", "{'TableName':'docs'}", "ValidationException", "contributorInsightsAction");
		fixture.assertError("UpdateContributorInsights", "{'TableName':'docs','ContributorInsightsAction':'ON'}",
				"ValidationException", "enum value set");
	}

	@Test
	void listContributorInsightsPagesWithNextToken() {
		fixture.createTable("logs", false);
		fixture.call("UpdateContributorInsights", "{'TableName':'docs','ContributorInsightsAction':'ENABLE'}");
		fixture.call("UpdateContributorInsights", "{'TableName':'logs','ContributorInsightsAction':'ENABLE'}");

		ObjectNode first = fixture.call("ListContributorInsights", "{'MaxResults':1}");
		ObjectNode second = fixture.call("ListContributorInsights",
				"{'MaxResults':1,'NextToken':'" + first.path("NextToken").asString() + "'}");

		assertThat(first.path("ContributorInsightsSummaries").get(0).path("TableName").asString()).isEqualTo("docs");
		assertThat(second.path("ContributorInsightsSummaries").get(0).path("TableName").asString()).isEqualTo("logs");
		assertThat(second.has("NextToken")).isFalse();
	}

	@Test
	void listBackupsTimeRangeIsInclusiveBelowAndExclusiveAbove() {
		double created = fixture.call("CreateBackup", "{'TableName':'docs','BackupName':'nightly'}").path("BackupDetails")
			.path("BackupCreationDateTime").asDouble();

		assertThat(fixture.call("ListBackups", "{'TimeRangeLowerBound':" + created + "}").path("BackupSummaries")).hasSize(1);
		assertThat(fixture.call("ListBackups", "{'TimeRangeUpperBound':" + created + "}").path("BackupSummaries")).isEmpty();
	}

	@Test
	void operationsNeedingAnotherServiceSayWhy() {
		fixture.call("UpdateContinuousBackups", "{'TableName':'docs','PointInTimeRecoverySpecification':{'PointInTimeRecoveryEnabled':true}}");
		fixture.assertError("ExportTableToPointInTime", "{'TableArn':'" + tableArn + "','S3Bucket':'exports'}", "ValidationException",
				"no Amazon S3");
		fixture.assertError("EnableKinesisStreamingDestination",
				"{'TableName':'docs','StreamArn':'arn:aws:kinesis:us-east-1:000000000000:stream/orders'}", "ValidationException",
				"no Kinesis");
		fixture.assertError("UpdateTableReplicaAutoScaling", "{'TableName':'docs'}", "ValidationException", "no replicas");
		fixture.assertError("CreateGlobalTable", "{'GlobalTableName':'docs','ReplicationGroup':[{'RegionName':'us-east-1'}]}",
				"ValidationException", "2017.11.29");
		fixture.assertError("ImportTable", "{'S3BucketSource':{'S3Bucket':'imports'},'InputFormat':'CSV',"
				+ "'TableCreationParameters':{'TableName':'docs','AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],"
				+ "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}]}}", "ResourceInUseException", "docs");
	}

}
