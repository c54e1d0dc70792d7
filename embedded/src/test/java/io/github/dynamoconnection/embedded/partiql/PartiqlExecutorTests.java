package io.github.dynamoconnection.embedded.partiql;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.engine.EngineSettings;
import io.github.dynamoconnection.embedded.engine.InMemoryEngine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PartiQL against a real in-memory engine: every statement runs through the engine's own operations. */
class PartiqlExecutorTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static InMemoryEngine engine;

	private static PartiqlExecutor partiql;

	@BeforeAll
	static void createTables() {
		engine = new InMemoryEngine(EngineSettings.defaults());
		partiql = new PartiqlExecutor(engine);
		engine.execute("CreateTable", json("""
				{"TableName": "Orders", "BillingMode": "PAY_PER_REQUEST",
				 "AttributeDefinitions": [{"AttributeName": "customer", "AttributeType": "S"},
				   {"AttributeName": "orderId", "AttributeType": "N"}, {"AttributeName": "status", "AttributeType": "S"}],
				 "KeySchema": [{"AttributeName": "customer", "KeyType": "HASH"}, {"AttributeName": "orderId", "KeyType": "RANGE"}],
				 "GlobalSecondaryIndexes": [{"IndexName": "byStatus", "KeySchema": [{"AttributeName": "status", "KeyType": "HASH"}],
				   "Projection": {"ProjectionType": "ALL"}}]}
				"""));
		engine.execute("CreateTable", json("""
				{"TableName": "Users", "BillingMode": "PAY_PER_REQUEST",
				 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
				 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}]}
				"""));
		for (int i = 1; i <= 5; i++) {
			statement("INSERT INTO Orders VALUE {'customer': 'alice', 'orderId': " + i + ", 'status': '"
					+ ((i % 2 == 0) ? "open" : "shipped") + "', 'total': " + (i * 10) + "}");
		}
		statement("INSERT INTO Orders VALUE {'customer': 'bob', 'orderId': 1, 'status': 'open', 'total': 7}");
	}

	@AfterAll
	static void closeEngine() {
		engine.close();
	}

	private static ObjectNode json(String text) {
		return (ObjectNode) JSON.readTree(text);
	}

	private static ObjectNode statement(String statement) {
		ObjectNode request = JSON.createObjectNode();
		request.put("Statement", statement);
		return partiql.executeStatement(request);
	}

	private static ObjectNode statement(String statement, String parametersJson) {
		ObjectNode request = JSON.createObjectNode();
		request.put("Statement", statement);
		request.set("Parameters", JSON.readTree(parametersJson));
		return partiql.executeStatement(request);
	}

	@Test
	void selectByFullKeyReturnsTheItem() {
		JsonNode items = statement("SELECT * FROM Orders WHERE customer = 'alice' AND orderId = 3").get("Items");
		assertThat(items).hasSize(1);
		assertThat(items.get(0).get("total").get("N").asString()).isEqualTo("30");
	}

	@Test
	void selectByPartitionKeyQueriesInSortKeyOrderWithRangeAndFilter() {
		JsonNode items = statement("SELECT orderId FROM Orders WHERE customer = 'alice' AND orderId >= 2 AND total < 50")
			.get("Items");
		assertThat(items).hasSize(3);
		assertThat(items.get(0).get("orderId").get("N").asString()).isEqualTo("2");
		assertThat(items.get(2).get("orderId").get("N").asString()).isEqualTo("4");
		assertThat(items.get(0).has("total")).isFalse();
		assertThat(statement("SELECT * FROM Orders WHERE customer = 'alice' AND orderId BETWEEN 2 AND 3").get("Items")).hasSize(2);
	}

	@Test
	void selectWithoutKeyScansWithAFilter() {
		JsonNode items = statement("SELECT * FROM Orders WHERE status = 'open' AND total > 5").get("Items");
		assertThat(items).hasSize(3);
		assertThat(statement("SELECT * FROM Orders WHERE customer IN ['bob', 'carol'] OR total = 50").get("Items")).hasSize(2);
		assertThat(statement("SELECT * FROM Orders WHERE begins_with(status, 'ship')").get("Items")).hasSize(3);
		assertThat(statement("SELECT * FROM Orders WHERE nope IS MISSING AND total IS NOT MISSING").get("Items")).hasSize(6);
	}

	@Test
	void selectFromAnIndex() {
		JsonNode items = statement("SELECT * FROM \"Orders\".\"byStatus\" WHERE status = 'open'").get("Items");
		assertThat(items).hasSize(3);
	}

	@Test
	void parametersBindInOrder() {
		JsonNode items = statement("SELECT * FROM Orders WHERE customer = ? AND orderId = ?", "[{\"S\": \"bob\"}, {\"N\": \"1\"}]")
			.get("Items");
		assertThat(items).hasSize(1);
		assertThat(items.get(0).get("total").get("N").asString()).isEqualTo("7");
	}

	@Test
	void limitAndNextTokenPageThroughResults() {
		ObjectNode request = JSON.createObjectNode();
		request.put("Statement", "SELECT * FROM Orders WHERE customer = 'alice'");
		request.put("Limit", 2);
		int seen = 0;
		for (int page = 0; page < 10; page++) {
			ObjectNode response = partiql.executeStatement(request);
			seen += response.get("Items").size();
			if (!response.has("NextToken")) {
				break;
			}
			request.put("NextToken", response.get("NextToken").asString());
		}
		assertThat(seen).isEqualTo(5);
		request.put("NextToken", "not a token");
		assertThatThrownBy(() -> partiql.executeStatement(request)).hasMessage("Invalid NextToken");
	}

	@Test
	void insertOfAnExistingKeyIsADuplicateItem() {
		statement("INSERT INTO Users VALUE {'id': 'dup', 'name': 'first'}");
		assertThatThrownBy(() -> statement("INSERT INTO Users VALUE {'id': 'dup', 'name': 'second'}"))
			.isInstanceOf(EngineException.class)
			.satisfies(ex -> assertThat(((EngineException) ex).errorType()).isEqualTo("DuplicateItemException"))
			.hasMessage("Duplicate primary key exists in table");
		assertThat(statement("SELECT name FROM Users WHERE id = 'dup'").get("Items").get(0).get("name").get("S").asString())
			.isEqualTo("first");
	}

	@Test
	void updateSetsRemovesAndReturns() {
		statement("INSERT INTO Users VALUE {'id': 'u1', 'n': 1, 'tags': <<'a'>>, 'l': [1], 'gone': 'x'}");
		ObjectNode response = statement("UPDATE Users SET n = n + 4, tags = set_add(tags, <<'b'>>), l = list_append(l, [2]) "
				+ "SET m = {'k': 'v'} REMOVE gone WHERE id = 'u1' RETURNING ALL NEW *");
		JsonNode item = response.get("Items").get(0);
		assertThat(item.get("n").get("N").asString()).isEqualTo("5");
		assertThat(item.get("tags").get("SS")).hasSize(2);
		assertThat(item.get("l").get("L")).hasSize(2);
		assertThat(item.get("m").get("M").get("k").get("S").asString()).isEqualTo("v");
		assertThat(item.has("gone")).isFalse();
		statement("UPDATE Users SET tags = set_delete(tags, <<'a'>>) WHERE id = 'u1'");
		assertThat(statement("SELECT tags FROM Users WHERE id = 'u1'").get("Items").get(0).get("tags").get("SS")).hasSize(1);
	}

	@Test
	void updateOfAMissingItemOrWithAFalseConditionFails() {
		assertThatThrownBy(() -> statement("UPDATE Users SET n = 1 WHERE id = 'nobody'"))
			.satisfies(ex -> assertThat(((EngineException) ex).errorType()).isEqualTo("ConditionalCheckFailedException"));
		statement("INSERT INTO Users VALUE {'id': 'u2', 'n': 1}");
		assertThatThrownBy(() -> statement("UPDATE Users SET n = 2 WHERE id = 'u2' AND n = 5"))
			.satisfies(ex -> assertThat(((EngineException) ex).errorType()).isEqualTo("ConditionalCheckFailedException"));
		statement("UPDATE Users SET n = 2 WHERE id = 'u2' AND n = 1");
		assertThat(statement("SELECT n FROM Users WHERE id = 'u2'").get("Items").get(0).get("n").get("N").asString()).isEqualTo("2");
	}

	@Test
	void updateAndDeleteNeedEqualityOnEveryKeyAttribute() {
		assertThatThrownBy(() -> statement("UPDATE Orders SET total = 1 WHERE customer = 'alice'"))
			.hasMessage("Where clause does not contain a mandatory equality on all key attributes");
		assertThatThrownBy(() -> statement("DELETE FROM Orders WHERE orderId = 1"))
			.hasMessage("Where clause does not contain a mandatory equality on all key attributes");
	}

	@Test
	void deleteRemovesTheItemAndCanReturnIt() {
		statement("INSERT INTO Users VALUE {'id': 'd1', 'n': 1}");
		assertThatThrownBy(() -> statement("DELETE FROM Users WHERE id = 'd1' AND n = 2"))
			.satisfies(ex -> assertThat(((EngineException) ex).errorType()).isEqualTo("ConditionalCheckFailedException"));
		JsonNode old = statement("DELETE FROM Users WHERE id = 'd1' RETURNING ALL OLD *").get("Items");
		assertThat(old.get(0).get("n").get("N").asString()).isEqualTo("1");
		assertThat(statement("SELECT * FROM Users WHERE id = 'd1'").get("Items")).isEmpty();
		assertThat(statement("DELETE FROM Users WHERE id = 'never'").get("Items")).isEmpty();
	}

	@Test
	void unknownTablesAndIndexesAreReported() {
		assertThatThrownBy(() -> statement("SELECT * FROM Nope"))
			.satisfies(ex -> assertThat(((EngineException) ex).errorType()).isEqualTo("ResourceNotFoundException"));
		assertThatThrownBy(() -> statement("SELECT * FROM Orders.nope WHERE status = 'x'"))
			.satisfies(ex -> assertThat(((EngineException) ex).errorType()).isEqualTo("ValidationException"));
	}

	@Test
	void missingOrEmptyStatementIsAValidationError() {
		assertThatThrownBy(() -> partiql.executeStatement(JSON.createObjectNode()))
			.hasMessageContaining("Value null at 'statement'");
		assertThatThrownBy(() -> statement("")).hasMessageContaining("Member must have length greater than or equal to 1");
	}

	@Test
	void batchAnswersEachStatementOnItsOwn() {
		ObjectNode request = json("""
				{"Statements": [
				  {"Statement": "INSERT INTO Users VALUE {'id': 'b1', 'n': 1}"},
				  {"Statement": "INSERT INTO Users VALUE {'id': 'b1', 'n': 2}"},
				  {"Statement": "SELECT * FROM Users WHERE id = ?", "Parameters": [{"S": "b1"}]},
				  {"Statement": "SELECT * FROM Users WHERE n = 1"},
				  {"Statement": "SELECT * FROM Nope WHERE id = 'x'"},
				  {"Statement": "SELEC nonsense"}]}
				""");
		JsonNode responses = partiql.batchExecuteStatement(request).get("Responses");
		assertThat(responses).hasSize(6);
		assertThat(responses.get(0).has("Error")).isFalse();
		assertThat(responses.get(0).get("TableName").asString()).isEqualTo("Users");
		assertThat(responses.get(1).get("Error").get("Code").asString()).isEqualTo("DuplicateItem");
		assertThat(responses.get(2).get("Item").get("n").get("N").asString()).isEqualTo("1");
		assertThat(responses.get(3).get("Error").get("Code").asString()).isEqualTo("ValidationError");
		assertThat(responses.get(3).get("Error").get("Message").asString())
			.isEqualTo("Select statements within BatchExecuteStatement must specify the primary key in the where clause.");
		assertThat(responses.get(4).get("Error").get("Code").asString()).isEqualTo("ResourceNotFound");
		assertThat(responses.get(5).get("Error").get("Code").asString()).isEqualTo("ValidationError");
	}

	@Test
	void batchAcceptsAtMostTwentyFiveStatements() {
		ObjectNode request = JSON.createObjectNode();
		var statements = request.putArray("Statements");
		for (int i = 0; i < 26; i++) {
			statements.addObject().put("Statement", "SELECT * FROM Users WHERE id = 'x'");
		}
		assertThatThrownBy(() -> partiql.batchExecuteStatement(request))
			.hasMessageContaining("Member must have length less than or equal to 25");
	}

	@Test
	void transactionWritesAllOrNothing() {
		statement("INSERT INTO Users VALUE {'id': 't-existing'}");
		ObjectNode failing = json("""
				{"TransactStatements": [
				  {"Statement": "INSERT INTO Users VALUE {'id': 't-new'}"},
				  {"Statement": "INSERT INTO Users VALUE {'id': 't-existing'}"}]}
				""");
		assertThatThrownBy(() -> partiql.executeTransaction(failing)).isInstanceOf(EngineException.class)
			.satisfies(ex -> {
				EngineException engineException = (EngineException) ex;
				assertThat(engineException.errorType()).isEqualTo("TransactionCanceledException");
				JsonNode reasons = engineException.extra().get("CancellationReasons");
				assertThat(reasons.get(0).get("Code").asString()).isEqualTo("None");
				assertThat(reasons.get(1).get("Code").asString()).isEqualTo("DuplicateItem");
			})
			.hasMessageContaining("[None, DuplicateItem]");
		assertThat(statement("SELECT * FROM Users WHERE id = 't-new'").get("Items")).isEmpty();
		partiql.executeTransaction(json("""
				{"TransactStatements": [
				  {"Statement": "INSERT INTO Users VALUE {'id': 't-new'}"},
				  {"Statement": "UPDATE Users SET n = ? WHERE id = 't-existing'", "Parameters": [{"N": "9"}]},
				  {"Statement": "DELETE FROM Users WHERE id = 'never-there'"}]}
				"""));
		JsonNode read = partiql.executeTransaction(json("""
				{"TransactStatements": [
				  {"Statement": "SELECT * FROM Users WHERE id = 't-new'"},
				  {"Statement": "SELECT n FROM Users WHERE id = 't-existing'"}]}
				""")).get("Responses");
		assertThat(read.get(0).get("Item").get("id").get("S").asString()).isEqualTo("t-new");
		assertThat(read.get(1).get("Item").get("n").get("N").asString()).isEqualTo("9");
	}

	@Test
	void transactionsCannotMixReadsAndWrites() {
		assertThatThrownBy(() -> partiql.executeTransaction(json("""
				{"TransactStatements": [
				  {"Statement": "INSERT INTO Users VALUE {'id': 'mix'}"},
				  {"Statement": "SELECT * FROM Users WHERE id = 'mix'"}]}
				"""))).isInstanceOf(EngineException.class).hasMessageContaining("only read statements or only write statements");
	}

	@Test
	void randomStatementsOnlyEverFailWithClientErrors() {
		String[] starts = { "SELECT * FROM Users WHERE ", "SELECT n, m.k FROM Users WHERE ", "UPDATE Users SET n = ",
				"DELETE FROM Users WHERE ", "INSERT INTO Users VALUE ", "SELECT * FROM \"Orders\".\"byStatus\" WHERE " };
		String[] parts = { "id = 'fz'", "id", "=", "'fz'", "n", "1", "AND", "OR", "NOT", "n > 0", "(", ")", "{'id': 'fz'}",
				"{'id': 1}", "[1]", "<<'a'>>", "begins_with(id, 'f')", "size(n) > 1", "n + 1", "IS MISSING", "BETWEEN 1 AND 2",
				"IN ['a', 'b']", "WHERE", "id = 'fz' AND n = 1", "status = 'open'", "customer = 'alice'", "SET", "REMOVE m" };
		for (int seed = 0; seed < 400; seed++) {
			java.util.Random random = new java.util.Random(seed);
			StringBuilder statement = new StringBuilder(starts[random.nextInt(starts.length)]);
			for (int i = random.nextInt(6); i >= 0; i--) {
				statement.append(parts[random.nextInt(parts.length)]).append(' ');
			}
			try {
				statement(statement.toString());
			}
			catch (EngineException ex) {
				assertThat(ex.status()).as("seed %d: %s -> %s", seed, statement, ex.getMessage()).isEqualTo(400);
				assertThat(ex.getMessage()).as("seed %d: %s", seed, statement).isNotBlank();
			}
			catch (RuntimeException | StackOverflowError ex) {
				throw new AssertionError("seed " + seed + ": [" + statement + "] threw " + ex, ex);
			}
		}
	}

	@Test
	void theEngineRoutesThePartiqlOperationsHere() {
		ObjectNode insert = json("{\"Statement\": \"INSERT INTO Users VALUE {'id': 'routed'}\"}");
		engine.execute("ExecuteStatement", insert);
		ObjectNode batch = json("{\"Statements\": [{\"Statement\": \"SELECT * FROM Users WHERE id = 'routed'\"}]}");
		assertThat(engine.execute("BatchExecuteStatement", batch).get("Responses").get(0).has("Item")).isTrue();
		ObjectNode transaction = json("{\"TransactStatements\": [{\"Statement\": \"DELETE FROM Users WHERE id = 'routed'\"}]}");
		engine.execute("ExecuteTransaction", transaction);
		assertThat(statement("SELECT * FROM Users WHERE id = 'routed'").get("Items")).isEmpty();
	}

	@Test
	void orderByTheSortKeySetsTheQueryDirection() {
		JsonNode descending = statement("SELECT orderId FROM Orders WHERE customer = 'alice' ORDER BY orderId DESC").get("Items");
		assertThat(descending.get(0).get("orderId").get("N").asString()).isEqualTo("5");
		assertThat(descending.get(4).get("orderId").get("N").asString()).isEqualTo("1");
		JsonNode ascending = statement("SELECT orderId FROM Orders WHERE customer = 'alice' ORDER BY orderId ASC").get("Items");
		assertThat(ascending.get(0).get("orderId").get("N").asString()).isEqualTo("1");
		assertThatThrownBy(() -> statement("SELECT * FROM Orders ORDER BY orderId")).isInstanceOf(EngineException.class)
			.hasMessageContaining("ORDER BY requires a WHERE clause");
		assertThatThrownBy(() -> statement("SELECT * FROM Orders WHERE customer = 'alice' ORDER BY total"))
			.hasMessageContaining("ORDER BY is supported only on the key attributes");
	}

}
