package io.github.dynamoconnection.embedded.partiql;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.expression.DocumentPath;
import io.github.dynamoconnection.embedded.value.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartiqlParserTests {

	@Test
	void selectWithProjectionIndexAndWhere() {
		PartiqlStatement.Select select = (PartiqlStatement.Select) PartiqlParser.parse(
				"SELECT a, \"b\".c, d[2] FROM \"Orders\".\"byCustomer\" WHERE a = 'x' AND (b > 1 OR NOT c IS MISSING)",
				List.of());
		assertThat(select.table()).isEqualTo("Orders");
		assertThat(select.index()).isEqualTo("byCustomer");
		assertThat(select.projection()).extracting(DocumentPath::toString).containsExactly("[a]", "[b, c]", "[d, [2]]");
		assertThat(select.where()).isInstanceOf(PartiqlExpr.And.class);
		PartiqlExpr.And and = (PartiqlExpr.And) select.where();
		assertThat(and.right()).isInstanceOf(PartiqlExpr.Or.class);
	}

	@Test
	void literalsOfEveryType() {
		PartiqlStatement.Insert insert = (PartiqlStatement.Insert) PartiqlParser.parse(
				"insert into t value {'s': 'it''s', 'n': -1.50, 'e': 1e3, 't': true, 'f': FALSE, 'z': null, "
						+ "'l': [1, 'two', [3]], 'm': {'k': {'deep': 1}}, 'ss': <<'a', 'b'>>, 'ns': <<1, 2>>, 'p': ?}",
				List.of(Value.b("bin")));
		Map<String, Value> item = ((Value.M) insert.item()).values();
		assertThat(item.get("s")).isEqualTo(Value.s("it's"));
		assertThat(item.get("n")).isEqualTo(Value.n("-1.5"));
		assertThat(item.get("e")).isEqualTo(Value.n(1000));
		assertThat(item.get("t")).isEqualTo(Value.Bool.TRUE);
		assertThat(item.get("f")).isEqualTo(Value.Bool.FALSE);
		assertThat(item.get("z")).isEqualTo(Value.Null.INSTANCE);
		assertThat(item.get("l")).isEqualTo(new Value.L(List.of(Value.n(1), Value.s("two"), new Value.L(List.of(Value.n(3))))));
		assertThat(item.get("m")).isEqualTo(new Value.M(Map.of("k", new Value.M(Map.of("deep", Value.n(1))))));
		assertThat(item.get("ss")).isEqualTo(new Value.SS(List.of("a", "b")));
		assertThat(item.get("ns")).isEqualTo(new Value.NS(List.of(BigDecimal.ONE, BigDecimal.valueOf(2))));
		assertThat(item.get("p")).isEqualTo(Value.b("bin"));
	}

	@Test
	void updateWithSetRemoveAndReturning() {
		PartiqlStatement.Update update = (PartiqlStatement.Update) PartiqlParser.parse(
				"UPDATE t SET a = a + 1, b = list_append(b, [1]) SET c = ? REMOVE d, e.f WHERE pk = 'k' RETURNING MODIFIED NEW *",
				List.of(Value.s("c")));
		assertThat(update.assignments()).hasSize(5);
		assertThat(update.assignments().get(3).isRemove()).isTrue();
		assertThat(update.returnValues()).isEqualTo("UPDATED_NEW");
	}

	@Test
	void deleteWithReturning() {
		PartiqlStatement.Delete delete = (PartiqlStatement.Delete) PartiqlParser.parse(
				"DELETE FROM t WHERE pk = 'k' RETURNING ALL OLD *;", List.of());
		assertThat(delete.returnValues()).isEqualTo("ALL_OLD");
	}

	@Test
	void parametersMustMatchInNumber() {
		assertThatThrownBy(() -> PartiqlParser.parse("SELECT * FROM t WHERE a = ?", List.of()))
			.isInstanceOf(EngineException.class)
			.hasMessage("Number of parameters in request and statement don't match.");
		assertThatThrownBy(() -> PartiqlParser.parse("SELECT * FROM t WHERE a = ?", List.of(Value.n(1), Value.n(2))))
			.hasMessage("Number of parameters in request and statement don't match.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELEC * FROM t", "SELECT * FROM", "SELECT * FROM t WHERE", "SELECT * FROM t WHERE a =",
			"INSERT INTO t VALUES {'a': 1}", "INSERT INTO t VALUE {a: 1}", "UPDATE t WHERE a = 1", "DELETE t WHERE a = 1",
			"SELECT * FROM t WHERE a = 'unterminated", "SELECT * FROM t WHERE a = 1 extra", "SELECT * FROM t WHERE a # 1",
			"SELECT * FROM t WHERE a IS 1", "UPDATE t SET a = 1 WHERE pk = 'k' RETURNING SOME NEW *" })
	void malformedStatementsAreValidationErrors(String statement) {
		assertThatThrownBy(() -> PartiqlParser.parse(statement, List.of())).isInstanceOf(EngineException.class)
			.satisfies(ex -> assertThat(((EngineException) ex).errorType()).isEqualTo("ValidationException"))
			.hasMessageStartingWith("Statement wasn't well formed, can't be processed: ");
	}

	@Test
	void badSetsAndNumbersAreValidationErrors() {
		assertThatThrownBy(() -> PartiqlParser.parse("INSERT INTO t VALUE {'s': <<'a', 'a'>>}", List.of()))
			.hasMessageContaining("duplicates");
		assertThatThrownBy(() -> PartiqlParser.parse("INSERT INTO t VALUE {'s': <<'a', 1>>}", List.of()))
			.isInstanceOf(EngineException.class);
		assertThatThrownBy(() -> PartiqlParser.parse("INSERT INTO t VALUE {'n': 1e999}", List.of()))
			.hasMessageContaining("Number overflow");
	}

	@Test
	void errorsUseDynamoDbWording() {
		assertThatThrownBy(() -> PartiqlParser.parse("UPSERT INTO t VALUE {'a': 1}", List.of()))
			.hasMessage("Statement wasn't well formed, can't be processed: Expected data manipulation");
		assertThatThrownBy(() -> PartiqlParser.parse("INSERT INTO t VALUES {'a': 1}", List.of()))
			.hasMessage("Statement wasn't well formed, can't be processed: Unexpected keyword");
		assertThatThrownBy(() -> PartiqlParser.parse("SELECT * FROM t WHERE a = = 1", List.of()))
			.hasMessage("Statement wasn't well formed, can't be processed: Unexpected token");
		assertThatThrownBy(() -> PartiqlParser.parse("SELECT * FROM t WHERE a =", List.of()))
			.hasMessage("Statement wasn't well formed, can't be processed: Unexpected end of statement");
	}

	@Test
	void randomTokenSequencesOnlyEverFailWithValidationExceptions() {
		String[] vocabulary = { "SELECT", "*", "FROM", "t", "\"t\"", ".", "idx", "WHERE", "a", "=", "'s'", "1", "-", "?",
				"AND", "OR", "NOT", "(", ")", "[", "]", "{", "}", ":", ",", "<<", ">>", "INSERT", "INTO", "VALUE", "UPDATE",
				"SET", "REMOVE", "DELETE", "RETURNING", "ALL", "NEW", "IS", "MISSING", "BETWEEN", "IN", "begins_with",
				"size", "true", "null", "1e400", "'", "\"", "#", "<=", "!=", ";" };
		for (int seed = 0; seed < 3000; seed++) {
			java.util.Random random = new java.util.Random(seed);
			StringBuilder statement = new StringBuilder();
			for (int i = random.nextInt(14); i >= 0; i--) {
				statement.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
			}
			try {
				PartiqlParser.parse(statement.toString(), List.of(Value.n(1)));
			}
			catch (EngineException ex) {
				assertThat(ex.errorType()).as("seed %d: %s", seed, statement).isEqualTo("ValidationException");
			}
			catch (RuntimeException | StackOverflowError ex) {
				throw new AssertionError("seed " + seed + ": [" + statement + "] threw " + ex, ex);
			}
		}
	}

}
