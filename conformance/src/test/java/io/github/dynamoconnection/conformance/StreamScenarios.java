package io.github.dynamoconnection.conformance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsResponse;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** DynamoDB Streams: stream lifecycle on the table, ListStreams, DescribeStream, iterators and records. */
class StreamScenarios {

	private static String createStreamTable(DynamoDbClient db, String name, StreamViewType viewType) {
		TableDescription table = hashTable(name)
			.customize(request -> request.streamSpecification(spec -> spec.streamEnabled(true).streamViewType(viewType)))
			.create(db);
		return table.latestStreamArn();
	}

	private static Shard onlyShard(DynamoDbStreamsClient streams, String streamArn) {
		List<Shard> shards = streams.describeStream(request -> request.streamArn(streamArn)).streamDescription().shards();
		assertThat(shards).hasSize(1);
		return shards.get(0);
	}

	private static String iterator(DynamoDbStreamsClient streams, String streamArn, ShardIteratorType type,
			String sequenceNumber) {
		String shardId = onlyShard(streams, streamArn).shardId();
		return streams.getShardIterator(request -> request.streamArn(streamArn)
			.shardId(shardId)
			.shardIteratorType(type)
			.sequenceNumber(sequenceNumber)).shardIterator();
	}

	/** Every record from TRIM_HORIZON until a page comes back empty. */
	static List<Record> readAll(DynamoDbStreamsClient streams, String streamArn) {
		return readFrom(streams, iterator(streams, streamArn, ShardIteratorType.TRIM_HORIZON, null));
	}

	private static List<Record> readFrom(DynamoDbStreamsClient streams, String iterator) {
		List<Record> records = new ArrayList<>();
		String next = iterator;
		while (next != null) {
			String current = next;
			GetRecordsResponse page = streams.getRecords(request -> request.shardIterator(current));
			records.addAll(page.records());
			next = page.records().isEmpty() ? null : page.nextShardIterator();
		}
		return records;
	}

	@Scenario
	void enabledStreamIsDescribedOnTheTableAndListed(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = createStreamTable(db, "Thread", StreamViewType.NEW_AND_OLD_IMAGES);

		TableDescription table = db.describeTable(request -> request.tableName("Thread")).table();
		assertThat(table.latestStreamArn()).isEqualTo(arn).startsWith(table.tableArn() + "/stream/").endsWith(table.latestStreamLabel());
		assertThat(table.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
		ListStreamsResponse listed = backend.streams().listStreams(request -> request.tableName("Thread"));
		assertThat(listed.streams()).as("streams of earlier tables named Thread stay listed until retention ends")
			.filteredOn(stream -> stream.streamArn().equals(arn))
			.singleElement()
			.satisfies(stream -> {
				assertThat(stream.tableName()).isEqualTo("Thread");
				assertThat(stream.streamLabel()).isEqualTo(table.latestStreamLabel());
			});
	}

	@Scenario
	void describeStreamShowsStatusKeysViewTypeAndAShard(Backend backend) {
		DynamoDbClient db = backend.client();
		Tables.rangeTable("Thread", ScalarAttributeType.N)
			.customize(request -> request.streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)))
			.create(db);
		String arn = db.describeTable(request -> request.tableName("Thread")).table().latestStreamArn();

		DescribeStreamResponse described = backend.streams().describeStream(request -> request.streamArn(arn));

		assertThat(described.streamDescription().streamStatus()).isEqualTo(StreamStatus.ENABLED);
		assertThat(described.streamDescription().streamViewType()).isEqualTo(StreamViewType.KEYS_ONLY);
		assertThat(described.streamDescription().tableName()).isEqualTo("Thread");
		assertThat(described.streamDescription().keySchema()).extracting(key -> key.attributeName() + ":" + key.keyType())
			.containsExactly("pk:" + KeyType.HASH, "sk:" + KeyType.RANGE);
		assertThat(described.streamDescription().shards()).isNotEmpty()
			.allSatisfy(shard -> assertThat(shard.shardId()).isNotEmpty());
	}

	@Scenario
	void putUpdateAndDeleteGiveInsertModifyAndRemoveInOrder(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = createStreamTable(db, "Thread", StreamViewType.NEW_AND_OLD_IMAGES);
		db.putItem(request -> request.tableName("Thread").item(item("pk", s("a"), "v", n(1))));
		db.updateItem(request -> request.tableName("Thread")
			.key(item("pk", s("a")))
			.updateExpression("SET v = :v")
			.expressionAttributeValues(item(":v", n(2))));
		db.deleteItem(request -> request.tableName("Thread").key(item("pk", s("a"))));

		List<Record> records = readAll(backend.streams(), arn);

		assertThat(records).extracting(Record::eventName)
			.containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
		assertThat(records).allSatisfy(record -> {
			assertThat(record.eventSource()).isEqualTo("aws:dynamodb");
			assertThat(record.awsRegion()).isEqualTo("us-east-1");
			assertThat(record.eventID()).isNotEmpty();
			assertThat(record.eventVersion()).isNotEmpty();
			assertThat(record.dynamodb().keys()).isEqualTo(item("pk", s("a")));
			assertThat(record.dynamodb().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
			assertThat(record.dynamodb().sizeBytes()).isPositive();
			assertThat(record.dynamodb().approximateCreationDateTime()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
		});
		StreamRecord insert = records.get(0).dynamodb();
		StreamRecord modify = records.get(1).dynamodb();
		StreamRecord remove = records.get(2).dynamodb();
		assertThat(insert.newImage()).isEqualTo(item("pk", s("a"), "v", n(1)));
		assertThat(insert.hasOldImage()).isFalse();
		assertThat(modify.oldImage()).isEqualTo(item("pk", s("a"), "v", n(1)));
		assertThat(modify.newImage()).isEqualTo(item("pk", s("a"), "v", n(2)));
		assertThat(remove.oldImage()).isEqualTo(item("pk", s("a"), "v", n(2)));
		assertThat(remove.hasNewImage()).isFalse();
		assertThat(records).extracting(record -> new java.math.BigInteger(record.dynamodb().sequenceNumber()))
			.isSorted()
			.doesNotHaveDuplicates();
	}

	@Scenario
	void writesThatChangeNothingGiveNoRecord(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = createStreamTable(db, "Thread", StreamViewType.NEW_AND_OLD_IMAGES);
		db.putItem(request -> request.tableName("Thread").item(item("pk", s("a"), "v", n(1))));

		db.putItem(request -> request.tableName("Thread").item(item("pk", s("a"), "v", n(1))));
		db.updateItem(request -> request.tableName("Thread")
			.key(item("pk", s("a")))
			.updateExpression("SET v = :v")
			.expressionAttributeValues(item(":v", n(1))));
		db.deleteItem(request -> request.tableName("Thread").key(item("pk", s("missing"))));

		assertThat(readAll(backend.streams(), arn)).extracting(Record::eventName).containsExactly(OperationType.INSERT);
	}

	@Scenario
	void keysOnlyStreamCarriesNoImages(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = createStreamTable(db, "Thread", StreamViewType.KEYS_ONLY);
		db.putItem(request -> request.tableName("Thread").item(item("pk", s("a"), "v", n(1))));
		db.putItem(request -> request.tableName("Thread").item(item("pk", s("a"), "v", n(2))));

		List<Record> records = readAll(backend.streams(), arn);

		assertThat(records).extracting(Record::eventName).containsExactly(OperationType.INSERT, OperationType.MODIFY);
		assertThat(records).allSatisfy(record -> {
			assertThat(record.dynamodb().keys()).isEqualTo(item("pk", s("a")));
			assertThat(record.dynamodb().hasNewImage()).isFalse();
			assertThat(record.dynamodb().hasOldImage()).isFalse();
		});
	}

	@Scenario
	void newImageAndOldImageStreamsCarryOnlyTheirImage(Backend backend) {
		DynamoDbClient db = backend.client();
		String newArn = createStreamTable(db, "NewImages", StreamViewType.NEW_IMAGE);
		String oldArn = createStreamTable(db, "OldImages", StreamViewType.OLD_IMAGE);
		for (String table : List.of("NewImages", "OldImages")) {
			db.putItem(request -> request.tableName(table).item(item("pk", s("a"), "v", n(1))));
			db.putItem(request -> request.tableName(table).item(item("pk", s("a"), "v", n(2))));
		}

		StreamRecord newModify = readAll(backend.streams(), newArn).get(1).dynamodb();
		StreamRecord oldModify = readAll(backend.streams(), oldArn).get(1).dynamodb();

		assertThat(newModify.newImage()).isEqualTo(item("pk", s("a"), "v", n(2)));
		assertThat(newModify.hasOldImage()).isFalse();
		assertThat(oldModify.oldImage()).isEqualTo(item("pk", s("a"), "v", n(1)));
		assertThat(oldModify.hasNewImage()).isFalse();
	}

	@Scenario
	void batchTransactionAndPartiqlWritesGiveRecords(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = createStreamTable(db, "Thread", StreamViewType.NEW_IMAGE);

		db.batchWriteItem(request -> request.requestItems(java.util.Map.of("Thread",
				List.of(WriteRequest.builder().putRequest(PutRequest.builder().item(item("pk", s("batch"))).build()).build()))));
		db.transactWriteItems(request -> request.transactItems(TransactWriteItem.builder()
			.put(Put.builder().tableName("Thread").item(item("pk", s("transaction"))).build())
			.build()));
		db.executeStatement(request -> request.statement("INSERT INTO \"Thread\" VALUE {'pk': 'partiql'}"));

		assertThat(readAll(backend.streams(), arn)).extracting(record -> record.dynamodb().keys().get("pk").s())
			.containsExactly("batch", "transaction", "partiql");
	}

	@Scenario
	void latestIteratorSeesOnlyLaterChanges(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = createStreamTable(db, "Thread", StreamViewType.KEYS_ONLY);
		db.putItem(request -> request.tableName("Thread").item(item("pk", s("before"))));
		String latest = iterator(backend.streams(), arn, ShardIteratorType.LATEST, null);

		db.putItem(request -> request.tableName("Thread").item(item("pk", s("after"))));

		assertThat(readFrom(backend.streams(), latest)).extracting(record -> record.dynamodb().keys().get("pk").s())
			.containsExactly("after");
	}

	@Scenario
	void sequenceNumberIteratorsStartAtOrAfterTheRecord(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = createStreamTable(db, "Thread", StreamViewType.KEYS_ONLY);
		for (String key : List.of("a", "b", "c")) {
			db.putItem(request -> request.tableName("Thread").item(item("pk", s(key))));
		}
		String second = readAll(backend.streams(), arn).get(1).dynamodb().sequenceNumber();

		List<Record> at = readFrom(backend.streams(), iterator(backend.streams(), arn, ShardIteratorType.AT_SEQUENCE_NUMBER, second));
		List<Record> after = readFrom(backend.streams(),
				iterator(backend.streams(), arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER, second));

		assertThat(at).extracting(record -> record.dynamodb().keys().get("pk").s()).containsExactly("b", "c");
		assertThat(after).extracting(record -> record.dynamodb().keys().get("pk").s()).containsExactly("c");
	}

	@Scenario
	void getRecordsLimitPagesThroughTheShard(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = createStreamTable(db, "Thread", StreamViewType.KEYS_ONLY);
		for (String key : List.of("a", "b", "c")) {
			db.putItem(request -> request.tableName("Thread").item(item("pk", s(key))));
		}
		DynamoDbStreamsClient streams = backend.streams();
		String start = iterator(streams, arn, ShardIteratorType.TRIM_HORIZON, null);

		GetRecordsResponse first = streams.getRecords(request -> request.shardIterator(start).limit(2));
		GetRecordsResponse second = streams.getRecords(request -> request.shardIterator(first.nextShardIterator()).limit(2));

		assertThat(first.records()).extracting(record -> record.dynamodb().keys().get("pk").s()).containsExactly("a", "b");
		assertThat(second.records()).extracting(record -> record.dynamodb().keys().get("pk").s()).containsExactly("c");
		assertThat(second.nextShardIterator()).as("an open shard always has a next iterator").isNotNull();
	}

	@Scenario
	void getRecordsLimitAboveThousandIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = createStreamTable(db, "Thread", StreamViewType.KEYS_ONLY);
		String start = iterator(backend.streams(), arn, ShardIteratorType.TRIM_HORIZON, null);

		assertValidation(() -> backend.streams().getRecords(request -> request.shardIterator(start).limit(1001)));
	}

	@Scenario
	void unknownStreamIsResourceNotFound(Backend backend) {
		String arn = "arn:aws:dynamodb:us-east-1:000000000000:table/Missing/stream/2024-01-01T00:00:00.000";

		assertError(() -> backend.streams().describeStream(request -> request.streamArn(arn)), "ResourceNotFoundException");
	}

	@Scenario
	void sequenceNumberIteratorWithoutSequenceNumberIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = createStreamTable(db, "Thread", StreamViewType.KEYS_ONLY);

		assertValidation(() -> iterator(backend.streams(), arn, ShardIteratorType.AT_SEQUENCE_NUMBER, null));
	}

	@Scenario
	void listStreamsPagesWithLimitAndExclusiveStart(Backend backend) {
		DynamoDbClient db = backend.client();
		String first = createStreamTable(db, "First", StreamViewType.KEYS_ONLY);
		String second = createStreamTable(db, "Second", StreamViewType.KEYS_ONLY);
		DynamoDbStreamsClient streams = backend.streams();

		List<String> arns = new ArrayList<>();
		String start = null;
		do {
			String from = start;
			ListStreamsResponse page = streams.listStreams(request -> request.limit(1).exclusiveStartStreamArn(from));
			assertThat(page.streams()).hasSizeLessThanOrEqualTo(1);
			page.streams().forEach(stream -> arns.add(stream.streamArn()));
			start = page.lastEvaluatedStreamArn();
		}
		while (start != null);

		assertThat(arns).contains(first, second).doesNotHaveDuplicates();
	}

	@Scenario
	void reEnabledStreamIsNewAndTheOldOneStaysReadable(Backend backend) {
		DynamoDbClient db = backend.client();
		String oldArn = createStreamTable(db, "Thread", StreamViewType.KEYS_ONLY);
		db.putItem(request -> request.tableName("Thread").item(item("pk", s("old"))));
		db.updateTable(request -> request.tableName("Thread").streamSpecification(spec -> spec.streamEnabled(false)));
		TableDescription enabled = db.updateTable(request -> request.tableName("Thread")
			.streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY))).tableDescription();
		db.putItem(request -> request.tableName("Thread").item(item("pk", s("new"))));

		assertThat(enabled.latestStreamArn()).isNotEqualTo(oldArn);
		assertThat(backend.streams().describeStream(request -> request.streamArn(oldArn)).streamDescription().streamStatus())
			.isIn(StreamStatus.DISABLING, StreamStatus.DISABLED);
		assertThat(readAll(backend.streams(), oldArn)).extracting(record -> record.dynamodb().keys().get("pk").s())
			.containsExactly("old");
		assertThat(readAll(backend.streams(), enabled.latestStreamArn()))
			.extracting(record -> record.dynamodb().keys().get("pk").s())
			.containsExactly("new");
		assertThat(backend.streams().listStreams(request -> request.tableName("Thread")).streams())
			.extracting(stream -> stream.streamArn())
			.contains(oldArn, enabled.latestStreamArn());
	}

	@Scenario
	void timeToLiveDeletionIsRecordedAsTheServiceRemovingTheItem(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = createStreamTable(db, "Expiring", StreamViewType.OLD_IMAGE);
		db.updateTimeToLive(request -> request.tableName("Expiring")
			.timeToLiveSpecification(specification -> specification.attributeName("expiresAt").enabled(true)));
		long past = Instant.now().getEpochSecond() - 60;
		db.putItem(request -> request.tableName("Expiring").item(item("pk", s("expired"), "expiresAt", n(past))));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> !db.getItem(request -> request.tableName("Expiring").key(item("pk", s("expired")))).hasItem());

		Record removal = readAll(backend.streams(), arn).get(1);
		assertThat(removal.eventName()).isEqualTo(OperationType.REMOVE);
		assertThat(removal.userIdentity().type()).isEqualTo("Service");
		assertThat(removal.userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
	}

	@Scenario
	void userWritesCarryNoUserIdentity(Backend backend) {
		DynamoDbClient db = backend.client();
		String arn = createStreamTable(db, "Thread", StreamViewType.KEYS_ONLY);
		db.putItem(request -> request.tableName("Thread").item(item("pk", s("a"))));
		db.deleteItem(request -> request.tableName("Thread").key(item("pk", s("a"))).returnValues(ReturnValue.ALL_OLD));

		assertThat(readAll(backend.streams(), arn)).allSatisfy(record -> assertThat(record.userIdentity()).isNull());
	}

	@Scenario
	void malformedShardIteratorIsRejected(Backend backend) {
		assertValidation(() -> backend.streams().getRecords(request -> request.shardIterator("not-an-iterator")));
	}

}
