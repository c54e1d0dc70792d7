package io.github.dynamoconnection.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A stream consumer's view of 10,000 random writes of every kind (put, update, delete, batch,
 * transaction, TTL expiry) from 4 threads: reading the stream from TRIM_HORIZON gives exactly one
 * record per change that changed data, in each item's order, with images equal to the items of a
 * reference model. Each thread owns its keys, so its model knows exactly which writes change data.
 */
class StreamConsumerTests {

	private static final String TABLE = "Changes";

	private static final int THREADS = 4;

	private static final int WRITES = Integer.getInteger("streamConsumer.writes", 10_000);

	private static final int KEYS_PER_THREAD = 40;

	/** One expected stream record. */
	private record Change(String eventName, Map<String, AttributeValue> oldImage, Map<String, AttributeValue> newImage,
			boolean byService) {
	}

	/** What one thread wrote: its items now and the changes each key went through. */
	private static final class Model {

		final Map<String, Map<String, AttributeValue>> items = new HashMap<>();

		final Map<String, List<Change>> changes = new HashMap<>();

		void change(String key, Map<String, AttributeValue> newItem, boolean byService) {
			Map<String, AttributeValue> oldItem = items.get(key);
			if (oldItem == null ? newItem == null : oldItem.equals(newItem)) {
				return;
			}
			String name = (oldItem == null) ? "INSERT" : (newItem == null) ? "REMOVE" : "MODIFY";
			changes.computeIfAbsent(key, k -> new ArrayList<>()).add(new Change(name, oldItem, newItem, byService));
			if (newItem == null) {
				items.remove(key);
			}
			else {
				items.put(key, newItem);
			}
		}

	}

	private static Map<String, AttributeValue> key(String pk) {
		return Map.of("pk", AttributeValue.fromS(pk));
	}

	private static Map<String, AttributeValue> item(String pk, int v) {
		return Map.of("pk", AttributeValue.fromS(pk), "v", AttributeValue.fromN(Integer.toString(v)));
	}

	@Test
	void everyEffectiveChangeGivesExactlyOneRecordInItemOrder() throws Exception {
		try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.builder().ttlSweepInterval(Duration.ofMillis(50)).start()) {
			DynamoDbClient db = dynamoDb.client();
			db.createTable(SdkClients.hashKeyTable(TABLE, "pk", ScalarAttributeType.S)
				.toBuilder()
				.streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES))
				.build());
			db.updateTimeToLive(request -> request.tableName(TABLE)
				.timeToLiveSpecification(ttl -> ttl.attributeName("expiresAt").enabled(true)));

			List<Model> models = new ArrayList<>();
			ExecutorService executor = Executors.newFixedThreadPool(THREADS);
			try {
				List<Future<Model>> futures = new ArrayList<>();
				for (int t = 0; t < THREADS; t++) {
					int thread = t;
					futures.add(executor.submit(() -> writeRandomly(db, thread, WRITES / THREADS)));
				}
				for (Future<Model> future : futures) {
					models.add(future.get());
				}
			}
			finally {
				executor.shutdownNow();
			}
			await().atMost(Duration.ofSeconds(30))
				.until(() -> db.scan(request -> request.tableName(TABLE).filterExpression("attribute_exists(expiresAt)"))
					.count() == 0);

			Map<String, List<Change>> expected = new HashMap<>();
			Map<String, Map<String, AttributeValue>> expectedItems = new HashMap<>();
			for (Model model : models) {
				expected.putAll(model.changes);
				expectedItems.putAll(model.items);
			}
			Map<String, List<Change>> actual = readStream(dynamoDb.streamsClient(),
					db.describeTable(request -> request.tableName(TABLE)).table().latestStreamArn());

			for (Map.Entry<String, List<Change>> entry : expected.entrySet()) {
				assertThat(actual.get(entry.getKey())).as("records of %s", entry.getKey()).isEqualTo(entry.getValue());
			}
			assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
			assertThat(actual.values().stream().mapToInt(List::size).sum())
				.isEqualTo(expected.values().stream().mapToInt(List::size).sum());
			Map<String, Map<String, AttributeValue>> stored = new HashMap<>();
			db.scanPaginator(request -> request.tableName(TABLE)).items().forEach(item -> stored.put(item.get("pk").s(), item));
			assertThat(stored).isEqualTo(expectedItems);
		}
	}

	private static Model writeRandomly(DynamoDbClient db, int thread, int writes) {
		Random random = new Random(1000L + thread);
		Model model = new Model();
		int ttlKeys = 0;
		for (int i = 0; i < writes; i++) {
			int kind = random.nextInt(100);
			String pk = "t" + thread + "-k" + random.nextInt(KEYS_PER_THREAD);
			if (kind < 30) {
				Map<String, AttributeValue> item = item(pk, random.nextInt(3));
				db.putItem(request -> request.tableName(TABLE).item(item));
				model.change(pk, item, false);
			}
			else if (kind < 55) {
				update(db, model, pk, random);
			}
			else if (kind < 70) {
				db.deleteItem(request -> request.tableName(TABLE).key(key(pk)));
				model.change(pk, null, false);
			}
			else if (kind < 80) {
				batch(db, model, thread, random);
			}
			else if (kind < 90) {
				transaction(db, model, thread, random);
			}
			else {
				String ttlKey = "t" + thread + "-ttl" + ttlKeys++;
				Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS(ttlKey), "expiresAt",
						AttributeValue.fromN(Long.toString(Instant.now().getEpochSecond() - 10)));
				db.putItem(request -> request.tableName(TABLE).item(item));
				model.change(ttlKey, item, false);
				model.change(ttlKey, null, true);
			}
		}
		return model;
	}

	private static void update(DynamoDbClient db, Model model, String pk, Random random) {
		Map<String, AttributeValue> after = new LinkedHashMap<>(key(pk));
		if (random.nextBoolean()) {
			int v = random.nextInt(3);
			db.updateItem(request -> request.tableName(TABLE)
				.key(key(pk))
				.updateExpression("SET v = :v")
				.expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Integer.toString(v)))));
			after.put("v", AttributeValue.fromN(Integer.toString(v)));
		}
		else {
			db.updateItem(request -> request.tableName(TABLE).key(key(pk)).updateExpression("REMOVE v"));
			if (!model.items.containsKey(pk)) {
				return; // a REMOVE-only update of a missing item creates nothing
			}
		}
		model.change(pk, Map.copyOf(after), false);
	}

	private static void batch(DynamoDbClient db, Model model, int thread, Random random) {
		List<WriteRequest> requests = new ArrayList<>();
		for (String pk : distinctKeys(thread, random, 2 + random.nextInt(4))) {
			if (random.nextInt(3) == 0) {
				requests.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key(pk)).build()).build());
				model.change(pk, null, false);
			}
			else {
				Map<String, AttributeValue> item = item(pk, random.nextInt(3));
				requests.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
				model.change(pk, item, false);
			}
		}
		db.batchWriteItem(request -> request.requestItems(Map.of(TABLE, requests)));
	}

	private static void transaction(DynamoDbClient db, Model model, int thread, Random random) {
		List<TransactWriteItem> items = new ArrayList<>();
		for (String pk : distinctKeys(thread, random, 2 + random.nextInt(2))) {
			int kind = random.nextInt(3);
			if (kind == 0) {
				items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(TABLE).key(key(pk)).build()).build());
				model.change(pk, null, false);
			}
			else if (kind == 1) {
				Map<String, AttributeValue> item = item(pk, random.nextInt(3));
				items.add(TransactWriteItem.builder().put(Put.builder().tableName(TABLE).item(item).build()).build());
				model.change(pk, item, false);
			}
			else {
				int v = random.nextInt(3);
				items.add(TransactWriteItem.builder()
					.update(Update.builder()
						.tableName(TABLE)
						.key(key(pk))
						.updateExpression("SET v = :v")
						.expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Integer.toString(v))))
						.build())
					.build());
				model.change(pk, item(pk, v), false);
			}
		}
		db.transactWriteItems(request -> request.transactItems(items));
	}

	private static List<String> distinctKeys(int thread, Random random, int count) {
		List<String> keys = new ArrayList<>();
		while (keys.size() < count) {
			String pk = "t" + thread + "-k" + random.nextInt(KEYS_PER_THREAD);
			if (!keys.contains(pk)) {
				keys.add(pk);
			}
		}
		return keys;
	}

	/** Every record from TRIM_HORIZON, by item key, in stream order. */
	private static Map<String, List<Change>> readStream(DynamoDbStreamsClient streams, String arn) {
		String shardId = streams.describeStream(request -> request.streamArn(arn)).streamDescription().shards().get(0).shardId();
		String iterator = streams.getShardIterator(request -> request.streamArn(arn)
			.shardId(shardId)
			.shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
		Map<String, List<Change>> changes = new HashMap<>();
		while (iterator != null) {
			String current = iterator;
			GetRecordsResponse page = streams.getRecords(request -> request.shardIterator(current).limit(1000));
			for (Record record : page.records()) {
				String pk = record.dynamodb().keys().get("pk").s();
				changes.computeIfAbsent(pk, k -> new ArrayList<>())
					.add(new Change(record.eventNameAsString(),
							record.dynamodb().hasOldImage() ? record.dynamodb().oldImage() : null,
							record.dynamodb().hasNewImage() ? record.dynamodb().newImage() : null,
							record.userIdentity() != null && "Service".equals(record.userIdentity().type())
									&& "dynamodb.amazonaws.com".equals(record.userIdentity().principalId())));
			}
			iterator = page.records().isEmpty() ? null : page.nextShardIterator();
		}
		return changes;
	}

}
