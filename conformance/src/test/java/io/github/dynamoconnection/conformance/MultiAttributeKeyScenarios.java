package io.github.dynamoconnection.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.key;
import static io.github.dynamoconnection.conformance.Tables.projection;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Global secondary indexes with multi-attribute keys (DynamoDB, November 2025): up to four
 * partition key and four sort key attributes; queries need equality on every partition key
 * attribute and use sort key attributes left to right, a range condition only on the last one used.
 */
class MultiAttributeKeyScenarios {

	/** Orders: key {@code id}; index {@code byRegionAndStore}: HASH region, HASH store; RANGE day (S), RANGE amount (N). */
	private static void createOrders(DynamoDbClient db, boolean withIndex) {
		db.createTable(request -> {
			request.tableName("Orders")
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.keySchema(key("id", KeyType.HASH))
				.attributeDefinitions(definition("id", ScalarAttributeType.S), definition("region", ScalarAttributeType.S),
						definition("store", ScalarAttributeType.S), definition("day", ScalarAttributeType.S),
						definition("amount", ScalarAttributeType.N));
			if (withIndex) {
				request.globalSecondaryIndexes(index());
			}
			else {
				request.attributeDefinitions(definition("id", ScalarAttributeType.S));
			}
		});
		db.waiter().waitUntilTableExists(request -> request.tableName("Orders"));
	}

	private static GlobalSecondaryIndex index() {
		return GlobalSecondaryIndex.builder()
			.indexName("byRegionAndStore")
			.keySchema(key("region", KeyType.HASH), key("store", KeyType.HASH), key("day", KeyType.RANGE),
					key("amount", KeyType.RANGE))
			.projection(projection(ProjectionType.ALL))
			.build();
	}

	private static AttributeDefinition definition(String name, ScalarAttributeType type) {
		return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
	}

	private static void order(DynamoDbClient db, String id, String region, String store, String day, String amount) {
		Map<String, AttributeValue> item = new java.util.LinkedHashMap<>(item("id", s(id)));
		if (region != null) {
			item.put("region", s(region));
		}
		if (store != null) {
			item.put("store", s(store));
		}
		if (day != null) {
			item.put("day", s(day));
		}
		if (amount != null) {
			item.put("amount", n(amount));
		}
		db.putItem(request -> request.tableName("Orders").item(item));
	}

	private static void someOrders(DynamoDbClient db) {
		order(db, "o1", "eu", "paris", "2025-01-02", "20");
		order(db, "o2", "eu", "paris", "2025-01-01", "3");
		order(db, "o3", "eu", "paris", "2025-01-02", "-2.5");
		order(db, "o4", "eu", "paris", "2025-01-02", "100");
		order(db, "o5", "eu", "lyon", "2025-01-02", "7");
		order(db, "o6", "us", "paris", "2025-01-02", "9");
		order(db, "o7", "eu", "paris", "2025-01-03", "-10");
	}

	private static List<String> ids(QueryResponse response) {
		List<String> ids = new ArrayList<>();
		response.items().forEach(found -> ids.add(found.get("id").s()));
		return ids;
	}

	private static QueryResponse query(DynamoDbClient db, String condition, Map<String, AttributeValue> values) {
		return db.query(request -> request.tableName("Orders")
			.indexName("byRegionAndStore")
			.keyConditionExpression(condition)
			.expressionAttributeNames(names(condition))
			.expressionAttributeValues(values));
	}

	/** The placeholders the condition uses. */
	private static Map<String, String> names(String condition) {
		Map<String, String> names = new java.util.HashMap<>();
		Map.of("#r", "region", "#s", "store", "#d", "day", "#a", "amount").forEach((placeholder, name) -> {
			if (condition.contains(placeholder)) {
				names.put(placeholder, name);
			}
		});
		return names;
	}

	@Scenario
	void multiAttributeIndexKeyIsDescribedInOrder(Backend backend) {
		DynamoDbClient db = backend.client();
		createOrders(db, true);

		List<KeySchemaElement> keySchema = db.describeTable(request -> request.tableName("Orders"))
			.table()
			.globalSecondaryIndexes()
			.get(0)
			.keySchema();

		assertThat(keySchema).extracting(element -> element.attributeName() + ":" + element.keyTypeAsString())
			.containsExactly("region:HASH", "store:HASH", "day:RANGE", "amount:RANGE");
	}

	@Scenario
	void queryOnAllPartitionAttributesReturnsThePartitionInSortKeyOrder(Backend backend) {
		DynamoDbClient db = backend.client();
		createOrders(db, true);
		someOrders(db);

		QueryResponse response = query(db, "#r = :r AND #s = :s", item(":r", s("eu"), ":s", s("paris")));

		assertThat(ids(response)).containsExactly("o2", "o3", "o1", "o4", "o7");
	}

	@Scenario
	void equalityOnTheFirstSortAttributeAndARangeOnTheNext(Backend backend) {
		DynamoDbClient db = backend.client();
		createOrders(db, true);
		someOrders(db);

		QueryResponse response = query(db, "#r = :r AND #s = :s AND #d = :d AND #a > :a",
				item(":r", s("eu"), ":s", s("paris"), ":d", s("2025-01-02"), ":a", n("0")));
		QueryResponse backwards = db.query(request -> request.tableName("Orders")
			.indexName("byRegionAndStore")
			.keyConditionExpression("#r = :r AND #s = :s AND #d = :d")
			.expressionAttributeNames(Map.of("#r", "region", "#s", "store", "#d", "day"))
			.expressionAttributeValues(item(":r", s("eu"), ":s", s("paris"), ":d", s("2025-01-02")))
			.scanIndexForward(false));

		assertThat(ids(response)).containsExactly("o1", "o4");
		assertThat(ids(backwards)).containsExactly("o4", "o1", "o3");
	}

	@Scenario
	void rangeConditionOnTheFirstSortAttribute(Backend backend) {
		DynamoDbClient db = backend.client();
		createOrders(db, true);
		someOrders(db);

		QueryResponse between = query(db, "#r = :r AND #s = :s AND #d BETWEEN :from AND :to",
				item(":r", s("eu"), ":s", s("paris"), ":from", s("2025-01-02"), ":to", s("2025-01-03")));
		QueryResponse before = query(db, "#r = :r AND #s = :s AND #d < :d",
				item(":r", s("eu"), ":s", s("paris"), ":d", s("2025-01-02")));
		QueryResponse prefix = query(db, "#r = :r AND #s = :s AND begins_with(#d, :d)",
				item(":r", s("eu"), ":s", s("paris"), ":d", s("2025-01-0")));

		assertThat(ids(between)).containsExactly("o3", "o1", "o4", "o7");
		assertThat(ids(before)).containsExactly("o2");
		assertThat(ids(prefix)).containsExactly("o2", "o3", "o1", "o4", "o7");
	}

	@Scenario
	void everyPartitionKeyAttributeNeedsAnEquality(Backend backend) {
		DynamoDbClient db = backend.client();
		createOrders(db, true);

		assertValidation(() -> query(db, "#r = :r", item(":r", s("eu"))), "store");
	}

	@Scenario
	void sortKeyAttributesAreUsedLeftToRight(Backend backend) {
		DynamoDbClient db = backend.client();
		createOrders(db, true);

		assertValidation(() -> query(db, "#r = :r AND #s = :s AND #a = :a",
				item(":r", s("eu"), ":s", s("paris"), ":a", n("1"))));
	}

	@Scenario
	void onlyTheLastSortKeyAttributeUsedMayHaveARange(Backend backend) {
		DynamoDbClient db = backend.client();
		createOrders(db, true);

		assertValidation(() -> query(db, "#r = :r AND #s = :s AND #d > :d AND #a = :a",
				item(":r", s("eu"), ":s", s("paris"), ":d", s("2025"), ":a", n("1"))));
	}

	@Scenario
	void itemMissingAnyIndexKeyAttributeStaysOutOfTheIndex(Backend backend) {
		DynamoDbClient db = backend.client();
		createOrders(db, true);
		order(db, "complete", "eu", "paris", "2025-01-01", "1");
		order(db, "noStore", "eu", null, "2025-01-01", "1");
		order(db, "noAmount", "eu", "paris", "2025-01-01", null);

		int indexed = db.scan(request -> request.tableName("Orders").indexName("byRegionAndStore")).count();

		assertThat(indexed).isEqualTo(1);
	}

	@Scenario
	void updateTableCreatesAMultiAttributeIndexOverExistingItems(Backend backend) {
		DynamoDbClient db = backend.client();
		createOrders(db, false);
		someOrders(db);

		db.updateTable(request -> request.tableName("Orders")
			.attributeDefinitions(definition("region", ScalarAttributeType.S), definition("store", ScalarAttributeType.S),
					definition("day", ScalarAttributeType.S), definition("amount", ScalarAttributeType.N))
			.globalSecondaryIndexUpdates(update -> update.create(create -> create.indexName("byRegionAndStore")
				.keySchema(index().keySchema())
				.projection(projection(ProjectionType.KEYS_ONLY)))));
		org.awaitility.Awaitility.await()
			.until(() -> db.describeTable(request -> request.tableName("Orders"))
				.table()
				.globalSecondaryIndexes()
				.get(0)
				.indexStatusAsString()
				.equals("ACTIVE"));

		assertThat(ids(query(db, "#r = :r AND #s = :s", item(":r", s("eu"), ":s", s("lyon"))))).containsExactly("o5");
	}

	@Scenario
	void partiqlSelectOnTheIndexFiltersByItsKeyAttributes(Backend backend) {
		DynamoDbClient db = backend.client();
		createOrders(db, true);
		someOrders(db);

		List<String> ids = new ArrayList<>();
		db.executeStatement(request -> request
			.statement("SELECT id FROM \"Orders\".\"byRegionAndStore\" WHERE region = 'eu' AND store = 'lyon'"))
			.items()
			.forEach(found -> ids.add(found.get("id").s()));

		assertThat(ids).containsExactly("o5");
	}

	@Scenario
	void moreThanFourPartitionKeyAttributesAreRejected(Backend backend) {
		DynamoDbClient db = backend.client();

		assertValidation(() -> db.createTable(request -> request.tableName("Wide")
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.keySchema(key("id", KeyType.HASH))
			.attributeDefinitions(definition("id", ScalarAttributeType.S), definition("a", ScalarAttributeType.S),
					definition("b", ScalarAttributeType.S), definition("c", ScalarAttributeType.S),
					definition("d", ScalarAttributeType.S), definition("e", ScalarAttributeType.S))
			.globalSecondaryIndexes(GlobalSecondaryIndex.builder()
				.indexName("wide")
				.keySchema(key("a", KeyType.HASH), key("b", KeyType.HASH), key("c", KeyType.HASH), key("d", KeyType.HASH),
						key("e", KeyType.HASH))
				.projection(projection(ProjectionType.ALL))
				.build())));
	}

}
