package io.github.dynamoconnection.embedded.engine;

import java.time.Duration;
import java.time.Instant;

import io.github.dynamoconnection.embedded.ManualClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a transient status delay, tables pass through CREATING, UPDATING and DELETING and new global
 * indexes backfill, as in DynamoDB; the engine clock decides when each ends.
 */
class TransientStatusTests {

	private static final Duration DELAY = Duration.ofSeconds(2);

	private final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T00:00:00Z"));

	private final EngineFixture fixture = new EngineFixture(EngineSettings.defaults().withClock(clock).withTransientStatusDelay(DELAY));

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void newTableIsCreatingAndRefusesItemsUntilTheDelayHasPassed() {
		JsonNode created = create("Thread");

		assertThat(created.path("TableDescription").path("TableStatus").asString()).isEqualTo("CREATING");
		assertThat(status("Thread")).isEqualTo("CREATING");
		fixture.assertError("PutItem", "{'TableName':'Thread','Item':{'pk':{'S':'a'}}}", "ResourceNotFoundException", null);

		clock.advance(DELAY.minusMillis(1));
		assertThat(status("Thread")).isEqualTo("CREATING");
		clock.advance(Duration.ofMillis(1));

		assertThat(status("Thread")).isEqualTo("ACTIVE");
		fixture.call("PutItem", "{'TableName':'Thread','Item':{'pk':{'S':'a'}}}");
		assertThat(fixture.call("GetItem", "{'TableName':'Thread','Key':{'pk':{'S':'a'}}}").has("Item")).isTrue();
	}

	@Test
	void updatedTableIsUpdatingAndRefusesAnotherChangeMeanwhile() {
		activeTable("Thread");

		JsonNode updated = fixture.call("UpdateTable", "{'TableName':'Thread','BillingMode':'PAY_PER_REQUEST'}");

		assertThat(updated.path("TableDescription").path("TableStatus").asString()).isEqualTo("UPDATING");
		fixture.call("PutItem", "{'TableName':'Thread','Item':{'pk':{'S':'a'}}}");
		fixture.assertError("UpdateTable", "{'TableName':'Thread','BillingMode':'PROVISIONED','ProvisionedThroughput':"
				+ "{'ReadCapacityUnits':1,'WriteCapacityUnits':1}}", "ResourceInUseException", "Table is being updated: Thread");
		clock.advance(DELAY);
		assertThat(status("Thread")).isEqualTo("ACTIVE");
	}

	@Test
	void newGlobalIndexBackfillsThenIsActive() {
		activeTable("Thread");
		fixture.call("PutItem", "{'TableName':'Thread','Item':{'pk':{'S':'a'},'forum':{'S':'AWS'}}}");

		fixture.call("UpdateTable", "{'TableName':'Thread','AttributeDefinitions':[{'AttributeName':'forum','AttributeType':'S'}],"
				+ "'GlobalSecondaryIndexUpdates':[{'Create':{'IndexName':'byForum','KeySchema':[{'AttributeName':'forum','KeyType':'HASH'}],"
				+ "'Projection':{'ProjectionType':'ALL'}}}]}");

		JsonNode index = fixture.call("DescribeTable", "{'TableName':'Thread'}").path("Table").path("GlobalSecondaryIndexes").get(0);
		assertThat(index.path("IndexStatus").asString()).isEqualTo("CREATING");
		assertThat(index.path("Backfilling").asBoolean()).isTrue();
		clock.advance(DELAY);
		index = fixture.call("DescribeTable", "{'TableName':'Thread'}").path("Table").path("GlobalSecondaryIndexes").get(0);
		assertThat(index.path("IndexStatus").asString()).isEqualTo("ACTIVE");
		assertThat(index.has("Backfilling")).isFalse();
	}

	@Test
	void deletedTableIsDeletingThenGone() {
		activeTable("Thread");

		fixture.call("DeleteTable", "{'TableName':'Thread'}");

		assertThat(status("Thread")).isEqualTo("DELETING");
		assertThat(fixture.call("ListTables", "{}").path("TableNames").toString()).contains("Thread");
		fixture.assertError("PutItem", "{'TableName':'Thread','Item':{'pk':{'S':'a'}}}", "ResourceNotFoundException", null);
		fixture.assertError("DeleteTable", "{'TableName':'Thread'}", "ResourceInUseException", "Table is being deleted: Thread");
		fixture.assertError("CreateTable", createRequest("Thread"), "ResourceInUseException", "Table is being deleted: Thread");
		clock.advance(DELAY);

		fixture.assertError("DescribeTable", "{'TableName':'Thread'}", "ResourceNotFoundException", "Table: Thread not found");
		assertThat(fixture.call("ListTables", "{}").path("TableNames").toString()).doesNotContain("Thread");
		assertThat(create("Thread").path("TableDescription").path("TableStatus").asString()).isEqualTo("CREATING");
	}

	@Test
	void streamIsEnablingThenEnabledAndDisablingThenDisabled() {
		JsonNode created = fixture.call("CreateTable", "{'TableName':'Thread','AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],"
				+ "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}],'BillingMode':'PAY_PER_REQUEST',"
				+ "'StreamSpecification':{'StreamEnabled':true,'StreamViewType':'KEYS_ONLY'}}");
		String streamArn = created.path("TableDescription").path("LatestStreamArn").asString();

		assertThat(streamStatus(streamArn)).isEqualTo("ENABLING");
		clock.advance(DELAY);
		assertThat(streamStatus(streamArn)).isEqualTo("ENABLED");
		fixture.call("UpdateTable", "{'TableName':'Thread','StreamSpecification':{'StreamEnabled':false}}");
		assertThat(streamStatus(streamArn)).isEqualTo("DISABLING");
		clock.advance(DELAY);
		assertThat(streamStatus(streamArn)).isEqualTo("DISABLED");
	}

	private String streamStatus(String streamArn) {
		return fixture.call("DescribeStream", "{'StreamArn':'" + streamArn + "'}").path("StreamDescription").path("StreamStatus")
			.asString();
	}

	@Test
	void withoutADelayEveryChangeIsActiveAtOnce() {
		try (EngineFixture immediate = new EngineFixture(EngineSettings.defaults().withClock(clock))) {
			JsonNode created = immediate.call("CreateTable", createRequest("Thread"));
			assertThat(created.path("TableDescription").path("TableStatus").asString()).isEqualTo("ACTIVE");
			immediate.call("PutItem", "{'TableName':'Thread','Item':{'pk':{'S':'a'}}}");
			immediate.call("DeleteTable", "{'TableName':'Thread'}");
			immediate.assertError("DescribeTable", "{'TableName':'Thread'}", "ResourceNotFoundException", null);
		}
	}

	private void activeTable(String name) {
		create(name);
		clock.advance(DELAY);
	}

	private JsonNode create(String name) {
		return fixture.call("CreateTable", createRequest(name));
	}

	private static String createRequest(String name) {
		return "{'TableName':'" + name + "','AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],"
				+ "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}],'BillingMode':'PAY_PER_REQUEST'}";
	}

	private String status(String name) {
		return fixture.call("DescribeTable", "{'TableName':'" + name + "'}").path("Table").path("TableStatus").asString();
	}

}
