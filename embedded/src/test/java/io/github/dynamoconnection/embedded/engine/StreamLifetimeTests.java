package io.github.dynamoconnection.embedded.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Stream iterators expire after 15 minutes; records and disabled streams go when their retention ends. */
class StreamLifetimeTests {

	private static final Duration RETENTION = Duration.ofHours(1);

	private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final EngineFixture fixture = new EngineFixture(
			EngineSettings.defaults().withClock(clock).withStreamRetention(RETENTION));

	@AfterEach
	void close() {
		fixture.close();
	}

	private String createStreamTable() {
		ObjectNode created = fixture.call("CreateTable", "{'TableName':'Thread','AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],"
				+ "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}],'BillingMode':'PAY_PER_REQUEST',"
				+ "'StreamSpecification':{'StreamEnabled':true,'StreamViewType':'NEW_AND_OLD_IMAGES'}}");
		return created.path("TableDescription").path("LatestStreamArn").asString();
	}

	private void put(String key) {
		fixture.call("PutItem", "{'TableName':'Thread','Item':{'pk':{'S':'" + key + "'}}}");
	}

	private String shardId(String arn) {
		return fixture.call("DescribeStream", "{'StreamArn':'" + arn + "'}")
			.path("StreamDescription").path("Shards").get(0).path("ShardId").asString();
	}

	private String iterator(String arn, String type) {
		return fixture.call("GetShardIterator", "{'StreamArn':'" + arn + "','ShardId':'" + shardId(arn)
				+ "','ShardIteratorType':'" + type + "'}").path("ShardIterator").asString();
	}

	private JsonNode records(String iterator) {
		return fixture.call("GetRecords", "{'ShardIterator':'" + iterator + "'}").path("Records");
	}

	@Test
	void iteratorExpiresAfterFifteenMinutes() {
		String arn = createStreamTable();
		put("a");
		String iterator = iterator(arn, "TRIM_HORIZON");

		clock.advance(Duration.ofMinutes(15));
		assertThat(records(iterator)).hasSize(1);
		clock.advance(Duration.ofSeconds(1));

		fixture.assertError("GetRecords", "{'ShardIterator':'" + iterator + "'}", "ExpiredIteratorException", "expired");
	}

	@Test
	void nextShardIteratorIsFreshlyIssued() {
		String arn = createStreamTable();
		String iterator = iterator(arn, "TRIM_HORIZON");
		clock.advance(Duration.ofMinutes(14));

		String next = fixture.call("GetRecords", "{'ShardIterator':'" + iterator + "'}").path("NextShardIterator").asString();
		clock.advance(Duration.ofMinutes(14));
		put("a");

		assertThat(records(next)).hasSize(1);
	}

	@Test
	void recordsOlderThanTheRetentionAreTrimmed() {
		String arn = createStreamTable();
		put("old");
		String oldSequence = records(iterator(arn, "TRIM_HORIZON")).get(0).path("dynamodb").path("SequenceNumber").asString();
		clock.advance(Duration.ofMinutes(50));
		String beforeTrim = iterator(arn, "TRIM_HORIZON");
		put("new");
		clock.advance(Duration.ofMinutes(11));

		JsonNode kept = records(iterator(arn, "TRIM_HORIZON"));

		assertThat(kept).hasSize(1);
		assertThat(kept.get(0).path("dynamodb").path("Keys").path("pk").path("S").asString()).isEqualTo("new");
		fixture.assertError("GetRecords", "{'ShardIterator':'" + beforeTrim + "'}", "TrimmedDataAccessException", null);
		fixture.assertError("GetShardIterator", "{'StreamArn':'" + arn + "','ShardId':'" + shardId(arn)
				+ "','ShardIteratorType':'AT_SEQUENCE_NUMBER','SequenceNumber':'" + oldSequence + "'}",
				"TrimmedDataAccessException", null);
	}

	@Test
	void disabledStreamStaysReadableUntilItsRetentionEnds() {
		String arn = createStreamTable();
		put("a");
		fixture.call("UpdateTable", "{'TableName':'Thread','StreamSpecification':{'StreamEnabled':false}}");
		put("b");
		clock.advance(RETENTION.minusSeconds(1));

		assertThat(fixture.call("DescribeStream", "{'StreamArn':'" + arn + "'}").path("StreamDescription").path("StreamStatus")
			.asString()).isEqualTo("DISABLED");
		JsonNode shard = fixture.call("DescribeStream", "{'StreamArn':'" + arn + "'}").path("StreamDescription").path("Shards").get(0);
		assertThat(shard.path("SequenceNumberRange").has("EndingSequenceNumber")).isTrue();
		ObjectNode page = fixture.call("GetRecords", "{'ShardIterator':'" + iterator(arn, "TRIM_HORIZON") + "'}");
		assertThat(page.path("Records")).hasSize(1);
		assertThat(page.has("NextShardIterator")).as("a closed shard read to its end has no next iterator").isFalse();

		clock.advance(Duration.ofSeconds(1));

		assertThat(fixture.call("ListStreams", "{}").path("Streams")).isEmpty();
		fixture.assertError("DescribeStream", "{'StreamArn':'" + arn + "'}", "ResourceNotFoundException", "Stream");
	}

	@Test
	void deletedTableLeavesItsStreamDisabled() {
		String arn = createStreamTable();
		put("a");

		fixture.call("DeleteTable", "{'TableName':'Thread'}");

		assertThat(fixture.call("DescribeStream", "{'StreamArn':'" + arn + "'}").path("StreamDescription").path("StreamStatus")
			.asString()).isEqualTo("DISABLED");
		assertThat(records(iterator(arn, "TRIM_HORIZON"))).hasSize(1);
	}

	@Test
	void reEnabledStreamWithinTheSameMillisecondGetsANewLabel() {
		String first = createStreamTable();
		fixture.call("UpdateTable", "{'TableName':'Thread','StreamSpecification':{'StreamEnabled':false}}");

		String second = fixture.call("UpdateTable", "{'TableName':'Thread','StreamSpecification':{'StreamEnabled':true,'StreamViewType':'KEYS_ONLY'}}")
			.path("TableDescription").path("LatestStreamArn").asString();

		assertThat(second).isNotEqualTo(first);
		assertThat(fixture.call("ListStreams", "{'TableName':'Thread'}").path("Streams")).hasSize(2);
	}

	@Test
	void streamRequestsAreValidated() {
		String arn = createStreamTable();
		fixture.assertError("GetShardIterator", "{'StreamArn':'" + arn + "','ShardId':'shardId-nope','ShardIteratorType':'LATEST'}",
				"ResourceNotFoundException", "Shard");
		fixture.assertError("GetShardIterator", "{'StreamArn':'" + arn + "','ShardId':'" + shardId(arn)
				+ "','ShardIteratorType':'AT_SEQUENCE_NUMBER','SequenceNumber':'12'}", "ValidationException", "SequenceNumber");
		fixture.assertError("GetRecords", "{'ShardIterator':'" + iterator(arn, "LATEST") + "','Limit':0}", "ValidationException",
				"limit");
		fixture.assertError("ListStreams", "{'Limit':101}", "ValidationException", "limit");
		fixture.assertError("DescribeStream", "{}", "ValidationException", "streamArn");
	}

	/** A clock the test moves by hand. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
