package io.github.dynamoconnection.embedded.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class TableLifecycleTests {

	private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	private final EngineFixture fixture = new EngineFixture(EngineSettings.defaults()
		.withClock(Clock.fixed(NOW, ZoneOffset.UTC))
		.withTtlSweepInterval(Duration.ofHours(1)));

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void ttlSweepDeletesOnlyExpiredItems() {
		fixture.createTable("Sessions", false);
		fixture.call("UpdateTimeToLive", "{'TableName':'Sessions','TimeToLiveSpecification':{'Enabled':true,'AttributeName':'expires'}}");
		long now = NOW.getEpochSecond();
		fixture.call("PutItem", "{'TableName':'Sessions','Item':{'pk':{'S':'old'},'expires':{'N':'" + (now - 10) + "'}}}");
		fixture.call("PutItem", "{'TableName':'Sessions','Item':{'pk':{'S':'new'},'expires':{'N':'" + (now + 10) + "'}}}");
		fixture.call("PutItem", "{'TableName':'Sessions','Item':{'pk':{'S':'none'},'expires':{'S':'not a number'}}}");
		assertThat(fixture.engine.sweepExpiredItems()).isEqualTo(1);
		assertThat(fixture.call("Scan", "{'TableName':'Sessions'}").get("Count").asInt()).isEqualTo(2);
		ObjectNode ttl = fixture.call("DescribeTimeToLive", "{'TableName':'Sessions'}");
		assertThat(ttl.get("TimeToLiveDescription").get("TimeToLiveStatus").asString()).isEqualTo("ENABLED");
		fixture.assertError("UpdateTimeToLive", "{'TableName':'Sessions','TimeToLiveSpecification':{'Enabled':true,'AttributeName':'expires'}}",
				"ValidationException", "TimeToLive is already enabled");
	}

	@Test
	void updateTableAddsBackfilledIndexAndChangesBilling() {
		fixture.createTable("Users", false);
		fixture.call("PutItem", "{'TableName':'Users','Item':{'pk':{'S':'u1'},'email':{'S':'a@x'}}}");
		fixture.call("PutItem", "{'TableName':'Users','Item':{'pk':{'S':'u2'}}}");
		ObjectNode updated = fixture.call("UpdateTable", """
				{'TableName':'Users','AttributeDefinitions':[{'AttributeName':'email','AttributeType':'S'}],
				 'GlobalSecondaryIndexUpdates':[{'Create':{'IndexName':'byEmail','KeySchema':[{'AttributeName':'email','KeyType':'HASH'}],'Projection':{'ProjectionType':'ALL'}}}]}
				""");
		JsonNode gsi = updated.get("TableDescription").get("GlobalSecondaryIndexes").get(0);
		assertThat(gsi.get("ItemCount").asInt()).isEqualTo(1);
		ObjectNode scan = fixture.call("Scan", "{'TableName':'Users','IndexName':'byEmail'}");
		assertThat(scan.get("Items").get(0).get("pk").get("S").asString()).isEqualTo("u1");
		fixture.call("UpdateTable", "{'TableName':'Users','BillingMode':'PROVISIONED','ProvisionedThroughput':{'ReadCapacityUnits':3,'WriteCapacityUnits':4}}");
		JsonNode table = fixture.call("DescribeTable", "{'TableName':'Users'}").get("Table");
		assertThat(table.get("BillingModeSummary").get("BillingMode").asString()).isEqualTo("PROVISIONED");
		assertThat(table.get("GlobalSecondaryIndexes").get(0).get("ProvisionedThroughput").get("ReadCapacityUnits").asInt()).isEqualTo(3);
		fixture.call("UpdateTable", "{'TableName':'Users','GlobalSecondaryIndexUpdates':[{'Delete':{'IndexName':'byEmail'}}]}");
		table = fixture.call("DescribeTable", "{'TableName':'Users'}").get("Table");
		assertThat(table.has("GlobalSecondaryIndexes")).isFalse();
		assertThat(table.get("AttributeDefinitions").size()).isEqualTo(1);
		fixture.assertError("UpdateTable", "{'TableName':'Users'}", "ValidationException", "At least one of");
	}

	@Test
	void indexesStaySparseAndInStepOnWrites() {
		fixture.call("CreateTable", """
				{'TableName':'Orders','BillingMode':'PAY_PER_REQUEST',
				 'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'},{'AttributeName':'status','AttributeType':'S'}],
				 'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}],
				 'GlobalSecondaryIndexes':[{'IndexName':'byStatus','KeySchema':[{'AttributeName':'status','KeyType':'HASH'}],'Projection':{'ProjectionType':'KEYS_ONLY'}}]}
				""");
		fixture.call("PutItem", "{'TableName':'Orders','Item':{'pk':{'S':'o1'},'status':{'S':'open'},'total':{'N':'5'}}}");
		fixture.call("PutItem", "{'TableName':'Orders','Item':{'pk':{'S':'o2'}}}");
		ObjectNode put = fixture.call("PutItem", "{'TableName':'Orders','Item':{'pk':{'S':'o3'},'status':{'S':'open'}},'ReturnConsumedCapacity':'INDEXES'}");
		assertThat(put.get("ConsumedCapacity").get("GlobalSecondaryIndexes").get("byStatus").get("CapacityUnits").asDouble()).isEqualTo(1.0);
		assertThat(put.get("ConsumedCapacity").get("CapacityUnits").asDouble()).isEqualTo(2.0);
		ObjectNode scan = fixture.call("Scan", "{'TableName':'Orders','IndexName':'byStatus'}");
		assertThat(scan.get("Count").asInt()).isEqualTo(2);
		assertThat(scan.get("Items").get(0).has("total")).isFalse();
		fixture.call("DeleteItem", "{'TableName':'Orders','Key':{'pk':{'S':'o1'}}}");
		fixture.call("PutItem", "{'TableName':'Orders','Item':{'pk':{'S':'o3'}}}");
		assertThat(fixture.call("Scan", "{'TableName':'Orders','IndexName':'byStatus'}").get("Count").asInt()).isZero();
		fixture.assertError("PutItem", "{'TableName':'Orders','Item':{'pk':{'S':'o4'},'status':{'N':'1'}}}", "ValidationException",
				"Type mismatch for Index Key status Expected: S Actual: N IndexName: byStatus");
	}

	@Test
	void describeLimitsAndEndpointsAnswer() {
		assertThat(fixture.call("DescribeLimits", "{}").get("TableMaxReadCapacityUnits").asInt()).isEqualTo(40000);
		assertThat(fixture.call("DescribeEndpoints", "{}").get("Endpoints").get(0).get("Address").asString())
			.isEqualTo("dynamodb.us-east-1.amazonaws.com");
	}

	@Test
	void throughputUpdatesAreRecordedAndUnchangedValuesRefused() {
		fixture.call("CreateTable", """
				{'TableName':'Prov','AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'},{'AttributeName':'g','AttributeType':'S'}],
				 'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}],'ProvisionedThroughput':{'ReadCapacityUnits':5,'WriteCapacityUnits':5},
				 'GlobalSecondaryIndexes':[{'IndexName':'byG','KeySchema':[{'AttributeName':'g','KeyType':'HASH'}],'Projection':{'ProjectionType':'ALL'},'ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1}}]}
				""");
		fixture.assertError("UpdateTable", "{'TableName':'Prov','ProvisionedThroughput':{'ReadCapacityUnits':5,'WriteCapacityUnits':5}}",
				"ValidationException", "The provisioned throughput for the table will not change");
		JsonNode table = fixture.call("UpdateTable", "{'TableName':'Prov','ProvisionedThroughput':{'ReadCapacityUnits':10,'WriteCapacityUnits':2},'GlobalSecondaryIndexUpdates':[{'Update':{'IndexName':'byG','ProvisionedThroughput':{'ReadCapacityUnits':7,'WriteCapacityUnits':7}}}]}")
			.get("TableDescription");
		assertThat(table.get("ProvisionedThroughput").get("ReadCapacityUnits").asInt()).isEqualTo(10);
		assertThat(table.get("ProvisionedThroughput").get("NumberOfDecreasesToday").asInt()).isEqualTo(1);
		assertThat(table.get("ProvisionedThroughput").has("LastIncreaseDateTime")).isTrue();
		assertThat(table.get("GlobalSecondaryIndexes").get(0).get("ProvisionedThroughput").get("ReadCapacityUnits").asInt()).isEqualTo(7);
		fixture.assertError("UpdateTable", "{'TableName':'Prov','GlobalSecondaryIndexUpdates':[{'Delete':{'IndexName':'nope'}}]}",
				"ResourceNotFoundException", null);
		fixture.assertError("UpdateTable", "{'AttributeDefinitions':[{'AttributeName':'g','AttributeType':'S'}],'TableName':'Prov','GlobalSecondaryIndexUpdates':[{'Create':{'IndexName':'byG','KeySchema':[{'AttributeName':'g','KeyType':'HASH'}],'Projection':{'ProjectionType':'ALL'},'ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1}}}]}",
				"ValidationException", "Attempting to create an index which already exists");
		ObjectNode switched = fixture.call("UpdateTable", "{'TableName':'Prov','BillingMode':'PAY_PER_REQUEST'}");
		assertThat(switched.get("TableDescription").get("BillingModeSummary").get("BillingMode").asString()).isEqualTo("PAY_PER_REQUEST");
		assertThat(switched.get("TableDescription").get("ProvisionedThroughput").get("ReadCapacityUnits").asInt()).isZero();
	}

	@Test
	void ttlCanBeDisabledAndTagsRemoved() {
		fixture.createTable("Tagged", false);
		String arn = fixture.call("DescribeTable", "{'TableName':'Tagged'}").get("Table").get("TableArn").asString();
		fixture.call("TagResource", "{'ResourceArn':'" + arn + "','Tags':[{'Key':'a','Value':'1'},{'Key':'b','Value':'2'}]}");
		fixture.call("UntagResource", "{'ResourceArn':'" + arn + "','TagKeys':['a']}");
		assertThat(fixture.call("ListTagsOfResource", "{'ResourceArn':'" + arn + "'}").get("Tags").toString()).isEqualTo("[{\"Key\":\"b\",\"Value\":\"2\"}]");
		fixture.assertError("ListTagsOfResource", "{'ResourceArn':'" + arn + "x'}", "ResourceNotFoundException", null);
		fixture.call("UpdateTimeToLive", "{'TableName':'Tagged','TimeToLiveSpecification':{'Enabled':true,'AttributeName':'exp'}}");
		fixture.assertError("UpdateTimeToLive", "{'TableName':'Tagged','TimeToLiveSpecification':{'Enabled':false,'AttributeName':'other'}}",
				"ValidationException", "TimeToLive is active on a different AttributeName");
		fixture.call("UpdateTimeToLive", "{'TableName':'Tagged','TimeToLiveSpecification':{'Enabled':false,'AttributeName':'exp'}}");
		ObjectNode ttl = fixture.call("DescribeTimeToLive", "{'TableName':'Tagged'}");
		assertThat(ttl.get("TimeToLiveDescription").get("TimeToLiveStatus").asString()).isEqualTo("DISABLED");
	}

}
