package io.github.dynamoconnection.stream;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A table's changes read through {@code Connection.streamRecords} from the embedded engine's stream. */
class TableStreamReaderTests {

	private EmbeddedDynamoDb dynamoDb;

	private Connection connection;

	@BeforeEach
	void start() {
		dynamoDb = EmbeddedDynamoDb.builder().ttlSweepInterval(Duration.ofMillis(100)).start();
		connection = Connection.builder().client(dynamoDb.client()).build();
	}

	@AfterEach
	void stop() {
		dynamoDb.close();
	}

	private void createTable(String name, boolean stream) {
		dynamoDb.client().createTable(request -> {
			request.tableName(name)
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.keySchema(KeySchemaElement.builder().attributeName("forum").keyType(KeyType.HASH).build())
				.attributeDefinitions(AttributeDefinition.builder().attributeName("forum").attributeType(ScalarAttributeType.S).build());
			if (stream) {
				request.streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES));
			}
		});
	}

	@Test
	void changesComeInOrderWithPlainJavaImages() {
		createTable("Thread", true);
		connection.putItem("Thread", Map.of("forum", "aws", "views", 1));
		connection.putItem("Thread", Map.of("forum", "aws", "views", 2));
		connection.deleteItem("Thread", "aws", null);
		TableStreamReader reader = connection.streamRecords("Thread", StreamPosition.trimHorizon(), dynamoDb.streamsClient());

		List<ChangeRecord> changes = reader.poll();

		assertThat(changes).extracting(ChangeRecord::type)
			.containsExactly(ChangeRecord.ChangeType.INSERT, ChangeRecord.ChangeType.MODIFY, ChangeRecord.ChangeType.REMOVE);
		assertThat(changes.get(1).oldImage()).containsEntry("views", new BigDecimal("1"));
		assertThat(changes.get(1).newImage()).containsEntry("views", new BigDecimal("2"));
		assertThat(changes.get(2).newImage()).isNull();
		assertThat(changes).allSatisfy(change -> {
			assertThat(change.keys()).isEqualTo(Map.of("forum", "aws"));
			assertThat(change.byTimeToLive()).isFalse();
			assertThat(change.approximateCreationTime()).isAfter(Instant.now().minusSeconds(300));
		});
		assertThat(reader.poll()).isEmpty();
		connection.putItem("Thread", Map.of("forum", "later"));
		assertThat(reader.poll()).extracting(change -> change.keys().get("forum")).containsExactly("later");
	}

	@Test
	void latestSkipsEarlierChanges() {
		createTable("Thread", true);
		connection.putItem("Thread", Map.of("forum", "before"));
		TableStreamReader reader = connection.streamRecords("Thread", StreamPosition.latest(), dynamoDb.streamsClient());

		connection.putItem("Thread", Map.of("forum", "after"));

		assertThat(reader.poll()).extracting(change -> change.keys().get("forum")).containsExactly("after");
	}

	@Test
	void aCheckpointResumesAfterTheRecord() {
		createTable("Thread", true);
		for (String forum : List.of("a", "b", "c")) {
			connection.putItem("Thread", Map.of("forum", forum));
		}
		ChangeRecord first = connection.streamRecords("Thread", StreamPosition.trimHorizon(), dynamoDb.streamsClient())
			.poll()
			.get(0);

		TableStreamReader resumed = connection.streamRecords("Thread",
				StreamPosition.after(first.shardId(), first.sequenceNumber()), dynamoDb.streamsClient());

		assertThat(resumed.poll()).extracting(change -> change.keys().get("forum")).containsExactly("b", "c");
	}

	@Test
	void timeToLiveRemovalsAreMarked() throws InterruptedException {
		createTable("Thread", true);
		connection.updateTimeToLive("Thread", "expiresAt", true);
		connection.putItem("Thread", Map.of("forum", "old", "expiresAt", Instant.now().getEpochSecond() - 60));
		TableStreamReader reader = connection.streamRecords("Thread", StreamPosition.trimHorizon(), dynamoDb.streamsClient());

		List<ChangeRecord> seen = new java.util.ArrayList<>(reader.poll());
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (seen.stream().noneMatch(ChangeRecord::byTimeToLive) && System.nanoTime() < deadline) {
			Thread.sleep(50);
			seen.addAll(reader.poll());
		}

		assertThat(seen).extracting(ChangeRecord::type, ChangeRecord::byTimeToLive)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeRecord.ChangeType.INSERT, false),
					org.assertj.core.groups.Tuple.tuple(ChangeRecord.ChangeType.REMOVE, true));
	}

	@Test
	void tableWithoutStreamIsRefused() {
		createTable("Plain", false);

		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> connection.streamRecords("Plain", StreamPosition.trimHorizon(), dynamoDb.streamsClient()))
			.withMessageContaining("no stream");
	}

	@Test
	void afterNeedsAShardAndASequenceNumber() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> StreamPosition.after("", "1"));
	}

}
