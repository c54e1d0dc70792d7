package io.github.dynamoconnection.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.DynamoErrors.assertValidation;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.map;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits of "Service, account, and table quotas" on expressions and attribute names: 32 nesting levels in a
 * document path, placeholders of at most 255 bytes, names never empty, numbers of 38 digits in arithmetic.
 */
class ExpressionLimitScenarios {

	private static DynamoDbClient table(Backend backend, Map<String, AttributeValue> stored) {
		DynamoDbClient db = backend.client();
		hashTable("Limits").create(db);
		db.putItem(request -> request.tableName("Limits").item(stored));
		return db;
	}

	/** A document path of {@code levels} elements: {@code a.a.a...}. */
	private static String path(int levels) {
		return "a" + ".a".repeat(levels - 1);
	}

	/** A value nested {@code levels} maps deep under key {@code a}, holding a number. */
	private static AttributeValue nested(int levels) {
		AttributeValue value = n(1);
		for (int i = 0; i < levels; i++) {
			value = map("a", value);
		}
		return value;
	}

	@Scenario
	void documentPathsNestAtMost32Levels(Backend backend) {
		DynamoDbClient db = table(backend, item("pk", s("k"), "a", nested(31)));

		Map<String, AttributeValue> projected = db.getItem(request -> request.tableName("Limits")
			.key(item("pk", s("k")))
			.projectionExpression(path(32))).item();

		assertThat(projected).isEqualTo(item("a", nested(31)));
		assertValidation(() -> db.getItem(request -> request.tableName("Limits").key(item("pk", s("k"))).projectionExpression(path(33))),
				"Invalid ProjectionExpression: The document path has too many nesting levels; nesting levels: 33");
		assertValidation(() -> db.deleteItem(request -> request.tableName("Limits")
			.key(item("pk", s("k")))
			.conditionExpression("attribute_exists(" + path(33) + ")")),
				"Invalid ConditionExpression: The document path has too many nesting levels; nesting levels: 33");
		assertValidation(() -> db.updateItem(request -> request.tableName("Limits")
			.key(item("pk", s("k")))
			.updateExpression("REMOVE " + path(33))),
				"Invalid UpdateExpression: The document path has too many nesting levels; nesting levels: 33");
	}

	/** Quotas, attributes: nested attributes up to 32 levels deep, counting the attribute itself (31 maps around a leaf). */
	@Scenario
	void storedValuesNestAtMost32Levels(Backend backend) {
		DynamoDbClient db = table(backend, item("pk", s("k"), "a", nested(31)));
		String nesting = "Nesting Levels have exceeded supported limits";

		assertValidation(() -> db.putItem(request -> request.tableName("Limits").item(item("pk", s("deep"), "a", nested(32)))), nesting);
		assertValidation(() -> db.batchWriteItem(request -> request.requestItems(Map.of("Limits",
				List.of(WriteRequest.builder()
					.putRequest(put -> put.item(item("pk", s("deep"), "a", nested(32))))
					.build())))), nesting);
		assertValidation(() -> db.updateItem(request -> request.tableName("Limits")
			.key(item("pk", s("k")))
			.updateExpression("SET b = :deep")
			.expressionAttributeValues(item(":deep", nested(32)))), nesting);
		assertThat(db.scan(request -> request.tableName("Limits")).items()).containsExactly(item("pk", s("k"), "a", nested(31)));
	}

	@Scenario
	void emptyAttributeNamesAreRejected(Backend backend) {
		DynamoDbClient db = table(backend, item("pk", s("k")));

		assertValidation(() -> db.putItem(request -> request.tableName("Limits").item(item("pk", s("e"), "", s("v")))),
				"Empty attribute name");
		assertValidation(() -> db.getItem(request -> request.tableName("Limits")
			.key(item("pk", s("k")))
			.projectionExpression("#e")
			.expressionAttributeNames(Map.of("#e", ""))), "ExpressionAttributeNames contains invalid value: Empty attribute name for key #e");
		assertThat(db.getItem(request -> request.tableName("Limits").key(item("pk", s("e")))).hasItem()).isFalse();
	}

	/** API reference, AttributeDefinition and KeySchemaElement: a key attribute name is 1 to 255 characters. */
	@Scenario
	void keyAttributeNamesAreOneTo255Characters(Backend backend) {
		DynamoDbClient db = backend.client();
		String longest = "k".repeat(255);

		assertValidation(() -> Tables.table("Keys", "", ScalarAttributeType.S).create(db),
				"failed to satisfy constraint: Member must have length greater than or equal to 1");
		assertValidation(() -> Tables.table("Keys", longest + "k", ScalarAttributeType.S).create(db),
				"failed to satisfy constraint: Member must have length less than or equal to 255");
		Tables.table("Keys", longest, ScalarAttributeType.S).create(db);
		db.putItem(request -> request.tableName("Keys").item(item(longest, s("v"))));

		assertThat(db.getItem(request -> request.tableName("Keys").key(item(longest, s("v")))).item()).isEqualTo(item(longest, s("v")));
	}

	/** Quotas, expression parameters: a placeholder such as {@code #name} or {@code :val} is at most 255 bytes. */
	@Scenario
	void placeholdersAreAtMost255Bytes(Backend backend) {
		DynamoDbClient db = table(backend, item("pk", s("k"), "a", n(1)));
		String longestName = "#" + "n".repeat(254);
		String longestValue = ":" + "v".repeat(254);

		db.updateItem(request -> request.tableName("Limits")
			.key(item("pk", s("k")))
			.updateExpression("SET " + longestName + " = " + longestValue)
			.expressionAttributeNames(Map.of(longestName, "a"))
			.expressionAttributeValues(item(longestValue, n(2))));

		assertThat(db.getItem(request -> request.tableName("Limits").key(item("pk", s("k")))).item()).containsEntry("a", n(2));
		assertValidation(() -> db.updateItem(request -> request.tableName("Limits")
			.key(item("pk", s("k")))
			.updateExpression("SET #" + "n".repeat(255) + " = :v")
			.expressionAttributeNames(Map.of("#" + "n".repeat(255), "a"))
			.expressionAttributeValues(item(":v", n(3)))),
				"ExpressionAttributeNames contains invalid key: The expression attribute map contains a key that is too long; size of key: 256");
		assertValidation(() -> db.updateItem(request -> request.tableName("Limits")
			.key(item("pk", s("k")))
			.updateExpression("SET a = :" + "v".repeat(255))
			.expressionAttributeValues(item(":" + "v".repeat(255), n(3)))),
				"ExpressionAttributeValues contains invalid key: The expression attribute map contains a key that is too long;");
	}

	/** A sum needing more than 38 significant digits (1E+50 + 1): DynamoDB answers with its number overflow message. */
	@Scenario
	void arithmeticBeyond38DigitsIsANumberOverflow(Backend backend) {
		DynamoDbClient db = table(backend, item("pk", s("k"), "a", n("1E+50")));

		assertValidation(() -> db.updateItem(request -> request.tableName("Limits")
			.key(item("pk", s("k")))
			.updateExpression("SET a = a + :one")
			.expressionAttributeValues(item(":one", n(1)))),
				"Number overflow. Attempting to store a number with magnitude larger than supported range");
		assertValidation(() -> db.updateItem(request -> request.tableName("Limits")
			.key(item("pk", s("k")))
			.updateExpression("ADD a :one")
			.expressionAttributeValues(item(":one", n(1)))),
				"Number overflow. Attempting to store a number with magnitude larger than supported range");
		assertThat(db.getItem(request -> request.tableName("Limits").key(item("pk", s("k")))).item())
			.containsEntry("a", n("1" + "0".repeat(50)));
	}

	/** Quotas, expression parameters: all substitution variables of a request together are at most 2 MB. */
	@Scenario
	void substitutionVariablesTogetherAreAtMostTwoMegabytes(Backend backend) {
		DynamoDbClient db = table(backend, item("pk", s("k"), "a", s("a")));
		String large = "x".repeat(300 * 1024);

		assertError(() -> deleteIfAIn(db, large, 6), "ConditionalCheckFailedException");
		assertValidation(() -> deleteIfAIn(db, large, 7), "Combined size of ExpressionAttributeNames and ExpressionAttributeValues exceeds max size");
		assertThat(db.getItem(request -> request.tableName("Limits").key(item("pk", s("k")))).hasItem()).isTrue();
	}

	/** DeleteItem of the stored item if {@code a} is one of {@code count} values, each {@code value} with its index. */
	private static void deleteIfAIn(DynamoDbClient db, String value, int count) {
		Map<String, AttributeValue> values = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			values.put(":v" + i, s(value + i));
		}
		db.deleteItem(request -> request.tableName("Limits")
			.key(item("pk", s("k")))
			.conditionExpression("a IN (" + String.join(", ", values.keySet()) + ")")
			.expressionAttributeValues(values));
	}

}
