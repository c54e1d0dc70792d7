package io.github.dynamoconnection.conformance;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.list;
import static io.github.dynamoconnection.conformance.Values.map;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.ns;
import static io.github.dynamoconnection.conformance.Values.s;
import static io.github.dynamoconnection.conformance.Values.ss;
import static org.assertj.core.api.Assertions.assertThat;

/** UpdateItem: every ReturnValues, upserts, and each update expression action. */
class UpdateItemScenarios {

	private static final Map<String, AttributeValue> KEY = item("pk", s("k"));

	private static DynamoDbClient tableWith(Backend backend, Map<String, AttributeValue> stored) {
		DynamoDbClient db = backend.client();
		hashTable("Updates").create(db);
		db.putItem(request -> request.tableName("Updates").item(stored));
		return db;
	}

	private static UpdateItemResponse update(DynamoDbClient db, String expression, Map<String, AttributeValue> values, ReturnValue returnValue) {
		return db.updateItem(request -> request.tableName("Updates")
			.key(KEY)
			.updateExpression(expression)
			.expressionAttributeValues(values.isEmpty() ? null : values)
			.returnValues(returnValue));
	}

	private static Map<String, AttributeValue> updated(DynamoDbClient db, String expression, Map<String, AttributeValue> values) {
		return update(db, expression, values, ReturnValue.ALL_NEW).attributes();
	}

	@Scenario
	void updateReturnsAllNew(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "a", n(1), "b", n(2)));

		assertThat(update(db, "SET a = :v", item(":v", n(5)), ReturnValue.ALL_NEW).attributes())
			.isEqualTo(item("pk", s("k"), "a", n(5), "b", n(2)));
	}

	@Scenario
	void updateReturnsAllOld(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "a", n(1), "b", n(2)));

		assertThat(update(db, "SET a = :v", item(":v", n(5)), ReturnValue.ALL_OLD).attributes())
			.isEqualTo(item("pk", s("k"), "a", n(1), "b", n(2)));
	}

	@Scenario
	void updateReturnsOnlyUpdatedNewAttributes(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "a", n(1), "b", n(2)));

		assertThat(update(db, "SET a = :v", item(":v", n(5)), ReturnValue.UPDATED_NEW).attributes()).isEqualTo(item("a", n(5)));
	}

	@Scenario
	void updateReturnsOnlyUpdatedOldAttributes(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "a", n(1), "b", n(2)));

		assertThat(update(db, "SET a = :v", item(":v", n(5)), ReturnValue.UPDATED_OLD).attributes()).isEqualTo(item("a", n(1)));
	}

	@Scenario
	void updatedNewOfNestedPathReturnsOnlyThatPath(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "m", map("x", n(1), "y", n(2)), "l", list(n(0), n(1))));

		assertThat(update(db, "SET m.x = :v, l[1] = :v", item(":v", n(9)), ReturnValue.UPDATED_NEW).attributes())
			.isEqualTo(item("m", map("x", n(9)), "l", list(n(9))));
	}

	@Scenario
	void updateWithReturnValuesNoneReturnsNothing(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "a", n(1)));

		assertThat(update(db, "SET a = :v", item(":v", n(5)), ReturnValue.NONE).attributes()).isEmpty();
	}

	@Scenario
	void updateOfMissingItemCreatesIt(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("other")));

		assertThat(updated(db, "SET a = :v", item(":v", s("x")))).isEqualTo(item("pk", s("k"), "a", s("x")));
	}

	@Scenario
	void updateWithConditionOnMissingItemFails(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("other")));

		assertError(() -> db.updateItem(request -> request.tableName("Updates")
			.key(KEY)
			.updateExpression("SET a = :v")
			.conditionExpression("attribute_exists(pk)")
			.expressionAttributeValues(item(":v", n(1)))), "ConditionalCheckFailedException");
		assertThat(db.getItem(request -> request.tableName("Updates").key(KEY)).hasItem()).isFalse();
	}

	@Scenario
	void updateOfKeyAttributeIsRejected(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k")));

		assertValidation(() -> updated(db, "SET pk = :v", item(":v", s("other"))),
				"Cannot update attribute pk. This attribute is part of the key");
	}

	@Scenario
	void setAddsAndSubtractsNumbers(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "a", n(10), "b", n("0.5")));

		assertThat(updated(db, "SET a = a + :three, b = b - :one", item(":three", n(3), ":one", n(1))))
			.isEqualTo(item("pk", s("k"), "a", n(13), "b", n("-0.5")));
	}

	@Scenario
	void arithmeticIsDecimalNotBinaryFloatingPoint(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "a", n("0.1")));

		assertThat(updated(db, "SET a = a + :b", item(":b", n("0.2"))).get("a")).isEqualTo(n("0.3"));
	}

	@Scenario
	void arithmeticKeeps38Digits(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "a", n("12345678901234567890123456789012345678")));

		assertThat(updated(db, "ADD a :one", item(":one", n(1))).get("a")).isEqualTo(n("12345678901234567890123456789012345679"));
	}

	@Scenario
	void setCopiesAndCombinesOtherAttributes(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "a", n(2), "b", n(3)));

		assertThat(updated(db, "SET c = a, d = a + b, e = :x - b", item(":x", n(10))))
			.isEqualTo(item("pk", s("k"), "a", n(2), "b", n(3), "c", n(2), "d", n(5), "e", n(7)));
	}

	@Scenario
	void updateGrowingItemPast400KbIsRejected(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "a", s("x".repeat(300 * 1024))));

		assertValidation(() -> updated(db, "SET b = a", Map.of()), "Item size to update has exceeded the maximum allowed size");
	}

	@Scenario
	void updateOfGlobalIndexKeyWithWrongTypeIsRejected(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Updates").globalIndex("byColor", "color", ScalarAttributeType.S, null, null, Tables.projection(ProjectionType.ALL)).create(db);
		db.putItem(request -> request.tableName("Updates").item(item("pk", s("k"), "color", s("red"))));

		assertValidation(() -> updated(db, "SET color = :n", item(":n", n(1))), "Type mismatch", "color");
	}

	@Scenario
	void arithmeticBeyondTheNumberRangeIsRejected(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "a", n("9E+125")));

		assertValidation(() -> updated(db, "ADD a :same", item(":same", n("9E+125"))), "Number overflow");
	}

	@Scenario
	void ifNotExistsKeepsExistingAndFillsMissing(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "a", n(1)));

		assertThat(updated(db, "SET a = if_not_exists(a, :zero), b = if_not_exists(b, :zero)", item(":zero", n(0))))
			.isEqualTo(item("pk", s("k"), "a", n(1), "b", n(0)));
	}

	@Scenario
	void listAppendAppendsAndPrepends(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "l", list(s("b"))));

		assertThat(updated(db, "SET l = list_append(:front, l)", item(":front", list(s("a")))).get("l")).isEqualTo(list(s("a"), s("b")));
		assertThat(updated(db, "SET l = list_append(l, :back)", item(":back", list(s("c")))).get("l")).isEqualTo(list(s("a"), s("b"), s("c")));
	}

	@Scenario
	void removeDeletesAttributes(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "a", n(1), "b", n(2)));

		assertThat(updated(db, "REMOVE a, absent", Map.of())).isEqualTo(item("pk", s("k"), "b", n(2)));
	}

	@Scenario
	void removeListElementShiftsTheRest(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "l", list(s("a"), s("b"), s("c"), s("d"))));

		assertThat(updated(db, "REMOVE l[1], l[2]", Map.of()).get("l")).isEqualTo(list(s("a"), s("d")));
	}

	@Scenario
	void setListIndexPastTheEndAppends(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "l", list(s("a"), s("b"))));

		assertThat(updated(db, "SET l[10] = :v", item(":v", s("z"))).get("l")).isEqualTo(list(s("a"), s("b"), s("z")));
	}

	@Scenario
	void addIncrementsNumbersAndCreatesMissingOnes(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "hits", n(5)));

		assertThat(updated(db, "ADD hits :two, fresh :two", item(":two", n(2))).entrySet())
			.isEqualTo(item("pk", s("k"), "hits", n(7), "fresh", n(2)).entrySet());
	}

	@Scenario
	void addUnitesSets(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "tags", ss("a", "b")));

		assertThat(updated(db, "ADD tags :more", item(":more", ss("b", "c"))).get("tags").ss()).containsExactlyInAnyOrder("a", "b", "c");
	}

	@Scenario
	void deleteRemovesSetElementsAndEmptySetAttribute(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "tags", ss("a", "b", "c"), "nums", ns("1")));

		assertThat(updated(db, "DELETE tags :drop", item(":drop", ss("a", "x"))).get("tags").ss()).containsExactlyInAnyOrder("b", "c");
		assertThat(updated(db, "DELETE nums :one", item(":one", ns("1")))).doesNotContainKey("nums");
	}

	@Scenario
	void addAndDeleteWorkOnNumberSets(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "nums", ns("1", "2")));

		assertThat(updated(db, "ADD nums :more", item(":more", ns("3", "2"))).get("nums").ns()).containsExactlyInAnyOrder("1", "2", "3");
		assertThat(updated(db, "DELETE nums :less", item(":less", ns("1"))).get("nums").ns()).containsExactlyInAnyOrder("2", "3");
	}

	@Scenario
	void addOfMismatchedSetTypeIsRejected(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "tags", ss("a")));

		assertValidation(() -> updated(db, "ADD tags :nums", item(":nums", ns("1"))), "An operand in the update expression has an incorrect data type");
	}

	@Scenario
	void namePlaceholderForDottedNameAddressesTopLevelAttribute(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "a", map("b", n(1))));

		Map<String, AttributeValue> after = db.updateItem(request -> request.tableName("Updates")
			.key(KEY)
			.updateExpression("SET #dotted = :v")
			.expressionAttributeNames(Map.of("#dotted", "a.b"))
			.expressionAttributeValues(item(":v", n(2)))
			.returnValues(ReturnValue.ALL_NEW)).attributes();

		assertThat(after).isEqualTo(item("pk", s("k"), "a", map("b", n(1)), "a.b", n(2)));
	}

	@Scenario
	void allOldOfNewItemReturnsNothing(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("other")));

		assertThat(update(db, "SET a = :v", item(":v", n(1)), ReturnValue.ALL_OLD).attributes()).isEmpty();
	}

	@Scenario
	void addToListIsRejected(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "l", list(n(1))));

		assertValidation(() -> updated(db, "ADD l :more", item(":more", list(n(2)))), "operand");
	}

	@Scenario
	void removeOfListIndexPastTheEndChangesNothing(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "l", list(n(1), n(2))));

		assertThat(updated(db, "REMOVE l[5]", Map.of()).get("l")).isEqualTo(list(n(1), n(2)));
	}

	@Scenario
	void setWritesNestedMapAndListPaths(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "m", map("deep", map("x", n(1)), "l", list(n(0), n(0)))));

		assertThat(updated(db, "SET m.deep.y = :v, m.l[1] = :v", item(":v", n(9))).get("m"))
			.isEqualTo(map("deep", map("x", n(1), "y", n(9)), "l", list(n(0), n(9))));
	}

	@Scenario
	void setUnderMissingParentIsRejected(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k")));

		assertValidation(() -> updated(db, "SET absent.child = :v", item(":v", n(1))),
				"The document path provided in the update expression is invalid for update");
	}

	@Scenario
	void arithmeticOnStringIsRejected(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "a", s("text")));

		assertValidation(() -> updated(db, "SET a = a + :one", item(":one", n(1))),
				"operand");
	}

	@Scenario
	void oneExpressionCombinesSetRemoveAddAndDelete(Backend backend) {
		DynamoDbClient db = tableWith(backend, item("pk", s("k"), "gone", n(1), "hits", n(1), "tags", ss("a", "b")));

		Map<String, AttributeValue> after = updated(db, "SET title = :t REMOVE gone ADD hits :one DELETE tags :a",
				item(":t", s("hello"), ":one", n(1), ":a", ss("a")));

		assertThat(after).containsEntry("title", s("hello")).containsEntry("hits", n(2)).doesNotContainKey("gone");
		assertThat(after.get("tags").ss()).containsExactly("b");
	}

}
