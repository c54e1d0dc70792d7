package io.github.dynamoconnection.expression;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.github.dynamoconnection.convert.AttributeValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sends built expressions to a real DynamoDB-compatible backend and checks that DynamoDB semantics
 * come out: the strings parse, the placeholders line up, and the conditions and updates do what
 * they say. Subclasses choose the backend.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExpressionsAgainstBackend {

	private final String table = "expressions-" + UUID.randomUUID();

	private DynamoDbClient client;

	/** Starts (or reaches) the backend and returns a client for it, without SDK retries. */
	abstract DynamoDbClient connect();

	/** Stops what {@link #connect()} started. */
	abstract void disconnect();

	/** Whether the backend is moto_server, which diverges from DynamoDB in a few places these tests name. */
	abstract boolean isMoto();

	/** A client with dummy credentials in us-east-1 that never retries, so a failure shows at once. */
	static DynamoDbClientBuilder clientBuilder(URI endpoint) {
		return DynamoDbClient.builder()
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration(override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()));
	}

	@BeforeAll
	void createTable() {
		client = connect();
		client.createTable(create -> create.tableName(table)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(definition -> definition.attributeName("forum").attributeType(ScalarAttributeType.S),
					definition -> definition.attributeName("subject").attributeType(ScalarAttributeType.S))
			.keySchema(key -> key.attributeName("forum").keyType(KeyType.HASH),
					key -> key.attributeName("subject").keyType(KeyType.RANGE)));
	}

	@AfterAll
	void dropTable() {
		try {
			if (client != null) {
				client.deleteTable(delete -> delete.tableName(table));
				client.close();
			}
		}
		finally {
			disconnect();
		}
	}

	@Test
	void conditionalPutFailsWhenTheConditionIsFalse() {
		Map<String, Object> item = Map.of("forum", "put", "subject", "s1", "views", 10);
		Condition absent = Path.of("forum").notExists();
		put(item, absent);
		assertThatExceptionOfType(ConditionalCheckFailedException.class).isThrownBy(() -> put(item, absent));
		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> put(Map.of("forum", "put", "subject", "s1", "views", 11), Path.of("views").lt(5)));
		put(Map.of("forum", "put", "subject", "s1", "views", 12), Path.of("views").ge(10).and(Path.of("views").hasType(AttributeType.N)));
		assertThat(get("put", "s1")).containsEntry("views", new BigDecimal("12"));
	}

	@Test
	void updateActionsProduceTheExpectedItem() {
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("name", "ann");
		meta.put("size", 1);
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("forum", "update");
		item.put("subject", "s1");
		item.put("views", 1);
		item.put("stock", 10);
		item.put("count", 5);
		item.put("log", List.of("a"));
		item.put("recent", List.of("r"));
		item.put("tags", Set.of("x"));
		item.put("labels", Set.of("keep", "drop"));
		item.put("old", "gone soon");
		item.put("items", List.of("A", "b"));
		item.put("meta", meta);
		put(item, null);

		Update update = Update.increment("views", 2)
			.decrement("stock", 3)
			.setIfNotExists("count", 99)
			.setIfNotExists("created", "2026-11-26")
			.appendToList("log", List.of("b", "c"))
			.prependToList("recent", List.of("q"))
			.add("hits", 3)
			.add("tags", Set.of("y"))
			.delete("labels", Set.of("drop"))
			.remove("old", "meta.size")
			.set("meta.name", "bob")
			.set(Path.attribute("odd.name"), true)
			.set(Path.of("items").index(1), "B");
		Map<String, Object> updated = update("update", "s1", update, null);

		assertThat(updated).containsEntry("views", new BigDecimal("3"))
			.containsEntry("stock", new BigDecimal("7"))
			.containsEntry("count", new BigDecimal("5"))
			.containsEntry("created", "2026-11-26")
			.containsEntry("log", List.of("a", "b", "c"))
			.containsEntry("recent", List.of("q", "r"))
			.containsEntry("hits", new BigDecimal("3"))
			.containsEntry("tags", Set.of("x", "y"))
			.containsEntry("labels", Set.of("keep"))
			.containsEntry("meta", Map.of("name", "bob"))
			.containsEntry("odd.name", true)
			.containsEntry("items", List.of("A", "B"))
			.doesNotContainKey("old");
		assertThat(get("update", "s1")).isEqualTo(updated);
	}

	@Test
	void updateAndConditionShareOnePlaceholderNumbering() {
		put(Map.of("forum", "versioned", "subject", "s1", "version", 1, "status", "open"), null);
		Update bump = Update.increment("version", 1).set("status", "edited");
		Condition expected = Path.of("version").eq(1).and(Path.of("status").in("open", "edited"));

		assertThat(update("versioned", "s1", bump, expected)).containsEntry("version", new BigDecimal("2"))
			.containsEntry("status", "edited");
		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> update("versioned", "s1", bump, expected));
		assertThat(get("versioned", "s1")).containsEntry("version", new BigDecimal("2"));
	}

	@Test
	void filtersFollowPrecedenceAndFunctions() {
		String forum = "filter";
		put(Map.of("forum", forum, "subject", "s1", "a", 1), null);
		put(Map.of("forum", forum, "subject", "s2", "b", 2, "c", "x"), null);
		put(Map.of("forum", forum, "subject", "s3", "a", 1, "c", "y"), null);
		put(Map.of("forum", forum, "subject", "s4", "tags", Set.of("red", "blue"), "title", "Hello world", "n", 7), null);
		Path a = Path.of("a");
		Path b = Path.of("b");
		Path c = Path.of("c");

		assertThat(subjects(forum, a.eq(1).or(b.eq(2)).and(c.exists()))).containsExactly("s2", "s3");
		assertThat(subjects(forum, a.eq(1).or(b.eq(2).and(c.exists())))).containsExactly("s1", "s2", "s3");
		assertThat(subjects(forum, Condition.not(a.eq(1).or(b.eq(2))))).containsExactly("s4");
		assertThat(subjects(forum, c.in("y", "z"))).containsExactly("s3");
		assertThat(subjects(forum, Path.of("n").between(5, 7))).containsExactly("s4");
		assertThat(subjects(forum, Path.of("tags").contains("red"))).containsExactly("s4");
		put(Map.of("forum", forum, "subject", "s5", "title", "abc", "c", "b"), null);
		assertThat(subjects(forum, Path.of("title").contains(Path.of("c")))).containsExactly("s5");
		assertThat(subjects(forum, Path.of("title").beginsWith("Hell").and(Path.of("title").contains("world")))).containsExactly("s4");
		assertThat(subjects(forum, Path.of("tags").hasType(AttributeType.SS))).containsExactly("s4");
		assertThat(subjects(forum, c.notExists().negate())).containsExactly("s2", "s3", "s5");
		assertThat(subjects(forum, a.lt(b).or(Path.of("n").gt(Path.of("a"))))).isEmpty();
		Condition raw = Condition.raw("#cc = :wanted", Map.of("#cc", "c"), Map.of(":wanted", "x"));
		assertThat(subjects(forum, raw.or(a.eq(1).and(c.eq("y"))))).containsExactly("s2", "s3");
	}

	@Test
	void sizeComparesLengthsAndElementCounts() {
		// every item here has both attributes (see sizeOfAnAbsentAttributeIsSimplyFalse)
		String forum = "size";
		put(Map.of("forum", forum, "subject", "s1", "tags", Set.of("a"), "title", "four"), null);
		put(Map.of("forum", forum, "subject", "s2", "tags", Set.of("a", "b", "c"), "title", "x"), null);
		Path tags = Path.of("tags");
		assertThat(subjects(forum, tags.size().ge(2))).containsExactly("s2");
		assertThat(subjects(forum, tags.size().between(1, 2))).containsExactly("s1");
		assertThat(subjects(forum, Path.of("title").size().gt(tags.size()))).containsExactly("s1");
	}

	@Test
	void sizeOfAnAbsentAttributeIsSimplyFalse() {
		Assumptions.assumeFalse(isMoto(), "moto_server answers 500 for size() of an absent attribute");
		String forum = "size-absent";
		put(Map.of("forum", forum, "subject", "s1"), null);
		put(Map.of("forum", forum, "subject", "s2", "tags", Set.of("a", "b")), null);
		assertThat(subjects(forum, Path.of("tags").size().ge(1))).containsExactly("s2");
	}

	@Test
	void projectionReachesIntoAList() {
		Assumptions.assumeFalse(isMoto(), "moto_server flags the name before [1] in #n0.#n1[1] as unused");
		put(Map.of("forum", "projection-index", "subject", "s1", "meta", Map.of("tags", List.of("p", "q", "r"))), null);
		Placeholders placeholders = new Placeholders();
		String projection = Projection.of("meta.tags[1]").render(placeholders);
		Map<String, AttributeValue> got = client.getItem(get -> get.tableName(table)
			.key(AttributeValues.toItem(Map.of("forum", "projection-index", "subject", "s1")))
			.projectionExpression(projection)
			.expressionAttributeNames(placeholders.names())).item();
		assertThat(AttributeValues.toJavaItem(got)).isEqualTo(Map.of("meta", Map.of("tags", List.of("q"))));
	}

	@Test
	void keyConditionsSelectTheRangeAsIntended() {
		String forum = "keys";
		for (String subject : List.of("apple", "apricot", "banana", "cherry")) {
			put(Map.of("forum", forum, "subject", subject), null);
		}
		assertThat(query(forum, RangeKeyCondition.beginsWith("ap"), null)).containsExactly("apple", "apricot");
		assertThat(query(forum, RangeKeyCondition.between("apricot", "banana"), null)).containsExactly("apricot", "banana");
		assertThat(query(forum, RangeKeyCondition.lt("b"), null)).containsExactly("apple", "apricot");
		assertThat(query(forum, RangeKeyCondition.eq("cherry"), null)).containsExactly("cherry");
		assertThat(query(forum, null, null)).hasSize(4);
	}

	@Test
	void projectionReturnsNestedPathsReservedWordsAndDottedNames() {
		// no list index here (see projectionReachesIntoAList)
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("forum", "projection");
		item.put("subject", "s1");
		item.put("size", 3);
		item.put("a.b", "dotted");
		item.put("meta", Map.of("name", "x", "tags", List.of("p", "q")));
		item.put("unwanted", "no");
		put(item, null);

		Placeholders placeholders = new Placeholders();
		String projection = Projection.of(Path.of("meta.tags"), Path.attribute("a.b"), Path.of("size")).render(placeholders);
		Map<String, AttributeValue> got = client.getItem(get -> get.tableName(table)
			.key(AttributeValues.toItem(Map.of("forum", "projection", "subject", "s1")))
			.projectionExpression(projection)
			.expressionAttributeNames(placeholders.names())).item();

		assertThat(AttributeValues.toJavaItem(got)).isEqualTo(Map.of("size", new BigDecimal("3"), "a.b", "dotted", "meta",
				Map.of("tags", List.of("p", "q"))));
	}

	private void put(Map<String, Object> item, Condition condition) {
		PutItemRequest.Builder request = PutItemRequest.builder().tableName(table).item(AttributeValues.toItem(item));
		if (condition != null) {
			Placeholders placeholders = new Placeholders();
			request.conditionExpression(condition.render(placeholders));
			request.expressionAttributeNames(nullIfEmpty(placeholders.names()))
				.expressionAttributeValues(nullIfEmpty(placeholders.values()));
		}
		client.putItem(request.build());
	}

	private Map<String, Object> get(String forum, String subject) {
		return AttributeValues.toJavaItem(client.getItem(get -> get.tableName(table)
			.key(AttributeValues.toItem(Map.of("forum", forum, "subject", subject)))
			.consistentRead(true)).item());
	}

	private Map<String, Object> update(String forum, String subject, Update update, Condition condition) {
		Placeholders placeholders = new Placeholders();
		UpdateItemRequest.Builder request = UpdateItemRequest.builder()
			.tableName(table)
			.key(AttributeValues.toItem(Map.of("forum", forum, "subject", subject)))
			.updateExpression(update.render(placeholders))
			.returnValues(ReturnValue.ALL_NEW);
		if (condition != null) {
			request.conditionExpression(condition.render(placeholders));
		}
		request.expressionAttributeNames(nullIfEmpty(placeholders.names()))
			.expressionAttributeValues(nullIfEmpty(placeholders.values()));
		return AttributeValues.toJavaItem(client.updateItem(request.build()).attributes());
	}

	private List<String> subjects(String forum, Condition filter) {
		return query(forum, null, filter);
	}

	private List<String> query(String forum, RangeKeyCondition range, Condition filter) {
		Placeholders placeholders = new Placeholders();
		QueryRequest.Builder request = QueryRequest.builder()
			.tableName(table)
			.consistentRead(true)
			.keyConditionExpression(KeyConditions.render(placeholders, "forum", forum, "subject", range));
		if (filter != null) {
			request.filterExpression(filter.render(placeholders));
		}
		request.expressionAttributeNames(nullIfEmpty(placeholders.names()))
			.expressionAttributeValues(nullIfEmpty(placeholders.values()));
		return client.query(request.build()).items().stream().map(item -> item.get("subject").s()).toList();
	}

	private static <V> Map<String, V> nullIfEmpty(Map<String, V> map) {
		return map.isEmpty() ? null : map;
	}

}
