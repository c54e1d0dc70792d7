package io.github.dynamoconnection.embedded.engine;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.contract.EngineException;

class RequestsTests {

	@Test
	void tableNameOfEveryAllowedCharacterAtTheLengthLimitsPasses() {
		assertThatNoException().isThrownBy(() -> Requests.checkTableName("azAZ09_.-", "TableName"));
		assertThatNoException().isThrownBy(() -> Requests.checkTableName("abc", "TableName"));
		assertThatNoException().isThrownBy(() -> Requests.checkTableName("t".repeat(255), "TableName"));
	}

	@Test
	void tableNameOutsideThePatternNamesThePatternAndTheMemberPath() {
		for (String name : new String[] { "Thr ead", "tab/le", "täble", "table:", "[ab]" }) {
			assertThatExceptionOfType(EngineException.class).isThrownBy(() -> Requests.checkTableName(name, "IndexName"))
				.withMessageContaining("Value '" + name + "' at 'indexName' failed to satisfy constraint: "
						+ "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
		}
	}

	@Test
	void tableNameMissingOrOfTheWrongLengthIsRefusedBeforeThePattern() {
		assertThatExceptionOfType(EngineException.class).isThrownBy(() -> Requests.checkTableName(null, "TableName"))
			.withMessageContaining("at 'tableName' failed to satisfy constraint: Member must not be null");
		assertThatExceptionOfType(EngineException.class).isThrownBy(() -> Requests.checkTableName("a b", "TableName"))
			.withMessageContaining("Member must satisfy regular expression pattern");
		assertThatExceptionOfType(EngineException.class).isThrownBy(() -> Requests.checkTableName("a ", "TableName"))
			.withMessageContaining("Member must have length greater than or equal to 3");
		assertThatExceptionOfType(EngineException.class).isThrownBy(() -> Requests.checkTableName("t".repeat(256), "TableName"))
			.withMessageContaining("Member must have length less than or equal to 255");
	}

}
