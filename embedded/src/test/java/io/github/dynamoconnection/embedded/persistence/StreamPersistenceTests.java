package io.github.dynamoconnection.embedded.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.embedded.SdkClients;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Streams and their records survive a restart, whether the log replays or a snapshot was compacted. */
class StreamPersistenceTests {

	@TempDir
	Path directory;

	private static List<Record> readAll(DynamoDbStreamsClient streams, String arn) {
		String shardId = streams.describeStream(request -> request.streamArn(arn)).streamDescription().shards().get(0).shardId();
		String iterator = streams.getShardIterator(request -> request.streamArn(arn)
			.shardId(shardId)
			.shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
		List<Record> records = new ArrayList<>();
		while (iterator != null) {
			String current = iterator;
			GetRecordsResponse page = streams.getRecords(request -> request.shardIterator(current));
			records.addAll(page.records());
			iterator = page.records().isEmpty() ? null : page.nextShardIterator();
		}
		return records;
	}

	private String writeHistory(EmbeddedDynamoDb dynamoDb) {
		dynamoDb.client().createTable(SdkClients.hashKeyTable("Thread", "pk", ScalarAttributeType.S)
			.toBuilder()
			.streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES))
			.build());
		for (int i = 0; i < 5; i++) {
			String value = Integer.toString(i);
			dynamoDb.client().putItem(request -> request.tableName("Thread")
				.item(Map.of("pk", AttributeValue.fromS("k" + (Integer.parseInt(value) % 2)), "v", AttributeValue.fromN(value))));
		}
		dynamoDb.client().deleteItem(request -> request.tableName("Thread").key(Map.of("pk", AttributeValue.fromS("k0"))));
		return dynamoDb.client().describeTable(request -> request.tableName("Thread")).table().latestStreamArn();
	}

	@Test
	void recordsAreTheSameAfterTheLogReplays() {
		String arn;
		List<Record> before;
		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().dataDirectory(directory).start()) {
			arn = writeHistory(dynamoDb);
			before = readAll(dynamoDb.streamsClient(), arn);
		}

		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().dataDirectory(directory).start()) {
			assertThat(dynamoDb.client().describeTable(request -> request.tableName("Thread")).table().latestStreamArn())
				.isEqualTo(arn);
			assertThat(readAll(dynamoDb.streamsClient(), arn)).hasSize(6).isEqualTo(before);
			dynamoDb.client().putItem(request -> request.tableName("Thread").item(Map.of("pk", AttributeValue.fromS("after"))));
			assertThat(readAll(dynamoDb.streamsClient(), arn)).hasSize(7);
		}

		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().dataDirectory(directory).start()) {
			List<Record> afterCompaction = readAll(dynamoDb.streamsClient(), arn);
			assertThat(afterCompaction).hasSize(7);
			assertThat(afterCompaction.subList(0, 6)).isEqualTo(before);
		}
	}

	@Test
	void disabledStreamsSurviveACompaction() throws IOException {
		String first;
		String second;
		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().dataDirectory(directory).start()) {
			first = writeHistory(dynamoDb);
			dynamoDb.client().updateTable(request -> request.tableName("Thread").streamSpecification(spec -> spec.streamEnabled(false)));
			second = dynamoDb.client().updateTable(request -> request.tableName("Thread")
				.streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)))
				.tableDescription().latestStreamArn();
			dynamoDb.client().putItem(request -> request.tableName("Thread").item(Map.of("pk", AttributeValue.fromS("x"))));
		}
		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().dataDirectory(directory).start()) {
			assertThat(readAll(dynamoDb.streamsClient(), first)).hasSize(6);
		}

		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().dataDirectory(directory).start()) {
			assertThat(dynamoDb.streamsClient().listStreams(request -> request.tableName("Thread")).streams())
				.extracting(stream -> stream.streamArn())
				.containsExactly(first, second);
			assertThat(readAll(dynamoDb.streamsClient(), first)).hasSize(6);
			assertThat(readAll(dynamoDb.streamsClient(), second)).extracting(record -> record.dynamodb().keys().get("pk").s())
				.containsExactly("x");
			assertThat(dynamoDb.client().describeTable(request -> request.tableName("Thread")).table().latestStreamArn())
				.isEqualTo(second);
		}
	}

}
