package io.github.dynamoconnection.embedded.protocol;

import java.util.concurrent.atomic.AtomicInteger;

import io.github.dynamoconnection.embedded.contract.Engine;
import io.github.dynamoconnection.embedded.contract.EngineException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A test engine for the protocol faces alone (what they must do whatever the engine answers):
 * answers {@code {"Operation":..,"Request":..}}; throws the {@link EngineException} described by a
 * {@code FailWith} member, or named by a table name {@code throw.<ErrorType>} (reachable through the
 * SDK); crashes with an unexpected exception for a {@code Crash} member or the table name
 * {@code crash}. Counts its calls.
 */
public final class ScriptedEngine implements Engine {

	/** Text of the unexpected exception, which must never reach a client. */
	public static final String SECRET_DETAIL = "internal detail that must not leak";

	private final AtomicInteger calls = new AtomicInteger();

	@Override
	public ObjectNode execute(String operation, ObjectNode request) {
		calls.incrementAndGet();
		JsonNode failWith = request.get("FailWith");
		if (failWith != null) {
			ObjectNode extra = failWith.has("Extra") ? (ObjectNode) failWith.get("Extra") : null;
			throw new EngineException(failWith.path("Type").asString(), failWith.path("Message").asString(),
					failWith.path("Status").asInt(400), extra);
		}
		String tableName = request.path("TableName").asString("");
		if (tableName.startsWith("throw.")) {
			throw new EngineException(tableName.substring("throw.".length()), "Scripted failure for " + operation,
					400, scriptedExtra(tableName));
		}
		if (request.has("Crash") || tableName.equals("crash")) {
			throw new IllegalStateException(SECRET_DETAIL);
		}
		if (operation.equals("ListTables")) {
			ObjectNode response = JsonNodeFactory.instance.objectNode();
			response.putArray("TableNames").add("echo-" + request.path("ExclusiveStartTableName").asString("none"));
			return response;
		}
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.put("Operation", operation);
		response.set("Request", request);
		return response;
	}

	private static ObjectNode scriptedExtra(String tableName) {
		ObjectNode extra = JsonNodeFactory.instance.objectNode();
		if (tableName.endsWith("ConditionalCheckFailedException")) {
			extra.putObject("Item").putObject("id").put("S", "old");
		}
		if (tableName.endsWith("TransactionCanceledException")) {
			extra.putArray("CancellationReasons").addObject().put("Code", "ConditionalCheckFailed")
				.put("Message", "The conditional request failed");
		}
		return extra.isEmpty() ? null : extra;
	}

	/** How many requests reached the engine. */
	public int calls() {
		return calls.get();
	}

	@Override
	public void close() {
	}

}
