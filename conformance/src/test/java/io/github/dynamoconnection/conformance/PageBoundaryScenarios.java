package io.github.dynamoconnection.conformance;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

import static io.github.dynamoconnection.conformance.Tables.rangeTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query and Scan pages end at 1 MB of items read, counted as DynamoDB sizes items (attribute names
 * plus values): a page holds items up to exactly 1 MB, and the item that would take it past 1 MB
 * is the first of the next page. Five items sorted "0".."4", each of 7 bytes plus its payload.
 */
class PageBoundaryScenarios {

	private static final int ONE_MEGABYTE = 1024 * 1024;

	/** Four of these items are exactly 1 MB: pk "a" (3 bytes), sk "n" (3 bytes), "p" (1 byte) and the payload. */
	private static final int EXACT_PAYLOAD = ONE_MEGABYTE / 4 - 7;

	@Scenario
	void queryPageHoldsItemsAddingUpToExactlyOneMegabyte(Backend backend) {
		DynamoDbClient db = fiveItems(backend, EXACT_PAYLOAD);

		QueryResponse first = db.query(query());
		QueryResponse rest = db.query(query().toBuilder().exclusiveStartKey(first.lastEvaluatedKey()).build());

		assertThat(first.count()).isEqualTo(4);
		assertThat(first.lastEvaluatedKey()).isEqualTo(key("3"));
		assertThat(rest.items()).extracting(item -> item.get("sk").s()).containsExactly("4");
		assertThat(rest.hasLastEvaluatedKey() && !rest.lastEvaluatedKey().isEmpty()).isFalse();
	}

	@Scenario
	void queryPageJustUnderOneMegabyteEndsBeforeTheItemThatWouldCrossIt(Backend backend) {
		DynamoDbClient db = fiveItems(backend, EXACT_PAYLOAD - 1);

		QueryResponse first = db.query(query());

		assertThat(first.count()).isEqualTo(4);
		assertThat(first.lastEvaluatedKey()).isEqualTo(key("3"));
	}

	@Scenario
	void queryPageJustOverOneMegabyteLeavesTheCrossingItemToTheNextPage(Backend backend) {
		DynamoDbClient db = fiveItems(backend, EXACT_PAYLOAD + 1);

		QueryResponse first = db.query(query());
		QueryResponse rest = db.query(query().toBuilder().exclusiveStartKey(first.lastEvaluatedKey()).build());

		assertThat(first.items()).extracting(item -> item.get("sk").s()).containsExactly("0", "1", "2");
		assertThat(first.lastEvaluatedKey()).isEqualTo(key("2"));
		assertThat(rest.items()).extracting(item -> item.get("sk").s()).containsExactly("3", "4");
	}

	@Scenario
	void scanCountPagesFollowTheSameBoundary(Backend backend) {
		DynamoDbClient db = fiveItems(backend, EXACT_PAYLOAD + 1);
		ScanRequest count = ScanRequest.builder().tableName("Pages").select(Select.COUNT).build();

		ScanResponse first = db.scan(count);
		ScanResponse rest = db.scan(count.toBuilder().exclusiveStartKey(first.lastEvaluatedKey()).build());

		assertThat(first.count()).isEqualTo(3);
		assertThat(first.scannedCount()).isEqualTo(3);
		assertThat(first.lastEvaluatedKey()).isEqualTo(key("2"));
		assertThat(rest.count()).isEqualTo(2);
	}

	@Scenario
	void scanPageOfExactlyOneMegabyteKeepsItsLastItem(Backend backend) {
		DynamoDbClient db = fiveItems(backend, EXACT_PAYLOAD);

		ScanResponse first = db.scan(request -> request.tableName("Pages"));

		assertThat(first.count()).isEqualTo(4);
		assertThat(first.lastEvaluatedKey()).isEqualTo(key("3"));
	}

	private static DynamoDbClient fiveItems(Backend backend, int payloadLength) {
		DynamoDbClient db = backend.client();
		rangeTable("Pages", ScalarAttributeType.S).create(db);
		String payload = "x".repeat(payloadLength);
		for (int sk = 0; sk < 5; sk++) {
			String sortKey = Integer.toString(sk);
			db.putItem(request -> request.tableName("Pages").item(item("pk", s("a"), "sk", s(sortKey), "p", s(payload))));
		}
		return db;
	}

	private static QueryRequest query() {
		return QueryRequest.builder()
			.tableName("Pages")
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(item(":p", s("a")))
			.build();
	}

	private static Map<String, AttributeValue> key(String sortKey) {
		return item("pk", s("a"), "sk", s(sortKey));
	}

}
