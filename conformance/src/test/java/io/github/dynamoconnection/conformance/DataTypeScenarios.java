package io.github.dynamoconnection.conformance;

import java.math.BigDecimal;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Values.b;
import static io.github.dynamoconnection.conformance.Values.bool;
import static io.github.dynamoconnection.conformance.Values.bytes;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.list;
import static io.github.dynamoconnection.conformance.Values.map;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.nul;
import static io.github.dynamoconnection.conformance.Values.s;
import static io.github.dynamoconnection.conformance.Values.ss;
import static org.assertj.core.api.Assertions.assertThat;

/** Every attribute type round trip, number rules and set rules. */
class DataTypeScenarios {

	private static Map<String, AttributeValue> roundTrip(Backend backend, AttributeValue value) {
		DynamoDbClient db = backend.client();
		hashTable("Types").create(db);
		db.putItem(request -> request.tableName("Types").item(item("pk", s("k"), "v", value)));
		return db.getItem(request -> request.tableName("Types").key(item("pk", s("k"))).consistentRead(true)).item();
	}

	private static void put(Backend backend, AttributeValue value) {
		DynamoDbClient db = backend.client();
		hashTable("Types").create(db);
		db.putItem(request -> request.tableName("Types").item(item("pk", s("k"), "v", value)));
	}

	@Scenario
	void stringRoundTrips(Backend backend) {
		assertThat(roundTrip(backend, s("héllo wörld ✓ 🙂")).get("v")).isEqualTo(s("héllo wörld ✓ 🙂"));
	}

	@Scenario
	void emptyStringInNonKeyAttributeIsStored(Backend backend) {
		assertThat(roundTrip(backend, s("")).get("v")).isEqualTo(s(""));
	}

	@Scenario
	void binaryRoundTrips(Backend backend) {
		assertThat(roundTrip(backend, b(0, 1, 127, 128, 255)).get("v")).isEqualTo(b(0, 1, 127, 128, 255));
	}

	@Scenario
	void booleanAndNullRoundTrip(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Types").create(db);
		db.putItem(request -> request.tableName("Types").item(item("pk", s("k"), "yes", bool(true), "no", bool(false), "nothing", nul())));

		assertThat(db.getItem(request -> request.tableName("Types").key(item("pk", s("k")))).item())
			.isEqualTo(item("pk", s("k"), "yes", bool(true), "no", bool(false), "nothing", nul()));
	}

	@Scenario
	void integerNumberRoundTrips(Backend backend) {
		assertThat(roundTrip(backend, n("-42")).get("v")).isEqualTo(n("-42"));
	}

	@Scenario
	void numberKeeps38SignificantDigits(Backend backend) {
		assertThat(roundTrip(backend, n("1234567890123456789012345678901234567.8")).get("v"))
			.isEqualTo(n("1234567890123456789012345678901234567.8"));
	}

	@Scenario
	void numberExtremesOfRangeRoundTrip(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Types").create(db);
		db.putItem(request -> request.tableName("Types")
			.item(item("pk", s("k"), "big", n("9.9999999999999999999999999999999999999E+125"), "small", n("1E-130"))));

		Map<String, AttributeValue> stored = db.getItem(request -> request.tableName("Types").key(item("pk", s("k")))).item();

		assertThat(new BigDecimal(stored.get("big").n())).isEqualByComparingTo("9.9999999999999999999999999999999999999E+125");
		assertThat(new BigDecimal(stored.get("small").n())).isEqualByComparingTo("1E-130");
	}

	@Scenario
	void numbersAreNormalized(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Types").create(db);
		db.putItem(request -> request.tableName("Types")
			.item(item("pk", s("k"), "a", n("1.50"), "b", n("1E+2"), "c", n("007"), "d", n("-0.0"))));

		assertThat(db.getItem(request -> request.tableName("Types").key(item("pk", s("k")))).item())
			.isEqualTo(item("pk", s("k"), "a", n("1.5"), "b", n("100"), "c", n("7"), "d", n("0")));
	}

	@Scenario
	void numberWithMoreThan38SignificantDigitsIsRejected(Backend backend) {
		assertValidation(() -> put(backend, n("123456789012345678901234567890123456789")),
				"Attempting to store more than 38 significant digits in a Number");
	}

	@Scenario
	void numberAboveRangeIsRejected(Backend backend) {
		assertValidation(() -> put(backend, n("1E+126")), "Number overflow");
	}

	@Scenario
	void numberBelowRangeIsRejected(Backend backend) {
		assertValidation(() -> put(backend, n("1E-131")), "Number underflow");
	}

	@Scenario
	void malformedNumberIsRejected(Backend backend) {
		assertValidation(() -> put(backend, n("twelve")));
	}

	@Scenario
	void stringSetRoundTrips(Backend backend) {
		assertThat(roundTrip(backend, ss("b", "a", "c")).get("v").ss()).containsExactlyInAnyOrder("a", "b", "c");
	}

	@Scenario
	void numberSetRoundTrips(Backend backend) {
		assertThat(roundTrip(backend, Values.ns("3", "-1", "2.5")).get("v").ns()).containsExactlyInAnyOrder("3", "-1", "2.5");
	}

	@Scenario
	void binarySetRoundTrips(Backend backend) {
		assertThat(roundTrip(backend, Values.bs(bytes(1), bytes(255, 0))).get("v").bs()).containsExactlyInAnyOrder(bytes(1), bytes(255, 0));
	}

	@Scenario
	void nestedMapsAndListsRoundTrip(Backend backend) {
		AttributeValue nested = map("name", s("x"), "tags", list(s("a"), n("1"), list(bool(true), nul())), "deeper",
				map("set", ss("p"), "bin", b(9)));

		assertThat(roundTrip(backend, nested).get("v")).isEqualTo(nested);
	}

	@Scenario
	void emptyListAndMapRoundTrip(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Types").create(db);
		db.putItem(request -> request.tableName("Types").item(item("pk", s("k"), "l", list(), "m", map())));

		assertThat(db.getItem(request -> request.tableName("Types").key(item("pk", s("k")))).item())
			.isEqualTo(item("pk", s("k"), "l", list(), "m", map()));
	}

	@Scenario
	void emptyStringSetIsRejected(Backend backend) {
		assertValidation(() -> put(backend, ss()), "may not be empty");
	}

	@Scenario
	void stringSetWithDuplicatesIsRejected(Backend backend) {
		assertValidation(() -> put(backend, ss("a", "a")), "contains duplicates");
	}

	@Scenario
	void numberSetWithDuplicatesIsRejected(Backend backend) {
		assertValidation(() -> put(backend, Values.ns("1", "1")), "contains duplicates");
	}

	@Scenario
	void emptySetNestedInMapIsRejected(Backend backend) {
		assertValidation(() -> put(backend, map("inner", ss())), "may not be empty");
	}

	@Scenario
	void numbersInsideSetsAreNormalized(Backend backend) {
		assertThat(roundTrip(backend, Values.ns("1.0", "2.50")).get("v").ns()).containsExactlyInAnyOrder("1", "2.5");
	}

	@Scenario
	void numberSetWithNumericallyEqualMembersIsRejected(Backend backend) {
		assertValidation(() -> put(backend, Values.ns("1", "1.0")), "contains duplicates");
	}

	@Scenario
	void itemOver400KbIsRejected(Backend backend) {
		assertValidation(() -> put(backend, s("x".repeat(400 * 1024))), "Item size has exceeded the maximum allowed size");
	}

	@Scenario
	void itemSizeCountsAttributeNames(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Sized").create(db);
		// pk "k" is 3 bytes; value of 409 496 bytes: under 400 KB (409 600) with a short name, over with a 200-byte name
		String value = "x".repeat(409_600 - 3 - 100);
		db.putItem(request -> request.tableName("Sized").item(item("pk", s("k"), "v", s(value))));

		assertValidation(() -> db.putItem(request -> request.tableName("Sized").item(item("pk", s("k"), "v".repeat(200), s(value)))),
				"Item size has exceeded the maximum allowed size");
	}

}
