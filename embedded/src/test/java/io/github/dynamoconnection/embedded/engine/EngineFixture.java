package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;
import org.assertj.core.api.ThrowableAssert;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real engine plus JSON helpers for engine-level tests. */
final class EngineFixture implements AutoCloseable {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final InMemoryEngine engine;

	EngineFixture() {
		this(EngineSettings.defaults());
	}

	EngineFixture(EngineSettings settings) {
		this.engine = new InMemoryEngine(settings);
	}

	/** Parses JSON written with single quotes for readability. */
	static ObjectNode json(String text) {
		return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
	}

	ObjectNode call(String operation, String body) {
		return engine.execute(operation, json(body));
	}

	/** Asserts that the call fails with this error type and a message containing the text. */
	void assertError(String operation, String body, String errorType, String message) {
		ThrowableAssert.ThrowingCallable call = () -> call(operation, body);
		assertThatThrownBy(call).isInstanceOfSatisfying(EngineException.class, ex -> {
			org.assertj.core.api.Assertions.assertThat(ex.errorType()).isEqualTo(errorType);
			if (message != null) {
				org.assertj.core.api.Assertions.assertThat(ex.getMessage()).contains(message);
			}
		});
	}

	/** Creates a PAY_PER_REQUEST table keyed by string {@code pk} (and string {@code sk} when ranged). */
	void createTable(String name, boolean ranged) {
		String keys = ranged
				? "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'},{'AttributeName':'sk','AttributeType':'S'}],'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'},{'AttributeName':'sk','KeyType':'RANGE'}]"
				: "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}]";
		call("CreateTable", "{'TableName':'" + name + "'," + keys + ",'BillingMode':'PAY_PER_REQUEST'}");
	}

	@Override
	public void close() {
		engine.close();
	}

}
