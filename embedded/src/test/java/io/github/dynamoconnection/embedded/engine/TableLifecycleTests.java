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

}
