package io.github.dynamoconnection.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.ConnectionBuilder;
import io.github.dynamoconnection.batch.BatchRetryPolicy;
import io.github.dynamoconnection.batch.BatchWriteResult;
import io.github.dynamoconnection.exceptions.BatchGetException;
import io.github.dynamoconnection.exceptions.BatchWriteException;
import io.github.dynamoconnection.exceptions.ConditionalCheckFailedException;
import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.exceptions.GetItemException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.exceptions.TableException;
import io.github.dynamoconnection.exceptions.TransactionCanceledException;
import io.github.dynamoconnection.expression.Condition;
import io.github.dynamoconnection.item.Key;
import io.github.dynamoconnection.listener.CallContext;
import io.github.dynamoconnection.listener.CallOutcome;
import io.github.dynamoconnection.listener.ConnectionListener;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Fault injection through a scripted {@code SdkHttpClient}: the whole SDK pipeline runs (signing,
 * retry strategy, unmarshalling) against exact DynamoDB responses.
 */
class FaultTests {

	private static final String THREAD = "{\"Table\":{\"TableName\":\"Thread\",\"TableStatus\":\"ACTIVE\","
			+ "\"AttributeDefinitions\":[{\"AttributeName\":\"forum_name\",\"AttributeType\":\"S\"},"
			+ "{\"AttributeName\":\"subject\",\"AttributeType\":\"S\"}],"
			+ "\"KeySchema\":[{\"AttributeName\":\"forum_name\",\"KeyType\":\"HASH\"},"
			+ "{\"AttributeName\":\"subject\",\"KeyType\":\"RANGE\"}]}}";

	private final ScriptedHttpClient http = new ScriptedHttpClient();

	private ConnectionBuilder connection() {
		return Connection.builder()
			.httpClient(http)
			.host("http://127.0.0.1:9")
			.region("us-east-1")
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
			.retryMode(RetryMode.STANDARD)
			.batchRetryPolicy(new BatchRetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2)))
			.batchConcurrency(1);
	}

	private static String items(String table, String... ids) {
		List<String> requests = new ArrayList<>();
		for (String id : ids) {
			requests.add("{\"PutRequest\":{\"Item\":{\"id\":{\"S\":\"" + id + "\"}}}}");
		}
		return "{\"UnprocessedItems\":{\"" + table + "\":[" + String.join(",", requests) + "]}}";
	}

	private static String hashOnly(String table) {
		return "{\"Table\":{\"TableName\":\"" + table + "\",\"TableStatus\":\"ACTIVE\","
				+ "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
				+ "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]}}";
	}

	private static List<Map<String, Object>> puts(int count) {
		return IntStream.range(0, count).<Map<String, Object>>mapToObj(i -> Map.of("id", "i" + i)).toList();
	}

	@Test
	void serverErrorsTwiceThenSuccessSucceeds() {
		http.error(500, "InternalServerError", "boom").error(500, "InternalServerError", "boom")
			.ok("{\"TableNames\":[\"Thread\"]}");
		try (Connection conn = connection().maxAttempts(3).build()) {
			assertThat(conn.listTables()).containsExactly("Thread");
		}
		assertThat(http.operations()).containsExactly("ListTables", "ListTables", "ListTables");
	}

	@Test
	void throttlingIsRetried() {
		http.error(400, "ProvisionedThroughputExceededException", "slow down")
			.error(400, "ThrottlingException", "slow down")
			.ok("{\"TableNames\":[]}");
		try (Connection conn = connection().maxAttempts(3).build()) {
			assertThat(conn.listTables()).isEmpty();
		}
		assertThat(http.requests()).hasSize(3);
	}

	@Test
	void validationErrorIsNeverRetried() {
		http.error(400, "ValidationException", "bad").ok("{\"TableNames\":[]}");
		try (Connection conn = connection().maxAttempts(5).build()) {
			assertThatThrownBy(conn::listTables).isInstanceOf(TableException.class)
				.satisfies(ex -> assertThat(((DynamoConnectionException) ex).errorCode()).isEqualTo("ValidationException"));
		}
		assertThat(http.requests()).hasSize(1);
	}

	@Test
	void oneAttemptSendsOnce() {
		http.error(500, "InternalServerError", "boom").ok("{\"TableNames\":[]}");
		try (Connection conn = connection().maxAttempts(1).build()) {
			assertThatThrownBy(conn::listTables).isInstanceOf(TableException.class)
				.hasMessageContaining("InternalServerError");
		}
		assertThat(http.requests()).hasSize(1);
	}

	@Test
	void unprocessedItemsAnsweredTwiceThenAcceptedAreAllWritten() {
		http.ok(hashOnly("Items")).ok(items("Items", "i1", "i2")).ok(items("Items", "i2")).ok("{}");
		BatchWriteResult result;
		try (Connection conn = connection().build()) {
			result = conn.batchWriteItem("Items", puts(10), List.of());
		}
		assertThat(result.written()).isEqualTo(10);
		assertThat(result.requests()).isEqualTo(3);
		assertThat(http.operations()).containsExactly("DescribeTable", "BatchWriteItem", "BatchWriteItem", "BatchWriteItem");
		assertThat(http.requests().get(2).body()).contains("\"i1\"", "\"i2\"").doesNotContain("\"i0\"");
		assertThat(http.requests().get(3).body()).contains("\"i2\"").doesNotContain("\"i1\"");
	}

	@Test
	void unprocessedBeyondTheBoundThrowCarryingExactlyThem() {
		http.ok(hashOnly("Items"));
		for (int round = 0; round < 4; round++) {
			http.ok(items("Items", "i3", "i7"));
		}
		try (Connection conn = connection().build()) {
			assertThatThrownBy(() -> conn.batchWriteItem("Items", puts(30), List.of()))
				.isInstanceOfSatisfying(BatchWriteException.class, ex -> {
					assertThat(ex.unprocessedItems()).containsOnlyKeys("Items");
					assertThat(ex.unprocessedItems().get("Items")).extracting(FaultTests::id)
						.containsExactly("i3", "i7", "i25", "i26", "i27", "i28", "i29");
					assertThat(ex.unprocessedCount()).isEqualTo(7);
					assertThat(ex.getMessage()).contains("7 entries left unprocessed after 3 retries");
				});
		}
		assertThat(http.operations()).containsExactly("DescribeTable", "BatchWriteItem", "BatchWriteItem",
				"BatchWriteItem", "BatchWriteItem");
	}

	@Test
	void unprocessedKeysBeyondTheBoundThrowCarryingExactlyThem() {
		String unprocessed = "{\"Responses\":{\"Items\":[{\"id\":{\"S\":\"k0\"}}]},"
				+ "\"UnprocessedKeys\":{\"Items\":{\"Keys\":[{\"id\":{\"S\":\"k1\"}}]}}}";
		String stillUnprocessed = "{\"Responses\":{\"Items\":[]},"
				+ "\"UnprocessedKeys\":{\"Items\":{\"Keys\":[{\"id\":{\"S\":\"k1\"}}]}}}";
		http.ok(hashOnly("Items")).ok(unprocessed).ok(stillUnprocessed).ok(stillUnprocessed).ok(stillUnprocessed);
		try (Connection conn = connection().build()) {
			assertThatThrownBy(() -> conn.batchGetItem("Items", List.of(Key.of("k0"), Key.of("k1"))))
				.isInstanceOfSatisfying(BatchGetException.class, ex -> {
					assertThat(ex.unprocessedKeys().get("Items")).extracting(key -> key.get("id").s()).containsExactly("k1");
					assertThat(ex.partialItems().get("Items")).extracting(item -> item.get("id").s()).containsExactly("k0");
				});
		}
	}

	@Test
	void extraHeadersAreSentButNotSigned() {
		http.ok("{\"TableNames\":[]}");
		try (Connection conn = connection().extraHeaders(Map.of("X-Tenant-Id", "blue")).build()) {
			conn.listTables();
		}
		var request = http.requests().get(0).http();
		assertThat(request.firstMatchingHeader("X-Tenant-Id")).contains("blue");
		String authorization = request.firstMatchingHeader("Authorization").orElseThrow();
		String signedHeaders = authorization.replaceAll(".*SignedHeaders=([^,]*).*", "$1");
		assertThat(signedHeaders).contains("x-amz-target").doesNotContain("x-tenant-id");
		assertThat(authorization).doesNotContain("secret");
	}

	@Test
	void listenersSeeSuccessAndErrorAndTheirFailuresAreSwallowed() {
		http.ok(THREAD).ok("{}").error(400, "ValidationException", "One or more parameter values were invalid");
		List<String> seen = new CopyOnWriteArrayList<>();
		ConnectionListener recording = new ConnectionListener() {
			@Override
			public void beforeCall(CallContext call) {
				seen.add("before " + call.operation() + " " + call.tableNames());
			}

			@Override
			public void afterCall(CallContext call, CallOutcome outcome) {
				seen.add("after " + call.operation() + " " + outcome.outcomeTag());
			}
		};
		ConnectionListener failing = new ConnectionListener() {
			@Override
			public void afterCall(CallContext call, CallOutcome outcome) {
				throw new IllegalStateException("listener bug");
			}
		};
		try (Connection conn = connection().maxAttempts(1).tablePrefix("dev_").listener(recording).listener(failing).build()) {
			assertThat(conn.getItem("Thread", "f", "s").isFound()).isFalse();
			assertThatThrownBy(() -> conn.getItem("Thread", "f", "s")).isInstanceOf(GetItemException.class)
				.satisfies(ex -> assertThat(((GetItemException) ex).tableNames()).containsExactly("Thread"));
		}
		assertThat(seen).containsExactly("before DescribeTable [dev_Thread]", "after DescribeTable success",
				"before GetItem [dev_Thread]", "after GetItem success", "before GetItem [dev_Thread]",
				"after GetItem ValidationException");
		assertThat(http.requests().get(0).body()).contains("\"dev_Thread\"");
	}

	@Test
	void wrongKeyTypeFailsBeforeSendingAndNamesTableAttributeAndType() {
		String numbered = THREAD.replace("\"subject\",\"AttributeType\":\"S\"", "\"subject\",\"AttributeType\":\"N\"");
		http.ok(numbered);
		try (Connection conn = connection().build()) {
			assertThatThrownBy(() -> conn.getItem("Thread", "forum", "not-a-number"))
				.isInstanceOf(InvalidArgumentException.class)
				.hasMessageContaining("'Thread'").hasMessageContaining("'subject'").hasMessageContaining("N (number)");
			assertThatThrownBy(() -> conn.deleteItem("Thread", "forum", null))
				.isInstanceOf(InvalidArgumentException.class)
				.hasMessageContaining("range key 'subject'").hasMessageContaining("missing");
		}
		assertThat(http.operations()).containsOnly("DescribeTable");
	}

	@Test
	void staleSchemaIsRefreshedOnResourceNotFoundAndTheCallRetriedOnce() {
		String numberKey = hashOnly("Items").replace("\"AttributeType\":\"S\"", "\"AttributeType\":\"N\"");
		http.ok(hashOnly("Items")).ok("{}")
			.error(400, "ResourceNotFoundException", "Requested resource not found")
			.ok(numberKey)
			.ok("{\"Item\":{\"id\":{\"N\":\"42\"}}}");
		try (Connection conn = connection().build()) {
			conn.getItem("Items", "42", null);
			assertThat(conn.getItem("Items", "42", null).item()).containsEntry("id", new java.math.BigDecimal("42"));
		}
		assertThat(http.operations()).containsExactly("DescribeTable", "GetItem", "GetItem", "DescribeTable", "GetItem");
		assertThat(http.requests().get(4).body()).contains("{\"N\":\"42\"}");
	}

	@Test
	void aKeyRefusedAgainstACachedSchemaIsCheckedAgainstAFreshOne() {
		String numberKey = hashOnly("Items").replace("\"AttributeType\":\"S\"", "\"AttributeType\":\"N\"");
		http.ok(hashOnly("Items")).ok("{}").ok(numberKey).ok("{}");
		try (Connection conn = connection().build()) {
			conn.putItem("Items", Map.of("id", "a"));
			conn.putItem("Items", Map.of("id", 5));
		}
		assertThat(http.operations()).containsExactly("DescribeTable", "PutItem", "DescribeTable", "PutItem");
		assertThat(http.requests().get(3).body()).contains("{\"N\":\"5\"}");
	}

	@Test
	void transactionsRetryOnceWhenTheCachedKeyNoLongerMatches() {
		String numberKey = hashOnly("Items").replace("\"id\"", "\"number\"").replace("\"AttributeType\":\"S\"",
				"\"AttributeType\":\"N\"");
		http.ok(hashOnly("Items")).ok("{}")
			.error(400, "ValidationException", "The provided key element does not match the schema")
			.ok(numberKey)
			.ok("{\"Responses\":[{\"Item\":{\"number\":{\"N\":\"1\"}}}]}");
		try (Connection conn = connection().build()) {
			conn.getItem("Items", "1", null);
			assertThat(conn.transactGetItems(t -> t.get("Items", Key.of("1"))).item(0))
				.containsEntry("number", new java.math.BigDecimal("1"));
		}
		assertThat(http.operations()).containsExactly("DescribeTable", "GetItem", "TransactGetItems", "DescribeTable",
				"TransactGetItems");
	}

	@Test
	void conditionalCheckFailureCarriesTheOldItemWhenAskedFor() {
		http.ok(THREAD).error(400, "ConditionalCheckFailedException", "The conditional request failed",
				",\"Item\":{\"forum_name\":{\"S\":\"f\"},\"subject\":{\"S\":\"s\"},\"views\":{\"N\":\"7\"}}");
		try (Connection conn = connection().build()) {
			assertThatThrownBy(() -> conn.putItem("Thread", Key.of("f", "s"), Map.of("views", 1),
					o -> o.condition(Condition.raw("attribute_not_exists(forum_name)", Map.of(), Map.of()))
						.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
				.isInstanceOfSatisfying(ConditionalCheckFailedException.class, ex -> {
					assertThat(ex.operation()).isEqualTo("PutItem");
					assertThat(ex.errorCode()).isEqualTo("ConditionalCheckFailedException");
					assertThat(ex.oldItem()).containsEntry("views", new java.math.BigDecimal("7"));
				});
		}
		assertThat(http.requests().get(1).body()).contains("\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"");
	}

	@Test
	void transactionCancellationReasonsLineUpWithTheItems() {
		http.ok(THREAD).error(400, "TransactionCanceledException", "Transaction cancelled",
				",\"CancellationReasons\":[{\"Code\":\"None\"},{\"Code\":\"ConditionalCheckFailed\","
						+ "\"Message\":\"The conditional request failed\"},{\"Code\":\"None\"}]");
		try (Connection conn = connection().build()) {
			assertThatThrownBy(() -> conn.transactWriteItems(t -> t
				.put("Thread", Map.of("forum_name", "f", "subject", "a"))
				.conditionCheck("Thread", Key.of("f", "b"), Condition.raw("attribute_exists(forum_name)", Map.of(), Map.of()))
				.delete("Thread", Key.of("f", "c"))))
				.isInstanceOfSatisfying(TransactionCanceledException.class, ex -> {
					assertThat(ex.reasonCodes()).containsExactly("None", "ConditionalCheckFailed", "None");
					assertThat(ex.tableNames()).containsExactly("Thread");
				});
		}
	}

	private static String id(WriteRequest request) {
		return request.putRequest().item().get("id").s();
	}

}
