package io.github.dynamoconnection.conformance;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Values.b;
import static io.github.dynamoconnection.conformance.Values.bool;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.list;
import static io.github.dynamoconnection.conformance.Values.map;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.nul;
import static io.github.dynamoconnection.conformance.Values.s;
import static io.github.dynamoconnection.conformance.Values.ss;
import static org.assertj.core.api.Assertions.assertThat;

/** The condition expression language: comparisons, functions, logical operators and precedence. */
class ConditionScenarios {

	private static final Map<String, AttributeValue> STORED = item("pk", s("k"), "num", n(5), "txt", s("hello world"), "tags",
			ss("red", "blue"), "l", list(n(1), s("x"), n(3)), "m", map("mid", map("deep", n(1))), "flag", bool(true), "nothing", nul(),
			"bin", b(1, 2, 3));

	/** Whether the condition holds on the stored item: a PutItem of the same item under that condition. */
	private static boolean holds(Backend backend, String condition, Object... values) {
		DynamoDbClient db = backend.client();
		if (!db.listTables().tableNames().contains("Conditions")) {
			hashTable("Conditions").create(db);
			db.putItem(request -> request.tableName("Conditions").item(STORED));
		}
		Map<String, AttributeValue> valueMap = item(values);
		try {
			db.putItem(request -> request.tableName("Conditions")
				.item(STORED)
				.conditionExpression(condition)
				.expressionAttributeValues(valueMap.isEmpty() ? null : valueMap));
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

	@Scenario
	void comparisonsCompareNumbersNumerically(Backend backend) {
		assertThat(holds(backend, "num < :ten", ":ten", n(10))).isTrue();
		assertThat(holds(backend, "num >= :five AND num <= :five", ":five", n("5.0"))).isTrue();
		assertThat(holds(backend, "num <> :five", ":five", n(5))).isFalse();
		assertThat(holds(backend, "num > :x", ":x", n(40))).isFalse();
	}

	@Scenario
	void stringsAndBinariesCompareByUnsignedBytes(Backend backend) {
		assertThat(holds(backend, ":e > :z", ":e", s("é"), ":z", s("z"))).isTrue();
		assertThat(holds(backend, ":high > :low", ":high", Values.b(0x80), ":low", Values.b(0x7F))).isTrue();
		assertThat(holds(backend, "bin < :b", ":b", Values.b(0xFF))).isTrue();
	}

	@Scenario
	void comparisonWithDifferentTypeIsFalse(Backend backend) {
		assertThat(holds(backend, "num = :s", ":s", s("5"))).isFalse();
		assertThat(holds(backend, "num < :s", ":s", s("9"))).isFalse();
		assertThat(holds(backend, "num <> :s", ":s", s("5"))).isTrue();
	}

	@Scenario
	void attributeExistsAndNotExists(Backend backend) {
		assertThat(holds(backend, "attribute_exists(num) AND attribute_not_exists(absent)")).isTrue();
		assertThat(holds(backend, "attribute_exists(m.mid.deep)")).isTrue();
		assertThat(holds(backend, "attribute_exists(absent)")).isFalse();
		assertThat(holds(backend, "attribute_not_exists(nothing)")).isFalse();
	}

	@Scenario
	void attributeTypeChecksEachType(Backend backend) {
		assertThat(holds(backend, "attribute_type(num, :n) AND attribute_type(txt, :s) AND attribute_type(tags, :ss)",
				":n", s("N"), ":s", s("S"), ":ss", s("SS"))).isTrue();
		assertThat(holds(backend, "attribute_type(l, :l) AND attribute_type(m, :m) AND attribute_type(flag, :bool)",
				":l", s("L"), ":m", s("M"), ":bool", s("BOOL"))).isTrue();
		assertThat(holds(backend, "attribute_type(nothing, :null) AND attribute_type(bin, :b)", ":null", s("NULL"), ":b", s("B"))).isTrue();
		assertThat(holds(backend, "attribute_type(num, :s)", ":s", s("S"))).isFalse();
	}

	@Scenario
	void beginsWithMatchesPrefixes(Backend backend) {
		assertThat(holds(backend, "begins_with(txt, :p)", ":p", s("hell"))).isTrue();
		assertThat(holds(backend, "begins_with(txt, :p)", ":p", s("world"))).isFalse();
	}

	@Scenario
	void containsSearchesStringsSetsAndLists(Backend backend) {
		assertThat(holds(backend, "contains(txt, :w)", ":w", s("o w"))).isTrue();
		assertThat(holds(backend, "contains(tags, :t)", ":t", s("red"))).isTrue();
		assertThat(holds(backend, "contains(l, :x)", ":x", s("x"))).isTrue();
		assertThat(holds(backend, "contains(tags, :t)", ":t", s("green"))).isFalse();
	}

	@Scenario
	void containsFindsNumbersInNumberSets(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Numbers").create(db);
		db.putItem(request -> request.tableName("Numbers").item(item("pk", s("k"), "nums", Values.ns("1", "2.5"))));

		db.deleteItem(request -> request.tableName("Numbers")
			.key(item("pk", s("k")))
			.conditionExpression("contains(nums, :n)")
			.expressionAttributeValues(item(":n", n("2.50"))));

		assertThat(db.getItem(request -> request.tableName("Numbers").key(item("pk", s("k")))).hasItem()).isFalse();
	}

	@Scenario
	void sizeMeasuresEachType(Backend backend) {
		assertThat(holds(backend, "size(txt) = :eleven AND size(tags) = :two AND size(l) = :three",
				":eleven", n(11), ":two", n(2), ":three", n(3))).isTrue();
		assertThat(holds(backend, "size(m) = :one AND size(bin) = :three", ":one", n(1), ":three", n(3))).isTrue();
		assertThat(holds(backend, "size(txt) > :x", ":x", n(11))).isFalse();
	}

	@Scenario
	void sizeOfMissingAttributeIsFalse(Backend backend) {
		assertThat(holds(backend, "size(absent) > :zero", ":zero", n(0))).isFalse();
		assertThat(holds(backend, "NOT size(absent) > :zero", ":zero", n(0))).isTrue();
	}

	@Scenario
	void functionsOnMissingAttributesAreFalse(Backend backend) {
		assertThat(holds(backend, "begins_with(absent, :p) OR contains(absent, :p)", ":p", s("a"))).isFalse();
		assertThat(holds(backend, "NOT absent = :v", ":v", s("a"))).isTrue();
	}

	@Scenario
	void equalityComparesListsMapsAndSetsByValue(Backend backend) {
		assertThat(holds(backend, "l = :l", ":l", list(n(1), s("x"), n(3)))).isTrue();
		assertThat(holds(backend, "m = :m", ":m", map("mid", map("deep", n(1))))).isTrue();
		assertThat(holds(backend, "tags = :t", ":t", ss("blue", "red"))).isTrue();
		assertThat(holds(backend, "l = :l", ":l", list(n(1), n(3), s("x")))).isFalse();
	}

	@Scenario
	void inMatchesAnyListedValue(Backend backend) {
		assertThat(holds(backend, "num IN (:a, :b, :c)", ":a", n(1), ":b", n(5), ":c", s("x"))).isTrue();
		assertThat(holds(backend, "num IN (:a, :b)", ":a", n(1), ":b", n(2))).isFalse();
	}

	@Scenario
	void betweenIsInclusive(Backend backend) {
		assertThat(holds(backend, "num BETWEEN :lo AND :hi", ":lo", n(5), ":hi", n(5))).isTrue();
		assertThat(holds(backend, "txt BETWEEN :lo AND :hi", ":lo", s("a"), ":hi", s("i"))).isTrue();
		assertThat(holds(backend, "num BETWEEN :lo AND :hi", ":lo", n(6), ":hi", n(9))).isFalse();
	}

	@Scenario
	void notBindsTighterThanAndWhichBindsTighterThanOr(Backend backend) {
		// true OR (false AND false) = true; (true OR false) AND false would be false
		assertThat(holds(backend, "num = :five OR num = :six AND num = :seven", ":five", n(5), ":six", n(6), ":seven", n(7))).isTrue();
		// NOT false AND false = false; NOT (false AND false) would be true
		assertThat(holds(backend, "NOT num = :six AND num = :seven", ":six", n(6), ":seven", n(7))).isFalse();
		assertThat(holds(backend, "(num = :five OR num = :six) AND num = :seven", ":five", n(5), ":six", n(6), ":seven", n(7))).isFalse();
	}

	@Scenario
	void conditionReadsListElementsAndNestedPaths(Backend backend) {
		assertThat(holds(backend, "l[2] = :three AND m.mid.deep = :one", ":three", n(3), ":one", n(1))).isTrue();
		assertThat(holds(backend, "l[9] = :three", ":three", n(3))).isFalse();
	}

}
