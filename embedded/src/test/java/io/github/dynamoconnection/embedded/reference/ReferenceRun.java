package io.github.dynamoconnection.embedded.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * One seeded run of the reference-model test against one client: creates every table shape, then
 * interleaves random writes (puts, deletes, remove-only updates, batches, transactions) with random
 * reads compared to the model and with invalid requests that must be DynamoDB-style 400 errors.
 */
final class ReferenceRun {

	private static final List<String> OPERATORS = List.of("NONE", "=", "<", "<=", ">", ">=", "BETWEEN", "begins_with");

	private final DynamoDbClient db;

	private final RandomValues random;

	private final ReadChecks reads;

	private final Map<String, ReferenceTable> tables = new LinkedHashMap<>();

	ReferenceRun(DynamoDbClient db, long seed, String prefix) {
		this.db = db;
		this.random = new RandomValues(new Random(seed));
		this.reads = new ReadChecks(db, random);
		for (TableShape shape : TableShape.all()) {
			String name = prefix + shape.name();
			db.createTable(shape.createRequest(name));
			tables.put(name, new ReferenceTable(shape));
		}
	}

	/** Runs this many random steps; every answer must be what the model says, and never a 5xx. */
	void run(int steps) {
		List<String> names = new ArrayList<>(tables.keySet());
		for (int step = 0; step < steps; step++) {
			String table = random.pick(names);
			ReferenceTable model = tables.get(table);
			int choice = random.random.nextInt(100);
			if (choice < 18) {
				put(table, model);
			}
			else if (choice < 30) {
				delete(table, model);
			}
			else if (choice < 36) {
				update(table, model);
			}
			else if (choice < 40) {
				batchWrite(table, model);
			}
			else if (choice < 43) {
				transactWrite(table, model);
			}
			else if (choice < 63) {
				query(table, model, model.shape.hasIndex() && random.chance(50));
			}
			else if (choice < 70) {
				reads.scan(table, model, model.shape.hasIndex() && random.chance(50));
			}
			else if (choice < 77) {
				reads.getItem(table, model);
			}
			else if (choice < 82) {
				reads.batchGet(table, model);
			}
			else if (choice < 87) {
				reads.transactGet(table, model);
			}
			else if (choice < 92) {
				reads.partiqlSelect(table, model);
			}
			else {
				invalid(table, model);
			}
		}
	}

	private void put(String table, ReferenceTable model) {
		Map<String, AttributeValue> item = random.item(model.shape);
		db.putItem(request -> request.tableName(table).item(item));
		model.put(item);
	}

	/** Deletes an existing item most of the time (so that partitions and indexes run empty), then reads that partition. */
	private void delete(String table, ReferenceTable model) {
		List<Map<String, AttributeValue>> items = model.items();
		Map<String, AttributeValue> key = (!items.isEmpty() && random.chance(80)) ? model.keyOf(random.pick(items)) : random.key(model.shape);
		db.deleteItem(request -> request.tableName(table).key(key));
		model.delete(key);
		AttributeValue hash = key.get(model.shape.keys().hash());
		if (model.partitionEmpty(hash) && model.shape.keys().hasRange()) {
			reads.query(table, model, false, hash, rangeCondition(model.shape.keys().rangeType(), true));
		}
	}

	/** SET creates a missing item; REMOVE of a missing item creates none. */
	private void update(String table, ReferenceTable model) {
		Map<String, AttributeValue> key = random.key(model.shape);
		boolean remove = random.chance(50);
		String attribute = (model.shape.hasIndex() && random.chance(50)) ? model.shape.indexKeys().range() : "v";
		if (attribute == null || model.shape.keys().hash().equals(attribute)) {
			attribute = "v";
		}
		String name = attribute;
		AttributeValue value = "v".equals(name) ? AttributeValue.fromS("u" + random.between(0, 99))
				: random.of(model.shape.indexKeys().rangeType(), false);
		var response = db.updateItem(request -> {
			request.tableName(table).key(key).returnValues(ReturnValue.ALL_NEW).expressionAttributeNames(Map.of("#a", name));
			if (remove) {
				request.updateExpression("REMOVE #a");
			}
			else {
				request.updateExpression("SET #a = :v").expressionAttributeValues(Map.of(":v", value));
			}
		});
		Map<String, AttributeValue> old = model.get(key);
		if (old == null && remove) {
			assertThat(response.hasAttributes()).as("remove-only update of a missing item returns nothing").isFalse();
			return;
		}
		Map<String, AttributeValue> updated = new LinkedHashMap<>((old != null) ? old : key);
		if (remove) {
			updated.remove(name);
		}
		else {
			updated.put(name, value);
		}
		model.put(updated);
		assertThat(response.attributes()).as("ALL_NEW").isEqualTo(updated);
	}

	private void batchWrite(String table, ReferenceTable model) {
		Map<Map<String, AttributeValue>, WriteRequest> requests = new LinkedHashMap<>();
		Map<Map<String, AttributeValue>, Map<String, AttributeValue>> puts = new LinkedHashMap<>();
		for (int i = random.between(1, 4); i > 0; i--) {
			Map<String, AttributeValue> item = random.item(model.shape);
			Map<String, AttributeValue> key = model.keyOf(item);
			if (random.chance(50)) {
				requests.put(key, WriteRequest.builder().putRequest(put -> put.item(item)).build());
				puts.put(key, item);
			}
			else {
				requests.put(key, WriteRequest.builder().deleteRequest(delete -> delete.key(key)).build());
				puts.put(key, null);
			}
		}
		var response = db.batchWriteItem(request -> request.requestItems(Map.of(table, List.copyOf(requests.values()))));
		assertThat(response.unprocessedItems()).isEmpty();
		puts.forEach((key, item) -> {
			if (item != null) {
				model.put(item);
			}
			else {
				model.delete(key);
			}
		});
	}

	private void transactWrite(String table, ReferenceTable model) {
		Map<String, AttributeValue> item = random.item(model.shape);
		Map<String, AttributeValue> other = random.key(model.shape);
		List<TransactWriteItem> actions = new ArrayList<>();
		actions.add(TransactWriteItem.builder().put(put -> put.tableName(table).item(item)).build());
		boolean deletes = !other.equals(model.keyOf(item));
		if (deletes) {
			actions.add(TransactWriteItem.builder().delete(delete -> delete.tableName(table).key(other)).build());
		}
		db.transactWriteItems(request -> request.transactItems(actions));
		model.put(item);
		if (deletes) {
			model.delete(other);
		}
	}

	private void query(String table, ReferenceTable model, boolean onIndex) {
		TableShape.Keys keys = onIndex ? model.shape.indexKeys() : model.shape.keys();
		AttributeValue hash = random.hash(keys.hashType(), !keys.hasRange());
		ReferenceTable.RangeCondition range = keys.hasRange() ? rangeCondition(keys.rangeType(), false) : ReferenceTable.RangeCondition.NONE;
		if ("BETWEEN".equals(range.op()) && KeyOrder.compare(range.low(), range.high()) > 0) {
			expectClientError(() -> reads.query(table, model, onIndex, hash, range), "ValidationException");
			return;
		}
		reads.query(table, model, onIndex, hash, range);
	}

	/** A random sort key condition ({@code always}: never NONE), with BETWEEN bounds in order unless it may be invalid. */
	private ReferenceTable.RangeCondition rangeCondition(ScalarAttributeType type, boolean always) {
		List<String> operators = (type == ScalarAttributeType.N) ? OPERATORS.subList(0, 7) : OPERATORS;
		String op = random.pick(always ? operators.subList(1, operators.size()) : operators);
		if (op.equals("NONE")) {
			return ReferenceTable.RangeCondition.NONE;
		}
		AttributeValue low = random.of(type, false);
		AttributeValue high = op.equals("BETWEEN") ? random.of(type, false) : null;
		if (high != null && (always || random.chance(70)) && KeyOrder.compare(low, high) > 0) {
			return new ReferenceTable.RangeCondition(op, high, low);
		}
		return new ReferenceTable.RangeCondition(op, low, high);
	}

	/** Invalid requests over the same tables: each must be a 400 with DynamoDB's error type. */
	private void invalid(String table, ReferenceTable model) {
		TableShape.Keys keys = model.shape.keys();
		ScalarAttributeType wrongType = (keys.hashType() == ScalarAttributeType.S) ? ScalarAttributeType.N : ScalarAttributeType.S;
		switch (random.between(0, 5)) {
			case 0 -> expectClientError(() -> db.getItem(request -> request.tableName(table)
				.key(Map.of(keys.hash(), random.of(wrongType, true)))), "ValidationException");
			case 1 -> expectClientError(() -> db.query(request -> request.tableName(table + "Missing")
				.keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", AttributeValue.fromS("a")))), "ResourceNotFoundException");
			case 2 -> expectClientError(() -> db.query(request -> request.tableName(table).indexName("noSuchIndex")
				.keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", random.of(keys.hashType(), true)))), "ValidationException");
			case 3 -> expectClientError(() -> db.query(request -> request.tableName(table)
				.keyConditionExpression("#p = :p AND").expressionAttributeNames(Map.of("#p", keys.hash()))
				.expressionAttributeValues(Map.of(":p", random.of(keys.hashType(), true)))), "ValidationException");
			case 4 -> expectClientError(() -> db.scan(request -> request.tableName(table).limit(0)), "ValidationException");
			default -> expectClientError(() -> db.query(request -> request.tableName(table)
				.keyConditionExpression("#p = :p").expressionAttributeNames(Map.of("#p", keys.hash()))
				.expressionAttributeValues(Map.of(":p", random.of(keys.hashType(), true)))
				.exclusiveStartKey(Map.of("other", AttributeValue.fromS("x")))), "ValidationException");
		}
	}

	private static void expectClientError(ThrowingCallable call, String errorCode) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).isInstanceOf(DynamoDbException.class);
		DynamoDbException error = (DynamoDbException) thrown;
		assertThat(error.statusCode()).as("status of " + error.getMessage()).isEqualTo(400);
		assertThat(error.awsErrorDetails().errorCode()).as(error.getMessage()).isEqualTo(errorCode);
	}

}
