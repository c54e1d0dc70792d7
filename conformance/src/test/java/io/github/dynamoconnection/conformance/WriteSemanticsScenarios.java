package io.github.dynamoconnection.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Tables.projection;
import static io.github.dynamoconnection.conformance.Tables.rangeTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static io.github.dynamoconnection.conformance.Values.ss;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes where DynamoDB's answer has a documented shape: remove-only updates of missing items,
 * DeleteTable's description, the 4 MB transaction limit and item collection metrics.
 */
class WriteSemanticsScenarios {

	private static final int ITEM_LIMIT = 400 * 1024;

	private static UpdateItemResponse update(DynamoDbClient db, String expression, ReturnValue returnValue) {
		return db.updateItem(request -> {
			request.tableName("Items").key(item("pk", s("missing"))).updateExpression(expression).returnValues(returnValue);
			if (expression.contains(":")) {
				request.expressionAttributeValues(item(":s", ss("a")));
			}
		});
	}

	@Scenario
	void removeOnlyUpdateOfAMissingItemCreatesNothing(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Items").create(db);

		UpdateItemResponse removed = update(db, "REMOVE v", ReturnValue.ALL_NEW);
		UpdateItemResponse deleted = update(db, "DELETE tags :s", ReturnValue.ALL_OLD);
		UpdateItemResponse both = update(db, "REMOVE v DELETE tags :s", ReturnValue.UPDATED_NEW);

		assertThat(removed.hasAttributes()).isFalse();
		assertThat(deleted.hasAttributes()).isFalse();
		assertThat(both.hasAttributes()).isFalse();
		assertThat(db.getItem(request -> request.tableName("Items").key(item("pk", s("missing")))).hasItem()).isFalse();
		assertThat(db.scan(request -> request.tableName("Items")).count()).isZero();
	}

	@Scenario
	void setUpdateOfAMissingItemCreatesIt(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Items").create(db);

		UpdateItemResponse response = db.updateItem(request -> request.tableName("Items").key(item("pk", s("missing")))
			.updateExpression("SET v = :v REMOVE w").expressionAttributeValues(item(":v", n(1))).returnValues(ReturnValue.ALL_NEW));

		assertThat(response.attributes()).isEqualTo(item("pk", s("missing"), "v", n(1)));
		assertThat(db.scan(request -> request.tableName("Items")).count()).isEqualTo(1);
	}

	@Scenario
	void deleteTableAnswersTheShortDeletingDescription(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Doomed", ScalarAttributeType.S).globalIndex("byGroup", "g", ScalarAttributeType.S, null, null, projection(ProjectionType.ALL))
			.create(db);
		db.putItem(request -> request.tableName("Doomed").item(item("pk", s("a"), "sk", s("b"))));

		TableDescription deleted = db.deleteTable(request -> request.tableName("Doomed")).tableDescription();

		assertThat(deleted.tableName()).isEqualTo("Doomed");
		assertThat(deleted.tableStatusAsString()).isEqualTo("DELETING");
		assertThat(deleted.tableArn()).endsWith(":table/Doomed");
		assertThat(deleted.itemCount()).isEqualTo(1);
		assertThat(deleted.tableSizeBytes()).isPositive();
		assertThat(deleted.provisionedThroughput()).isNotNull();
		assertThat(deleted.hasKeySchema()).isFalse();
		assertThat(deleted.hasAttributeDefinitions()).isFalse();
		assertThat(deleted.hasGlobalSecondaryIndexes()).isFalse();
		assertThat(deleted.creationDateTime()).isNull();
	}

	private static List<TransactWriteItem> puts(int count, int itemBytes, int lastItemBytes) {
		List<TransactWriteItem> puts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String pk = String.format("k%02d", i);
			int size = (i == count - 1) ? lastItemBytes : itemBytes;
			// item size = "pk" (2) + pk value (3) + "v" (1) + the value
			String value = "x".repeat(size - 6);
			puts.add(TransactWriteItem.builder().put(put -> put.tableName("Items").item(item("pk", s(pk), "v", s(value)))).build());
		}
		return puts;
	}

	@Scenario
	void transactionOfExactlyFourMegabytesIsAccepted(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Items").create(db);
		// ten 400 KB items and one of 98 304 bytes: exactly 4 MB
		db.transactWriteItems(request -> request.transactItems(puts(11, ITEM_LIMIT, 4 * 1024 * 1024 - 10 * ITEM_LIMIT)));

		assertThat(db.scanPaginator(request -> request.tableName("Items").select("COUNT")).stream().mapToInt(page -> page.count()).sum())
			.isEqualTo(11);
	}

	@Scenario
	void transactionOverFourMegabytesIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Items").create(db);

		assertValidation(() -> db.transactWriteItems(request -> request.transactItems(puts(11, ITEM_LIMIT, 4 * 1024 * 1024 - 10 * ITEM_LIMIT + 1))),
				"Transaction request cannot be larger than 4 MB");
		assertThat(db.scan(request -> request.tableName("Items").select("COUNT")).count()).isZero();
	}

	@Scenario
	void itemCollectionMetricsNameTheCollectionOfEveryWrite(Backend backend) {
		DynamoDbClient db = backend.client();
		rangeTable("Collected", ScalarAttributeType.S).localIndex("byRank", "rank", ScalarAttributeType.N, projection(ProjectionType.ALL)).create(db);

		ItemCollectionMetrics put = db.putItem(request -> request.tableName("Collected")
			.item(item("pk", s("a"), "sk", s("x"), "rank", n(1), "v", s("y".repeat(1000))))
			.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)).itemCollectionMetrics();
		ItemCollectionMetrics updated = db.updateItem(request -> request.tableName("Collected").key(item("pk", s("a"), "sk", s("z")))
			.updateExpression("SET #r = :r").expressionAttributeNames(Map.of("#r", "rank")).expressionAttributeValues(item(":r", n(2)))
			.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)).itemCollectionMetrics();
		ItemCollectionMetrics deleted = db.deleteItem(request -> request.tableName("Collected").key(item("pk", s("a"), "sk", s("x")))
			.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)).itemCollectionMetrics();
		var transaction = db.transactWriteItems(request -> request
			.transactItems(TransactWriteItem.builder().put(p -> p.tableName("Collected").item(item("pk", s("b"), "sk", s("x")))).build())
			.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)).itemCollectionMetrics();

		for (ItemCollectionMetrics metrics : List.of(put, updated, deleted)) {
			assertThat(metrics.itemCollectionKey()).isEqualTo(item("pk", s("a")));
			// a collection of a few KB: between 0 and 1 GB
			assertThat(metrics.sizeEstimateRangeGB()).containsExactly(0.0, 1.0);
		}
		assertThat(transaction.get("Collected")).singleElement()
			.satisfies(metrics -> assertThat(metrics.itemCollectionKey()).isEqualTo(item("pk", s("b"))));
	}

}
