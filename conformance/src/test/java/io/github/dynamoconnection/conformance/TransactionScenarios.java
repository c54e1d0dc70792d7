package io.github.dynamoconnection.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/** TransactWriteItems and TransactGetItems: atomicity, cancellation reasons, idempotency. */
class TransactionScenarios {

	private static DynamoDbClient accounts(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Accounts").create(db);
		db.putItem(request -> request.tableName("Accounts").item(item("pk", s("alice"), "balance", n(100))));
		db.putItem(request -> request.tableName("Accounts").item(item("pk", s("bob"), "balance", n(0))));
		return db;
	}

	private static Map<String, AttributeValue> account(DynamoDbClient db, String name) {
		return db.getItem(request -> request.tableName("Accounts").key(item("pk", s(name))).consistentRead(true)).item();
	}

	private static TransactWriteItem put(Map<String, AttributeValue> item) {
		return TransactWriteItem.builder().put(put -> put.tableName("Accounts").item(item)).build();
	}

	private static TransactWriteItem add(String name, long amount) {
		return TransactWriteItem.builder()
			.update(update -> update.tableName("Accounts")
				.key(item("pk", s(name)))
				.updateExpression("ADD balance :amount")
				.expressionAttributeValues(item(":amount", n(amount))))
			.build();
	}

	private static TransactWriteItem requireBalanceAtLeast(String name, long minimum) {
		return TransactWriteItem.builder()
			.conditionCheck(check -> check.tableName("Accounts")
				.key(item("pk", s(name)))
				.conditionExpression("balance >= :min")
				.expressionAttributeValues(item(":min", n(minimum)))
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
			.build();
	}

	@Scenario
	void transactWriteAppliesEveryAction(Backend backend) {
		DynamoDbClient db = accounts(backend);

		db.transactWriteItems(request -> request.transactItems(requireBalanceAtLeast("alice", 30), add("bob", 30),
				put(item("pk", s("carol"), "balance", n(5))),
				TransactWriteItem.builder().delete(delete -> delete.tableName("Accounts").key(item("pk", s("dave")))).build()));

		assertThat(account(db, "bob")).containsEntry("balance", n(30));
		assertThat(account(db, "carol")).containsEntry("balance", n(5));
		assertThat(account(db, "alice")).containsEntry("balance", n(100));
	}

	@Scenario
	void cancelledTransactionListsReasonsInItemOrderAndWritesNothing(Backend backend) {
		DynamoDbClient db = accounts(backend);

		TransactionCanceledException cancelled = (TransactionCanceledException) assertError(
				() -> db.transactWriteItems(request -> request.transactItems(add("bob", 500), requireBalanceAtLeast("alice", 500),
						put(item("pk", s("carol"), "balance", n(5))))),
				"TransactionCanceledException",
				"Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed, None]");

		assertThat(cancelled.cancellationReasons()).extracting(CancellationReason::code)
			.containsExactly("None", "ConditionalCheckFailed", "None");
		assertThat(account(db, "bob")).containsEntry("balance", n(0));
		assertThat(db.getItem(request -> request.tableName("Accounts").key(item("pk", s("carol")))).hasItem()).isFalse();
	}

	@Scenario
	void cancellationReasonCarriesOldItemWhenAsked(Backend backend) {
		DynamoDbClient db = accounts(backend);

		TransactionCanceledException cancelled = (TransactionCanceledException) assertError(
				() -> db.transactWriteItems(request -> request.transactItems(requireBalanceAtLeast("bob", 1), add("alice", 1))),
				"TransactionCanceledException");

		assertThat(cancelled.cancellationReasons().get(0).item()).isEqualTo(item("pk", s("bob"), "balance", n(0)));
	}

	@Scenario
	void conditionOnTransactionalPutCancelsTheTransaction(Backend backend) {
		DynamoDbClient db = accounts(backend);

		TransactionCanceledException cancelled = (TransactionCanceledException) assertError(
				() -> db.transactWriteItems(request -> request.transactItems(add("bob", 1),
						TransactWriteItem.builder()
							.put(put -> put.tableName("Accounts").item(item("pk", s("alice"))).conditionExpression("attribute_not_exists(pk)"))
							.build())),
				"TransactionCanceledException");

		assertThat(cancelled.cancellationReasons()).extracting(CancellationReason::code).containsExactly("None", "ConditionalCheckFailed");
		assertThat(account(db, "alice")).containsEntry("balance", n(100));
	}

	@Scenario
	void transactGetOnMissingTableIsResourceNotFound(Backend backend) {
		DynamoDbClient db = accounts(backend);

		assertError(() -> db.transactGetItems(request -> request.transactItems(
				TransactGetItem.builder().get(get -> get.tableName("Missing").key(item("pk", s("a")))).build())), "ResourceNotFoundException");
	}

	@Scenario
	void transactionOnMissingTableIsResourceNotFound(Backend backend) {
		DynamoDbClient db = accounts(backend);

		assertError(() -> db.transactWriteItems(request -> request.transactItems(
				TransactWriteItem.builder().put(put -> put.tableName("Missing").item(item("pk", s("a")))).build())), "ResourceNotFoundException");
	}

	@Scenario
	void concurrentTransfersKeepTheTotal(Backend backend) throws Exception {
		DynamoDbClient db = accounts(backend);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		AtomicInteger transferred = new AtomicInteger();
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int worker = 0; worker < 4; worker++) {
				workers.add(pool.submit(() -> {
					for (int i = 0; i < 10; i++) {
						try {
							db.transactWriteItems(request -> request.transactItems(add("alice", -1), add("bob", 1)));
							transferred.incrementAndGet();
						}
						catch (TransactionCanceledException ex) {
							// a conflicting concurrent transaction: DynamoDB may cancel instead of waiting
						}
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(transferred.get()).isPositive();
		assertThat(account(db, "alice")).containsEntry("balance", n(100 - transferred.get()));
		assertThat(account(db, "bob")).containsEntry("balance", n(transferred.get()));
	}

	@Scenario
	void transactionWithOneInvalidItemWritesNothing(Backend backend) {
		DynamoDbClient db = accounts(backend);

		assertValidation(() -> db.transactWriteItems(request -> request.transactItems(add("bob", 1),
				put(item("pk", s("carol"), "bad", Values.ss())))));
		assertThat(account(db, "bob")).containsEntry("balance", n(0));
	}

	@Scenario
	void transactionWithTwoActionsOnOneItemIsRejected(Backend backend) {
		DynamoDbClient db = accounts(backend);

		assertValidation(() -> db.transactWriteItems(request -> request.transactItems(add("bob", 1), add("bob", 2))),
				"Transaction request cannot include multiple operations on one item");
		assertThat(account(db, "bob")).containsEntry("balance", n(0));
	}

	@Scenario
	void transactionOfMoreThan100ActionsIsRejected(Backend backend) {
		DynamoDbClient db = accounts(backend);
		List<TransactWriteItem> puts = IntStream.range(0, 101).mapToObj(i -> put(item("pk", s("k" + i)))).toList();

		assertValidation(() -> db.transactWriteItems(request -> request.transactItems(puts)),
				"at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100");
		assertThat(account(db, "alice")).containsEntry("balance", n(100));
	}

	/** TransactGetItems: at most 100 actions, the API reference's length constraint on TransactItems. */
	@Scenario
	void transactGetOfMoreThan100ItemsIsRejected(Backend backend) {
		DynamoDbClient db = accounts(backend);
		List<TransactGetItem> gets = IntStream.range(0, 101)
			.mapToObj(i -> TransactGetItem.builder().get(get -> get.tableName("Accounts").key(item("pk", s("k" + i)))).build())
			.toList();

		assertValidation(() -> db.transactGetItems(request -> request.transactItems(gets)),
				"at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100");
		assertThat(db.transactGetItems(request -> request.transactItems(gets.subList(0, 100))).responses()).hasSize(100);
	}

	@Scenario
	void clientRequestTokenMakesARetryIdempotent(Backend backend) {
		DynamoDbClient db = accounts(backend);
		TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
			.transactItems(add("bob", 10))
			.clientRequestToken("transfer-0001")
			.build();

		db.transactWriteItems(request);
		db.transactWriteItems(request);

		assertThat(account(db, "bob")).containsEntry("balance", n(10));
	}

	@Scenario
	void clientRequestTokenReusedForADifferentRequestIsAMismatch(Backend backend) {
		DynamoDbClient db = accounts(backend);
		db.transactWriteItems(request -> request.transactItems(add("bob", 10)).clientRequestToken("transfer-0002"));

		assertError(() -> db.transactWriteItems(request -> request.transactItems(add("bob", 99)).clientRequestToken("transfer-0002")),
				"IdempotentParameterMismatchException");
		assertThat(account(db, "bob")).containsEntry("balance", n(10));
	}

	@Scenario
	void transactGetReturnsItemsInRequestOrder(Backend backend) {
		DynamoDbClient db = accounts(backend);

		List<ItemResponse> responses = db.transactGetItems(request -> request.transactItems(
				TransactGetItem.builder().get(get -> get.tableName("Accounts").key(item("pk", s("bob")))).build(),
				TransactGetItem.builder().get(get -> get.tableName("Accounts").key(item("pk", s("nobody")))).build(),
				TransactGetItem.builder().get(get -> get.tableName("Accounts").key(item("pk", s("alice")))).build()))
			.responses();

		assertThat(responses).hasSize(3);
		assertThat(responses.get(0).item()).isEqualTo(item("pk", s("bob"), "balance", n(0)));
		assertThat(responses.get(1).item()).isEmpty();
		assertThat(responses.get(2).item()).isEqualTo(item("pk", s("alice"), "balance", n(100)));
	}

	@Scenario
	void transactGetAppliesProjection(Backend backend) {
		DynamoDbClient db = accounts(backend);

		List<ItemResponse> responses = db.transactGetItems(request -> request.transactItems(
				TransactGetItem.builder().get(get -> get.tableName("Accounts").key(item("pk", s("alice"))).projectionExpression("balance")).build()))
			.responses();

		assertThat(responses.get(0).item()).isEqualTo(item("balance", n(100)));
	}

}
