package io.github.dynamoconnection.conformance;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;

import static io.github.dynamoconnection.conformance.DynamoErrors.assertError;
import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static io.github.dynamoconnection.conformance.Values.item;
import static io.github.dynamoconnection.conformance.Values.n;
import static io.github.dynamoconnection.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

/** PartiQL: ExecuteStatement, BatchExecuteStatement and ExecuteTransaction with literals and parameters. */
class PartiqlScenarios {

	private static DynamoDbClient music(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Music").create(db);
		db.putItem(request -> request.tableName("Music").item(item("pk", s("song1"), "plays", n(10), "artist", s("Ann"))));
		db.putItem(request -> request.tableName("Music").item(item("pk", s("song2"), "plays", n(3), "artist", s("Bob"))));
		return db;
	}

	private static Map<String, AttributeValue> stored(DynamoDbClient db, String pk) {
		return db.getItem(request -> request.tableName("Music").key(item("pk", s(pk))).consistentRead(true)).item();
	}

	private static List<Map<String, AttributeValue>> execute(DynamoDbClient db, String statement, AttributeValue... parameters) {
		return db.executeStatement(request -> request.statement(statement).parameters(parameters.length == 0 ? null : List.of(parameters)))
			.items();
	}

	@Scenario
	void selectByKeyWithParameter(Backend backend) {
		DynamoDbClient db = music(backend);

		assertThat(execute(db, "SELECT * FROM \"Music\" WHERE pk = ?", s("song1")))
			.containsExactly(item("pk", s("song1"), "plays", n(10), "artist", s("Ann")));
	}

	@Scenario
	void selectNamedAttributesWithLiteralFilterOnNonKey(Backend backend) {
		DynamoDbClient db = music(backend);

		assertThat(execute(db, "SELECT pk, plays FROM \"Music\" WHERE plays > 5")).containsExactly(item("pk", s("song1"), "plays", n(10)));
	}

	@Scenario
	void selectWithNumberParameterInFilter(Backend backend) {
		DynamoDbClient db = music(backend);

		assertThat(execute(db, "SELECT pk FROM \"Music\" WHERE plays > ?", n(5))).containsExactly(item("pk", s("song1")));
	}

	@Scenario
	void insertWithLiteralsStoresItem(Backend backend) {
		DynamoDbClient db = music(backend);

		execute(db, "INSERT INTO \"Music\" VALUE {'pk': 'song3', 'plays': 1}");

		assertThat(stored(db, "song3")).isEqualTo(item("pk", s("song3"), "plays", n(1)));
	}

	@Scenario
	void insertWithParametersStoresItem(Backend backend) {
		DynamoDbClient db = music(backend);

		execute(db, "INSERT INTO \"Music\" VALUE {'pk': ?, 'plays': ?}", s("song3"), n(1));

		assertThat(stored(db, "song3")).isEqualTo(item("pk", s("song3"), "plays", n(1)));
	}

	@Scenario
	void insertOfExistingKeyIsDuplicateItem(Backend backend) {
		DynamoDbClient db = music(backend);

		assertError(() -> execute(db, "INSERT INTO \"Music\" VALUE {'pk': 'song1', 'plays': 0}"), "DuplicateItemException",
				"Duplicate primary key exists in table");
		assertThat(stored(db, "song1")).containsEntry("plays", n(10));
	}

	@Scenario
	void updateWithParametersChangesItem(Backend backend) {
		DynamoDbClient db = music(backend);

		execute(db, "UPDATE \"Music\" SET plays = ? WHERE pk = ?", n(11), s("song1"));

		assertThat(stored(db, "song1")).containsEntry("plays", n(11));
	}

	@Scenario
	void updateWithLiteralNumberChangesItem(Backend backend) {
		DynamoDbClient db = music(backend);

		execute(db, "UPDATE \"Music\" SET plays = 500 WHERE pk = 'song1'");

		assertThat(stored(db, "song1")).containsEntry("plays", n(500));
	}

	@Scenario
	void deleteWithLiteralKeyRemovesItem(Backend backend) {
		DynamoDbClient db = music(backend);

		execute(db, "DELETE FROM \"Music\" WHERE pk = 'song2'");

		assertThat(db.getItem(request -> request.tableName("Music").key(item("pk", s("song2")))).hasItem()).isFalse();
	}

	@Scenario
	void deleteWithParameterRemovesItem(Backend backend) {
		DynamoDbClient db = music(backend);

		execute(db, "DELETE FROM \"Music\" WHERE pk = ?", s("song2"));

		assertThat(db.getItem(request -> request.tableName("Music").key(item("pk", s("song2")))).hasItem()).isFalse();
	}

	@Scenario
	void batchExecuteStatementRunsEachStatement(Backend backend) {
		DynamoDbClient db = music(backend);

		List<BatchStatementResponse> responses = db.batchExecuteStatement(request -> request.statements(
				batchStatement("INSERT INTO \"Music\" VALUE {'pk': 'song3'}"),
				batchStatement("UPDATE \"Music\" SET plays = ? WHERE pk = ?", n(4), s("song2")))).responses();

		assertThat(responses).hasSize(2).allSatisfy(response -> assertThat(response.error()).isNull());
		assertThat(stored(db, "song3")).isEqualTo(item("pk", s("song3")));
		assertThat(stored(db, "song2")).containsEntry("plays", n(4));
	}

	@Scenario
	void executeTransactionAppliesEveryStatement(Backend backend) {
		DynamoDbClient db = music(backend);

		db.executeTransaction(request -> request.transactStatements(
				statement("UPDATE \"Music\" SET plays = ? WHERE pk = ?", n(20), s("song1")),
				statement("DELETE FROM \"Music\" WHERE pk = 'song2'")));

		assertThat(stored(db, "song1")).containsEntry("plays", n(20));
		assertThat(db.getItem(request -> request.tableName("Music").key(item("pk", s("song2")))).hasItem()).isFalse();
	}

	@Scenario
	void selectFromMissingTableIsResourceNotFound(Backend backend) {
		DynamoDbClient db = music(backend);

		assertError(() -> execute(db, "SELECT * FROM \"Missing\" WHERE pk = ?", s("a")), "ResourceNotFoundException");
	}

	private static ParameterizedStatement statement(String statement, AttributeValue... parameters) {
		return ParameterizedStatement.builder().statement(statement).parameters(parameters.length == 0 ? null : List.of(parameters)).build();
	}

	private static BatchStatementRequest batchStatement(String statement, AttributeValue... parameters) {
		return BatchStatementRequest.builder().statement(statement).parameters(parameters.length == 0 ? null : List.of(parameters)).build();
	}

}
