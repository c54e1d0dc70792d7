package io.github.dynamoconnection.conformance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.projection;
import static io.github.dynamoconnection.conformance.Tables.rangeTable;
import static io.github.dynamoconnection.conformance.Values.bytes;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/** Query: key conditions, sort orders, pagination, Select, filters, projections and indexes. */
class QueryScenarios {

	/** Partition "a" holds sort keys -5, 1, 2, 2.5, 10 (stored out of order); partition "b" holds 1. */
	private static DynamoDbClient numbers(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Numbers", ScalarAttributeType.N).create(db);
		for (String sk : List.of("10", "2", "-5", "2.5", "1")) {
			db.putItem(request -> request.tableName("Numbers").item(item("pk", s("a"), "sk", n(sk), "even", Values.bool(sk.equals("2") || sk.equals("10")))));
		}
		db.putItem(request -> request.tableName("Numbers").item(item("pk", s("b"), "sk", n(1))));
		return db;
	}

	private static QueryResponse query(DynamoDbClient db, String table, String keyCondition, Object... values) {
		return db.query(request -> request.tableName(table).keyConditionExpression(keyCondition).expressionAttributeValues(item(values)));
	}

	private static List<String> sortKeys(QueryResponse response) {
		return response.items().stream().map(found -> found.get("sk").n()).toList();
	}

	private static List<String> sortKeys(DynamoDbClient db, String keyCondition, Object... values) {
		return sortKeys(query(db, "Numbers", keyCondition, values));
	}

	@Scenario
	void queryReturnsPartitionOrderedByNumericSortKey(Backend backend) {
		assertThat(sortKeys(numbers(backend), "pk = :p", ":p", s("a"))).containsExactly("-5", "1", "2", "2.5", "10");
	}

	@Scenario
	void negativeFractionalAndExponentNumbersOrderNumerically(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Numbers", ScalarAttributeType.N).create(db);
		for (String sk : List.of("1E+2", "-2.5", "0.001", "-10", "0", "-1", "99.99")) {
			db.putItem(request -> request.tableName("Numbers").item(item("pk", s("a"), "sk", n(sk))));
		}

		assertThat(sortKeys(db, "pk = :p", ":p", s("a"))).extracting(BigDecimal::new)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("-10"), new BigDecimal("-2.5"), new BigDecimal("-1"),
					new BigDecimal("0"), new BigDecimal("0.001"), new BigDecimal("99.99"),
					new BigDecimal("1E+2"));
	}

	@Scenario
	void exclusiveStartKeyMissingTheSortKeyIsRejected(Backend backend) {
		DynamoDbClient db = numbers(backend);

		assertValidation(() -> db.query(request -> request.tableName("Numbers")
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("a")))
			.exclusiveStartKey(item("pk", s("a")))), "The provided starting key is invalid");
	}

	@Scenario
	void limitOfZeroIsRejected(Backend backend) {
		DynamoDbClient db = numbers(backend);

		assertValidation(() -> db.query(request -> request.tableName("Numbers")
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("a")))
			.limit(0)));
	}

	@Scenario
	void scanIndexForwardFalseReversesOrder(Backend backend) {
		DynamoDbClient db = numbers(backend);

		QueryResponse response = db.query(request -> request.tableName("Numbers")
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("a")))
			.scanIndexForward(false));

		assertThat(sortKeys(response)).containsExactly("10", "2.5", "2", "1", "-5");
	}

	@Scenario
	void sortKeyEqualsAndComparisons(Backend backend) {
		DynamoDbClient db = numbers(backend);

		assertThat(sortKeys(db, "pk = :p AND sk = :v", ":p", s("a"), ":v", n(2))).containsExactly("2");
		assertThat(sortKeys(db, "pk = :p AND sk < :v", ":p", s("a"), ":v", n(2))).containsExactly("-5", "1");
		assertThat(sortKeys(db, "pk = :p AND sk <= :v", ":p", s("a"), ":v", n(2))).containsExactly("-5", "1", "2");
		assertThat(sortKeys(db, "pk = :p AND sk > :v", ":p", s("a"), ":v", n(2))).containsExactly("2.5", "10");
		assertThat(sortKeys(db, "pk = :p AND sk >= :v", ":p", s("a"), ":v", n(2))).containsExactly("2", "2.5", "10");
	}

	@Scenario
	void keyConditionAcceptsNamePlaceholders(Backend backend) {
		DynamoDbClient db = numbers(backend);

		QueryResponse response = db.query(request -> request.tableName("Numbers")
			.keyConditionExpression("#p = :p AND #s > :v")
			.expressionAttributeNames(Map.of("#p", "pk", "#s", "sk"))
			.expressionAttributeValues(item(":p", s("a"), ":v", n(2))));

		assertThat(sortKeys(response)).containsExactly("2.5", "10");
	}

	@Scenario
	void binaryPartitionKeyIsQueryable(Backend backend) {
		DynamoDbClient db = backend.client();
		Tables.table("Blobs", "id", ScalarAttributeType.B).sortKey("sk", ScalarAttributeType.N).create(db);
		db.putItem(request -> request.tableName("Blobs").item(item("id", Values.b(1, 2), "sk", n(1))));
		db.putItem(request -> request.tableName("Blobs").item(item("id", Values.b(1, 3), "sk", n(1))));

		assertThat(query(db, "Blobs", "id = :id", ":id", Values.b(1, 2)).items()).containsExactly(item("id", Values.b(1, 2), "sk", n(1)));
	}

	@Scenario
	void sortKeyBetweenIsInclusive(Backend backend) {
		assertThat(sortKeys(numbers(backend), "pk = :p AND sk BETWEEN :lo AND :hi", ":p", s("a"), ":lo", n(1), ":hi", n("2.5")))
			.containsExactly("1", "2", "2.5");
	}

	@Scenario
	void sortKeyBeginsWithMatchesStringPrefix(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Strings", ScalarAttributeType.S).create(db);
		for (String sk : List.of("order#2", "order#1", "invoice#1", "order")) {
			db.putItem(request -> request.tableName("Strings").item(item("pk", s("a"), "sk", s(sk))));
		}

		QueryResponse response = query(db, "Strings", "pk = :p AND begins_with(sk, :prefix)", ":p", s("a"), ":prefix", s("order#"));

		assertThat(response.items()).extracting(found -> found.get("sk").s()).containsExactly("order#1", "order#2");
	}

	@Scenario
	void beginsWithOnNumberSortKeyIsRejected(Backend backend) {
		DynamoDbClient db = numbers(backend);

		assertValidation(() -> query(db, "Numbers", "pk = :p AND begins_with(sk, :prefix)", ":p", s("a"), ":prefix", n(1)));
	}

	@Scenario
	void stringSortKeysOrderByUnsignedUtf8Bytes(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Strings", ScalarAttributeType.S).create(db);
		// UTF-8 byte order; Java's UTF-16 String order would put the emoji before the full-width A
		for (String sk : List.of("\uD83D\uDE00", "a", "\uFF21", "B", "é", "aa", "Z", "~")) {
			db.putItem(request -> request.tableName("Strings").item(item("pk", s("a"), "sk", s(sk))));
		}

		assertThat(query(db, "Strings", "pk = :p", ":p", s("a")).items()).extracting(found -> found.get("sk").s())
			.containsExactly("B", "Z", "a", "aa", "~", "é", "\uFF21", "\uD83D\uDE00");
	}

	@Scenario
	void binarySortKeysOrderByUnsignedBytes(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Binaries", ScalarAttributeType.B).create(db);
		List<SdkBytes> keys = List.of(bytes(0xFF), bytes(0x80), bytes(0x01, 0x00), bytes(0x7F), bytes(0x00), bytes(0x01));
		for (SdkBytes sk : keys) {
			db.putItem(request -> request.tableName("Binaries").item(item("pk", s("a"), "sk", AttributeValue.fromB(sk))));
		}

		assertThat(query(db, "Binaries", "pk = :p", ":p", s("a")).items()).extracting(found -> found.get("sk").b())
			.containsExactly(bytes(0x00), bytes(0x01), bytes(0x01, 0x00), bytes(0x7F), bytes(0x80), bytes(0xFF));
	}

	@Scenario
	void limitStopsPageWithLastEvaluatedKeyAndExclusiveStartKeyResumes(Backend backend) {
		DynamoDbClient db = numbers(backend);
		QueryRequest request = QueryRequest.builder()
			.tableName("Numbers")
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("a")))
			.limit(2)
			.build();

		QueryResponse first = db.query(request);
		QueryResponse second = db.query(request.toBuilder().exclusiveStartKey(first.lastEvaluatedKey()).build());

		assertThat(sortKeys(first)).containsExactly("-5", "1");
		assertThat(first.lastEvaluatedKey()).isEqualTo(item("pk", s("a"), "sk", n(1)));
		assertThat(sortKeys(second)).containsExactly("2", "2.5");
	}

	@Scenario
	void backwardPagesResumeFromTheLastEvaluatedKey(Backend backend) {
		DynamoDbClient db = numbers(backend);

		List<String> all = new ArrayList<>();
		db.queryPaginator(request -> request.tableName("Numbers")
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("a")))
			.scanIndexForward(false)
			.limit(2)).items().forEach(found -> all.add(found.get("sk").n()));

		assertThat(all).containsExactly("10", "2.5", "2", "1", "-5");
	}

	@Scenario
	void pageEndingAtLimitReturnsLastEvaluatedKeyEvenWhenNothingFollows(Backend backend) {
		DynamoDbClient db = numbers(backend);

		QueryResponse response = db.query(request -> request.tableName("Numbers")
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("b")))
			.limit(1));

		assertThat(sortKeys(response)).containsExactly("1");
		assertThat(response.lastEvaluatedKey()).isEqualTo(item("pk", s("b"), "sk", n(1)));
	}

	@Scenario
	void queryPaginatorFollowsEveryPage(Backend backend) {
		DynamoDbClient db = numbers(backend);

		List<String> all = new ArrayList<>();
		db.queryPaginator(request -> request.tableName("Numbers")
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("a")))
			.limit(2)).items().forEach(found -> all.add(found.get("sk").n()));

		assertThat(all).containsExactly("-5", "1", "2", "2.5", "10");
	}

	@Scenario
	void selectCountReturnsOnlyTheCount(Backend backend) {
		DynamoDbClient db = numbers(backend);

		QueryResponse response = db.query(request -> request.tableName("Numbers")
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("a")))
			.select(Select.COUNT));

		assertThat(response.count()).isEqualTo(5);
		assertThat(response.scannedCount()).isEqualTo(5);
		assertThat(response.items()).isEmpty();
	}

	@Scenario
	void selectCountWithProjectionIsRejected(Backend backend) {
		DynamoDbClient db = numbers(backend);

		assertValidation(() -> db.query(request -> request.tableName("Numbers")
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("a")))
			.select(Select.COUNT)
			.projectionExpression("even")));
	}

	@Scenario
	void allProjectedAttributesWithoutIndexIsRejected(Backend backend) {
		DynamoDbClient db = numbers(backend);

		assertValidation(() -> db.query(request -> request.tableName("Numbers")
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("a")))
			.select(Select.ALL_PROJECTED_ATTRIBUTES)));
	}

	@Scenario
	void filterRemovesItemsAfterTheyAreRead(Backend backend) {
		DynamoDbClient db = numbers(backend);

		QueryResponse response = db.query(request -> request.tableName("Numbers")
			.keyConditionExpression("pk = :p")
			.filterExpression("even = :yes")
			.expressionAttributeValues(item(":p", s("a"), ":yes", Values.bool(true))));

		assertThat(sortKeys(response)).containsExactly("2", "10");
		assertThat(response.count()).isEqualTo(2);
		assertThat(response.scannedCount()).isEqualTo(5);
	}

	@Scenario
	void limitCountsItemsReadBeforeTheFilter(Backend backend) {
		DynamoDbClient db = numbers(backend);

		QueryResponse response = db.query(request -> request.tableName("Numbers")
			.keyConditionExpression("pk = :p")
			.filterExpression("even = :yes")
			.expressionAttributeValues(item(":p", s("a"), ":yes", Values.bool(true)))
			.limit(2));

		assertThat(response.count()).isZero();
		assertThat(response.scannedCount()).isEqualTo(2);
		assertThat(response.lastEvaluatedKey()).isEqualTo(item("pk", s("a"), "sk", n(1)));
	}

	@Scenario
	void filterOnKeyAttributeIsRejected(Backend backend) {
		DynamoDbClient db = numbers(backend);

		assertValidation(() -> db.query(request -> request.tableName("Numbers")
			.keyConditionExpression("pk = :p")
			.filterExpression("sk > :v")
			.expressionAttributeValues(item(":p", s("a"), ":v", n(1)))),
				"Filter Expression can only contain non-primary key attributes: Primary key attribute: sk");
	}

	@Scenario
	void projectionExpressionLimitsReturnedAttributes(Backend backend) {
		DynamoDbClient db = numbers(backend);

		QueryResponse response = db.query(request -> request.tableName("Numbers")
			.keyConditionExpression("pk = :p AND sk = :v")
			.projectionExpression("even")
			.expressionAttributeValues(item(":p", s("a"), ":v", n(2))));

		assertThat(response.items()).containsExactly(item("even", Values.bool(true)));
	}

	@Scenario
	void keyConditionOnNonKeyAttributeIsRejected(Backend backend) {
		DynamoDbClient db = numbers(backend);

		assertValidation(() -> query(db, "Numbers", "pk = :p AND even = :yes", ":p", s("a"), ":yes", Values.bool(true)));
	}

	@Scenario
	void keyConditionWithoutPartitionKeyIsRejected(Backend backend) {
		DynamoDbClient db = numbers(backend);

		assertValidation(() -> query(db, "Numbers", "sk = :v", ":v", n(1)), "Query condition missed key schema element");
	}

	@Scenario
	void keyConditionWithTwoSortKeyConditionsIsRejected(Backend backend) {
		DynamoDbClient db = numbers(backend);

		assertValidation(() -> query(db, "Numbers", "pk = :p AND sk > :lo AND sk < :hi", ":p", s("a"), ":lo", n(1), ":hi", n(5)));
	}

	@Scenario
	void keyConditionWithOrIsRejected(Backend backend) {
		DynamoDbClient db = numbers(backend);

		assertValidation(() -> query(db, "Numbers", "pk = :p OR sk = :v", ":p", s("a"), ":v", n(1)));
	}

	/** Table "Posts": pk, sk; GSI byOwner (owner, sk) with the given projection; LSI byRank (pk, rank). */
	private static DynamoDbClient posts(Backend backend, ProjectionType globalProjection) {
		DynamoDbClient db = backend.client();
		rangeTable("Posts", ScalarAttributeType.S)
			.globalIndex("byOwner", "owner", ScalarAttributeType.S, "sk", ScalarAttributeType.S,
					globalProjection == ProjectionType.INCLUDE ? projection(ProjectionType.INCLUDE, "title") : projection(globalProjection))
			.localIndex("byRank", "rank", ScalarAttributeType.N, projection(ProjectionType.ALL))
			.create(db);
		db.putItem(request -> request.tableName("Posts")
			.item(item("pk", s("p1"), "sk", s("x"), "owner", s("ann"), "rank", n(3), "title", s("T1"), "body", s("B1"))));
		db.putItem(request -> request.tableName("Posts")
			.item(item("pk", s("p1"), "sk", s("y"), "owner", s("ann"), "rank", n(1), "title", s("T2"), "body", s("B2"))));
		db.putItem(request -> request.tableName("Posts").item(item("pk", s("p1"), "sk", s("z"), "rank", n(2), "title", s("T3"))));
		db.putItem(request -> request.tableName("Posts").item(item("pk", s("p2"), "sk", s("x"), "owner", s("bob"), "title", s("T4"))));
		return db;
	}

	private static QueryResponse byOwner(DynamoDbClient db, String owner) {
		return db.query(request -> request.tableName("Posts")
			.indexName("byOwner")
			.keyConditionExpression("#o = :o")
			.expressionAttributeNames(Map.of("#o", "owner"))
			.expressionAttributeValues(item(":o", s(owner))));
	}

	@Scenario
	void globalIndexWithAllProjectionReturnsWholeItems(Backend backend) {
		DynamoDbClient db = posts(backend, ProjectionType.ALL);

		assertThat(byOwner(db, "ann").items()).containsExactly(
				item("pk", s("p1"), "sk", s("x"), "owner", s("ann"), "rank", n(3), "title", s("T1"), "body", s("B1")),
				item("pk", s("p1"), "sk", s("y"), "owner", s("ann"), "rank", n(1), "title", s("T2"), "body", s("B2")));
	}

	@Scenario
	void globalIndexWithKeysOnlyProjectionReturnsTableAndIndexKeys(Backend backend) {
		DynamoDbClient db = posts(backend, ProjectionType.KEYS_ONLY);

		assertThat(byOwner(db, "bob").items()).containsExactly(item("pk", s("p2"), "sk", s("x"), "owner", s("bob")));
	}

	@Scenario
	void globalIndexWithIncludeProjectionReturnsKeysAndIncludedAttributes(Backend backend) {
		DynamoDbClient db = posts(backend, ProjectionType.INCLUDE);

		assertThat(byOwner(db, "bob").items()).containsExactly(item("pk", s("p2"), "sk", s("x"), "owner", s("bob"), "title", s("T4")));
	}

	@Scenario
	void sparseGlobalIndexHoldsOnlyItemsWithTheIndexKey(Backend backend) {
		DynamoDbClient db = posts(backend, ProjectionType.KEYS_ONLY);

		List<Map<String, AttributeValue>> all = db.scan(request -> request.tableName("Posts").indexName("byOwner")).items();

		assertThat(all).hasSize(3).allSatisfy(indexed -> assertThat(indexed).containsKey("owner"));
	}

	@Scenario
	void globalIndexFollowsUpdatesAndDeletes(Backend backend) {
		DynamoDbClient db = posts(backend, ProjectionType.KEYS_ONLY);

		db.updateItem(request -> request.tableName("Posts")
			.key(item("pk", s("p1"), "sk", s("x")))
			.updateExpression("SET #o = :bob")
			.expressionAttributeNames(Map.of("#o", "owner"))
			.expressionAttributeValues(item(":bob", s("bob"))));
		db.deleteItem(request -> request.tableName("Posts").key(item("pk", s("p2"), "sk", s("x"))));

		assertThat(byOwner(db, "ann").items()).extracting(found -> found.get("sk").s()).containsExactly("y");
		assertThat(byOwner(db, "bob").items()).containsExactly(item("pk", s("p1"), "sk", s("x"), "owner", s("bob")));
	}

	@Scenario
	void globalIndexPageKeyHoldsIndexAndTableKeys(Backend backend) {
		DynamoDbClient db = posts(backend, ProjectionType.ALL);
		QueryRequest request = QueryRequest.builder()
			.tableName("Posts")
			.indexName("byOwner")
			.keyConditionExpression("#o = :o")
			.expressionAttributeNames(Map.of("#o", "owner"))
			.expressionAttributeValues(item(":o", s("ann")))
			.limit(1)
			.build();

		QueryResponse first = db.query(request);
		QueryResponse second = db.query(request.toBuilder().exclusiveStartKey(first.lastEvaluatedKey()).build());

		assertThat(first.lastEvaluatedKey()).isEqualTo(item("pk", s("p1"), "sk", s("x"), "owner", s("ann")));
		assertThat(second.items()).extracting(found -> found.get("sk").s()).containsExactly("y");
	}

	@Scenario
	void localIndexOrdersByItsSortKey(Backend backend) {
		DynamoDbClient db = posts(backend, ProjectionType.ALL);

		QueryResponse response = db.query(request -> request.tableName("Posts")
			.indexName("byRank")
			.keyConditionExpression("pk = :p AND #r >= :min")
			.expressionAttributeNames(Map.of("#r", "rank"))
			.expressionAttributeValues(item(":p", s("p1"), ":min", n(1))));

		assertThat(response.items()).extracting(found -> found.get("sk").s()).containsExactly("y", "z", "x");
	}

	@Scenario
	void selectAllAttributesOnKeysOnlyGlobalIndexIsRejected(Backend backend) {
		DynamoDbClient db = posts(backend, ProjectionType.KEYS_ONLY);

		assertValidation(() -> db.query(request -> request.tableName("Posts")
			.indexName("byOwner")
			.select(Select.ALL_ATTRIBUTES)
			.keyConditionExpression("#o = :o")
			.expressionAttributeNames(Map.of("#o", "owner"))
			.expressionAttributeValues(item(":o", s("ann")))));
	}

	@Scenario
	void localIndexFetchesAttributesItDoesNotProject(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Ranked", ScalarAttributeType.S).localIndex("byRank", "rank", ScalarAttributeType.N, projection(ProjectionType.KEYS_ONLY)).create(db);
		db.putItem(request -> request.tableName("Ranked").item(item("pk", s("p"), "sk", s("x"), "rank", n(1), "title", s("T"))));

		QueryResponse response = db.query(request -> request.tableName("Ranked")
			.indexName("byRank")
			.select(Select.ALL_ATTRIBUTES)
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("p"))));

		assertThat(response.items()).containsExactly(item("pk", s("p"), "sk", s("x"), "rank", n(1), "title", s("T")));
	}

	@Scenario
	void consistentReadOnGlobalIndexIsRejected(Backend backend) {
		DynamoDbClient db = posts(backend, ProjectionType.ALL);

		assertValidation(() -> db.query(request -> request.tableName("Posts")
			.indexName("byOwner")
			.consistentRead(true)
			.keyConditionExpression("#o = :o")
			.expressionAttributeNames(Map.of("#o", "owner"))
			.expressionAttributeValues(item(":o", s("ann")))), "Consistent reads are not supported on global secondary indexes");
	}

}
