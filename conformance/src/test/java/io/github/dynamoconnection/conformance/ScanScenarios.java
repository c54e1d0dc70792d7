package io.github.dynamoconnection.conformance;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/** Scan: whole-table reads, filters, pagination and parallel segments. */
class ScanScenarios {

	private static final int ITEMS = 30;

	/** Table "Scanned" with items k00..k29, each with n = its number. */
	private static DynamoDbClient scanned(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Scanned").create(db);
		for (int i = 0; i < ITEMS; i++) {
			int number = i;
			db.putItem(request -> request.tableName("Scanned").item(item("pk", s(String.format("k%02d", number)), "n", n(number))));
		}
		return db;
	}

	private static List<String> keys(ScanResponse response) {
		return response.items().stream().map(found -> found.get("pk").s()).toList();
	}

	private static List<String> allKeys() {
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < ITEMS; i++) {
			keys.add(String.format("k%02d", i));
		}
		return keys;
	}

	@Scenario
	void scanReturnsEveryItem(Backend backend) {
		ScanResponse response = scanned(backend).scan(request -> request.tableName("Scanned"));

		assertThat(keys(response)).containsExactlyInAnyOrderElementsOf(allKeys());
		assertThat(response.count()).isEqualTo(ITEMS);
	}

	@Scenario
	void scanFilterCountsScannedAndMatchedItems(Backend backend) {
		ScanResponse response = scanned(backend).scan(request -> request.tableName("Scanned")
			.filterExpression("n >= :min")
			.expressionAttributeValues(item(":min", n(25))));

		assertThat(keys(response)).containsExactlyInAnyOrder("k25", "k26", "k27", "k28", "k29");
		assertThat(response.scannedCount()).isEqualTo(ITEMS);
	}

	@Scenario
	void scanPaginatorWithLimitVisitsEveryItemOnce(Backend backend) {
		DynamoDbClient db = scanned(backend);

		List<String> keys = new ArrayList<>();
		db.scanPaginator(request -> request.tableName("Scanned").limit(7)).items().forEach(found -> keys.add(found.get("pk").s()));

		assertThat(keys).containsExactlyInAnyOrderElementsOf(allKeys());
	}

	@Scenario
	void scanLimitWithFilterStillReturnsLastEvaluatedKey(Backend backend) {
		ScanResponse response = scanned(backend).scan(request -> request.tableName("Scanned")
			.limit(5)
			.filterExpression("n > :big")
			.expressionAttributeValues(item(":big", n(1000))));

		assertThat(response.count()).isZero();
		assertThat(response.scannedCount()).isEqualTo(5);
		assertThat(response.lastEvaluatedKey()).containsOnlyKeys("pk");
	}

	@Scenario
	void parallelScanSegmentsPartitionTheTable(Backend backend) {
		DynamoDbClient db = scanned(backend);

		List<String> keys = new ArrayList<>();
		for (int segment = 0; segment < 4; segment++) {
			int current = segment;
			db.scanPaginator(request -> request.tableName("Scanned").segment(current).totalSegments(4))
				.items()
				.forEach(found -> keys.add(found.get("pk").s()));
		}

		assertThat(keys).containsExactlyInAnyOrderElementsOf(allKeys());
	}

	@Scenario
	void scanSelectCountReturnsOnlyTheCount(Backend backend) {
		ScanResponse response = scanned(backend).scan(request -> request.tableName("Scanned").select(Select.COUNT));

		assertThat(response.count()).isEqualTo(ITEMS);
		assertThat(response.items()).isEmpty();
	}

	@Scenario
	void totalSegmentsAboveOneMillionIsRejected(Backend backend) {
		DynamoDbClient db = scanned(backend);

		assertValidation(() -> db.scan(request -> request.tableName("Scanned").segment(0).totalSegments(1_000_001)));
	}

	@Scenario
	void segmentWithoutTotalSegmentsIsRejected(Backend backend) {
		DynamoDbClient db = scanned(backend);

		assertValidation(() -> db.scan(request -> request.tableName("Scanned").segment(0)));
	}

	@Scenario
	void segmentNotBelowTotalSegmentsIsRejected(Backend backend) {
		DynamoDbClient db = scanned(backend);

		assertValidation(() -> db.scan(request -> request.tableName("Scanned").segment(3).totalSegments(3)),
				"The Segment parameter is zero-based and must be less than parameter TotalSegments");
	}

}
