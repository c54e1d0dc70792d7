package io.github.dynamoconnection.embedded.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;

import static org.assertj.core.api.Assertions.assertThat;

/** The reads the reference-model test compares with its model: each asserts the engine's answer equals the model's. */
final class ReadChecks {

	private final DynamoDbClient db;

	private final RandomValues random;

	ReadChecks(DynamoDbClient db, RandomValues random) {
		this.db = db;
		this.random = random;
	}

	/** A Query (table or index) with a random sort key condition, direction and page size, read page by page. */
	void query(String table, ReferenceTable model, boolean onIndex, AttributeValue hash, ReferenceTable.RangeCondition range) {
		TableShape.Keys keys = onIndex ? model.shape.indexKeys() : model.shape.keys();
		boolean forward = random.chance(50);
		Integer limit = random.chance(40) ? null : random.between(1, 4);
		Map<String, AttributeValue> values = new LinkedHashMap<>();
		values.put(":h", hash);
		String expression = "#h = :h";
		Map<String, String> names = new LinkedHashMap<>();
		names.put("#h", keys.hash());
		if (range != ReferenceTable.RangeCondition.NONE) {
			names.put("#r", keys.range());
			values.put(":lo", range.low());
			expression += switch (range.op()) {
				case "BETWEEN" -> {
					values.put(":hi", range.high());
					yield " AND #r BETWEEN :lo AND :hi";
				}
				case "begins_with" -> " AND begins_with(#r, :lo)";
				default -> " AND #r " + range.op() + " :lo";
			};
		}
		List<Map<String, AttributeValue>> expected = model.query(onIndex, hash, range, forward);
		List<Map<String, AttributeValue>> actual = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		int pages = 0;
		do {
			QueryRequest.Builder request = QueryRequest.builder()
				.tableName(table)
				.keyConditionExpression(expression)
				.expressionAttributeNames(names)
				.expressionAttributeValues(values)
				.scanIndexForward(forward)
				.limit(limit)
				.exclusiveStartKey(start)
				.returnConsumedCapacity(random.pick(List.of(ReturnConsumedCapacity.INDEXES, ReturnConsumedCapacity.TOTAL, ReturnConsumedCapacity.NONE)));
			if (onIndex) {
				request.indexName(model.shape.indexName());
			}
			QueryResponse page = db.query(request.build());
			if (limit != null) {
				assertThat(page.count()).as("page size").isLessThanOrEqualTo(limit);
			}
			actual.addAll(page.items());
			start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
			assertThat(++pages).as("pages").isLessThanOrEqualTo(expected.size() + 1);
		}
		while (start != null);
		if (onIndex) {
			// items with the same index sort key have no documented order: compare the sort key sequence and the multiset
			assertThat(sortKeys(actual, keys)).as("index sort key order").isEqualTo(sortKeys(expected, keys));
			assertThat(canonical(actual)).as("index query items").isEqualTo(canonical(expected));
		}
		else {
			assertThat(actual).as("query items in order").isEqualTo(expected);
		}
	}

	/** A Scan (table or index), in pages and possibly in parallel segments. */
	void scan(String table, ReferenceTable model, boolean onIndex) {
		Integer limit = random.chance(40) ? null : random.between(1, 5);
		int segments = random.between(1, 3);
		List<Map<String, AttributeValue>> actual = new ArrayList<>();
		for (int segment = 0; segment < segments; segment++) {
			Map<String, AttributeValue> start = null;
			do {
				Map<String, AttributeValue> from = start;
				int current = segment;
				ScanResponse page = db.scan(request -> {
					request.tableName(table).limit(limit).exclusiveStartKey(from).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
					if (segments > 1) {
						request.segment(current).totalSegments(segments);
					}
					if (onIndex) {
						request.indexName(model.shape.indexName());
					}
				});
				actual.addAll(page.items());
				start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
			}
			while (start != null);
		}
		assertThat(canonical(actual)).as("scan items").isEqualTo(canonical(model.scan(onIndex)));
	}

	void getItem(String table, ReferenceTable model) {
		Map<String, AttributeValue> key = random.key(model.shape);
		var response = db.getItem(request -> request.tableName(table).key(key).consistentRead(random.chance(50))
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
		assertThat(response.hasItem() ? response.item() : null).as("GetItem " + key).isEqualTo(model.get(key));
	}

	void batchGet(String table, ReferenceTable model) {
		Set<Map<String, AttributeValue>> keys = distinctKeys(model);
		var response = db.batchGetItem(request -> request
			.requestItems(Map.of(table, KeysAndAttributes.builder().keys(keys).build()))
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
		assertThat(response.unprocessedKeys()).isEmpty();
		List<Map<String, AttributeValue>> expected = keys.stream().map(model::get).filter(item -> item != null).toList();
		assertThat(canonical(response.responses().getOrDefault(table, List.of()))).as("BatchGetItem").isEqualTo(canonical(expected));
	}

	void transactGet(String table, ReferenceTable model) {
		List<Map<String, AttributeValue>> keys = new ArrayList<>(distinctKeys(model));
		var response = db.transactGetItems(request -> request
			.transactItems(keys.stream().map(key -> TransactGetItem.builder().get(get -> get.tableName(table).key(key)).build()).toList())
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
		List<ItemResponse> responses = response.responses();
		assertThat(responses).hasSize(keys.size());
		for (int i = 0; i < keys.size(); i++) {
			ItemResponse item = responses.get(i);
			assertThat(item.hasItem() ? item.item() : null).as("TransactGetItems " + keys.get(i)).isEqualTo(model.get(keys.get(i)));
		}
	}

	/** PartiQL SELECT of one partition (a Query inside the engine), with a sort key comparison half the time. */
	void partiqlSelect(String table, ReferenceTable model) {
		TableShape.Keys keys = model.shape.keys();
		AttributeValue hash = random.hash(keys.hashType(), !keys.hasRange());
		String statement = "SELECT * FROM \"" + table + "\" WHERE \"" + keys.hash() + "\" = ?";
		List<AttributeValue> parameters = new ArrayList<>(List.of(hash));
		ReferenceTable.RangeCondition range = ReferenceTable.RangeCondition.NONE;
		if (keys.hasRange() && random.chance(50)) {
			range = new ReferenceTable.RangeCondition(random.pick(List.of("=", "<", "<=", ">", ">=")), random.of(keys.rangeType(), false), null);
			statement += " AND \"" + keys.range() + "\" " + range.op() + " ?";
			parameters.add(range.low());
		}
		String text = statement;
		var response = db.executeStatement(request -> request.statement(text).parameters(parameters));
		assertThat(canonical(response.items())).as(text)
			.isEqualTo(canonical(model.query(false, hash, range, true)));
	}

	private Set<Map<String, AttributeValue>> distinctKeys(ReferenceTable model) {
		Set<Map<String, AttributeValue>> keys = new LinkedHashSet<>();
		int count = random.between(1, 5);
		for (int i = 0; i < count; i++) {
			keys.add(random.key(model.shape));
		}
		return keys;
	}

	private static List<AttributeValue> sortKeys(List<Map<String, AttributeValue>> items, TableShape.Keys keys) {
		return items.stream().map(item -> keys.hasRange() ? item.get(keys.range()) : AttributeValue.fromNul(true)).toList();
	}

	/** Items as sorted canonical strings, to compare collections whose order is not defined. */
	static List<String> canonical(List<Map<String, AttributeValue>> items) {
		return items.stream().map(item -> new TreeMap<>(item).toString()).sorted().toList();
	}

}
