package io.github.dynamoconnection.conformance;

import java.time.Duration;
import java.time.Instant;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** UpdateTimeToLive, DescribeTimeToLive, and removal of expired items. */
class TimeToLiveScenarios {

	private static TimeToLiveDescription describe(DynamoDbClient db) {
		return db.describeTimeToLive(request -> request.tableName("Expiring")).timeToLiveDescription();
	}

	private static void enable(DynamoDbClient db, boolean enabled) {
		db.updateTimeToLive(request -> request.tableName("Expiring")
			.timeToLiveSpecification(specification -> specification.attributeName("expiresAt").enabled(enabled)));
	}

	@Scenario
	void timeToLiveIsDisabledByDefault(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Expiring").create(db);

		assertThat(describe(db).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
	}

	@Scenario
	void enabledTimeToLiveIsDescribedWithItsAttribute(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Expiring").create(db);

		enable(db, true);

		assertThat(describe(db).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
		assertThat(describe(db).attributeName()).isEqualTo("expiresAt");
	}

	@Scenario
	void enablingTimeToLiveTwiceIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Expiring").create(db);
		enable(db, true);

		assertValidation(() -> enable(db, true));
	}

	@Scenario
	void timeToLiveOfMissingTableIsResourceNotFound(Backend backend) {
		DynamoDbClient db = backend.client();

		assertError(() -> describe(db), "ResourceNotFoundException");
	}

	/** DynamoDB itself refuses a second change within an hour; the emulators allow it, which this scenario relies on. */
	@Scenario
	void disabledTimeToLiveIsDescribedAsDisabled(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Expiring").create(db);
		enable(db, true);

		enable(db, false);

		assertThat(describe(db).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
	}

	@Scenario
	void expiredItemsAreRemovedAndOthersKept(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Expiring").create(db);
		enable(db, true);
		long now = Instant.now().getEpochSecond();
		db.putItem(request -> request.tableName("Expiring").item(item("pk", s("expired"), "expiresAt", n(now - 60))));
		db.putItem(request -> request.tableName("Expiring").item(item("pk", s("future"), "expiresAt", n(now + 3600))));
		db.putItem(request -> request.tableName("Expiring").item(item("pk", s("notANumber"), "expiresAt", s("soon"))));
		db.putItem(request -> request.tableName("Expiring").item(item("pk", s("noAttribute"))));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> !db.getItem(request -> request.tableName("Expiring").key(item("pk", s("expired")))).hasItem());

		assertThat(db.scan(request -> request.tableName("Expiring")).items()).extracting(found -> found.get("pk").s())
			.containsExactlyInAnyOrder("future", "notANumber", "noAttribute");
	}

}
