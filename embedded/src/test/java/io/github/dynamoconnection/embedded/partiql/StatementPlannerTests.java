package io.github.dynamoconnection.embedded.partiql;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.dynamoconnection.embedded.engine.EngineSettings;
import io.github.dynamoconnection.embedded.engine.InMemoryEngine;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Which engine operation each statement becomes: a key lookup must never turn into a Scan. */
class StatementPlannerTests {

	private static InMemoryEngine engine;

	private static StatementPlanner planner;

	@BeforeAll
	static void createTable() {
		engine = new InMemoryEngine(EngineSettings.defaults());
		planner = new StatementPlanner(engine);
		engine.execute("CreateTable", (ObjectNode) JsonMapper.builder().build().readTree("""
				{"TableName": "Things", "BillingMode": "PAY_PER_REQUEST",
				 "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}, {"AttributeName": "sk", "AttributeType": "N"}],
				 "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}]}
				"""));
	}

	@AfterAll
	static void closeEngine() {
		engine.close();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"SELECT * FROM Things WHERE pk = 'a' | Query | #n0 = :v0 | ",
			"SELECT * FROM Things WHERE 'a' = pk AND sk > 3 | Query | #n0 = :v0 AND #n1 > :v1 | ",
			"SELECT * FROM Things WHERE pk = 'a' AND sk BETWEEN 1 AND 2 AND x = 1 | Query | #n0 = :v0 AND #n1 BETWEEN :v1 AND :v2 | #n2 = :v3",
			"SELECT * FROM Things WHERE pk = 'a' AND begins_with(sk, 'x') | Query | #n0 = :v0 AND begins_with(#n1, :v1) | ",
			"SELECT * FROM Things WHERE pk = 'a' AND sk > 1 AND sk < 5 | Scan | | ",
			"SELECT * FROM Things WHERE pk = 'a' OR pk = 'b' | Scan | | ",
			"SELECT * FROM Things WHERE x = 1 | Scan | | #n0 = :v0",
			"SELECT * FROM Things | Scan | | " })
	void selectBecomesQueryWhenThePartitionKeyIsFixed(String statement, String operation, String keyCondition, String filter) {
		EngineCall call = planner.select((PartiqlStatement.Select) PartiqlParser.parse(statement, List.of()));
		assertThat(call.operation()).isEqualTo(operation);
		if (keyCondition != null) {
			assertThat(call.request().get("KeyConditionExpression").asString()).isEqualTo(keyCondition);
		}
		if (filter != null) {
			assertThat(call.request().get("FilterExpression").asString()).isEqualTo(filter);
		}
		if (operation.equals("Scan") && statement.contains("WHERE")) {
			assertThat(call.request().has("FilterExpression")).isTrue();
		}
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"INSERT INTO Things VALUE {'pk': 'a', 'sk': 1} | PutItem | attribute_not_exists(#n0)",
			"UPDATE Things SET x = 1 WHERE pk = 'a' AND sk = 1 | UpdateItem | attribute_exists(#n1)",
			"UPDATE Things SET x = 1 WHERE pk = 'a' AND sk = 1 AND x = 0 | UpdateItem | attribute_exists(#n1) AND #n0 = :v1",
			"DELETE FROM Things WHERE pk = 'a' AND sk = 1 AND x = 0 | DeleteItem | #n0 = :v0" })
	void writesBecomeItemOperationsWithConditions(String statement, String operation, String condition) {
		PartiqlStatement parsed = PartiqlParser.parse(statement, List.of());
		EngineCall call = (parsed instanceof PartiqlStatement.Insert insert) ? planner.insert(insert)
				: (parsed instanceof PartiqlStatement.Update update) ? planner.update(update)
						: planner.delete((PartiqlStatement.Delete) parsed);
		assertThat(call.operation()).isEqualTo(operation);
		assertThat(call.request().get("ConditionExpression").asString()).isEqualTo(condition);
	}

}
