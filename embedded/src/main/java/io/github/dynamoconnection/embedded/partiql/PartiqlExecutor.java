package io.github.dynamoconnection.embedded.partiql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.github.dynamoconnection.embedded.contract.Engine;
import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.json.AttributeValueJson;
import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.json.DynamoJsonMappers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * DynamoDB's PartiQL operations (ExecuteStatement, BatchExecuteStatement, ExecuteTransaction) on top of an
 * {@link Engine}: each statement is parsed and translated to the engine's own JSON operations, so storage,
 * validation and capacity rules stay in one place. Thread-safe.
 */
public final class PartiqlExecutor {

	static final int MAX_BATCH_STATEMENTS = 25;

	static final int MAX_TRANSACTION_STATEMENTS = 100;

	private static final JsonMapper JSON = DynamoJsonMappers.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Engine engine;

	private final StatementPlanner planner;

	public PartiqlExecutor(Engine engine) {
		this.engine = engine;
		this.planner = new StatementPlanner(engine);
	}

	/** ExecuteStatement: one statement; SELECT pages with Limit and NextToken. */
	public ObjectNode executeStatement(ObjectNode request) {
		PartiqlStatement statement = parse(request);
		ObjectNode response = NODES.objectNode();
		if (statement instanceof PartiqlStatement.Select select) {
			EngineCall call = planner.select(select);
			copyReadOptions(request, call.request());
			ObjectNode result = engine.execute(call.operation(), call.request());
			response.set("Items", result.has("Items") ? result.get("Items") : NODES.arrayNode());
			JsonNode lastKey = result.get("LastEvaluatedKey");
			if (lastKey != null && !lastKey.isNull()) {
				response.put("NextToken", encodeToken(lastKey));
				response.set("LastEvaluatedKey", lastKey);
			}
			copyCapacity(result, response);
			return response;
		}
		EngineCall call = plan(statement);
		copy(request, call.request(), "ReturnConsumedCapacity");
		copy(request, call.request(), "ReturnValuesOnConditionCheckFailure");
		ObjectNode result = executeWrite(statement, call);
		ArrayNode items = response.putArray("Items");
		JsonNode attributes = result.get("Attributes");
		if (attributes != null && !attributes.isNull()) {
			items.add(attributes);
		}
		copyCapacity(result, response);
		return response;
	}

	/** BatchExecuteStatement: up to 25 independent statements, each answered or failed on its own. */
	public ObjectNode batchExecuteStatement(ObjectNode request) {
		JsonNode statements = statementList(request, "Statements", MAX_BATCH_STATEMENTS);
		ArrayNode responses = NODES.arrayNode();
		for (JsonNode entry : statements) {
			responses.add(batchEntry(entry, request));
		}
		ObjectNode response = NODES.objectNode();
		response.set("Responses", responses);
		return response;
	}

	/** ExecuteTransaction: up to 100 statements, all reads (TransactGetItems) or all writes (TransactWriteItems). */
	public ObjectNode executeTransaction(ObjectNode request) {
		JsonNode entries = statementList(request, "TransactStatements", MAX_TRANSACTION_STATEMENTS);
		List<PartiqlStatement> statements = new ArrayList<>();
		for (JsonNode entry : entries) {
			statements.add(parse(entry));
		}
		long reads = statements.stream().filter(PartiqlStatement.Select.class::isInstance).count();
		if (reads > 0 && reads < statements.size()) {
			throw EngineException.validation("A transaction must contain either only read statements or only write statements");
		}
		return (reads > 0) ? transactGet(statements, request) : transactWrite(statements, request);
	}

	private ObjectNode transactGet(List<PartiqlStatement> statements, ObjectNode request) {
		ObjectNode transact = NODES.objectNode();
		ArrayNode items = transact.putArray("TransactItems");
		for (PartiqlStatement statement : statements) {
			items.addObject().set("Get", planner.getByKey((PartiqlStatement.Select) statement,
					"Select statements within a transaction must specify the primary key in the where clause."));
		}
		copy(request, transact, "ReturnConsumedCapacity");
		ObjectNode result = engine.execute("TransactGetItems", transact);
		ObjectNode response = NODES.objectNode();
		response.set("Responses", result.has("Responses") ? result.get("Responses") : NODES.arrayNode());
		copyCapacity(result, response);
		return response;
	}

	private ObjectNode transactWrite(List<PartiqlStatement> statements, ObjectNode request) {
		ObjectNode transact = NODES.objectNode();
		ArrayNode items = transact.putArray("TransactItems");
		for (PartiqlStatement statement : statements) {
			EngineCall call = plan(statement);
			if (call.request().has("ReturnValues")) {
				throw EngineException.validation("RETURNING is not supported in a transaction");
			}
			String kind = switch (call.operation()) {
				case "PutItem" -> "Put";
				case "UpdateItem" -> "Update";
				default -> "Delete";
			};
			items.addObject().set(kind, call.request());
		}
		copy(request, transact, "ClientRequestToken");
		copy(request, transact, "ReturnConsumedCapacity");
		ObjectNode result;
		try {
			result = engine.execute("TransactWriteItems", transact);
		}
		catch (EngineException ex) {
			throw duplicateItemReasons(ex, statements);
		}
		ObjectNode response = NODES.objectNode();
		copyCapacity(result, response);
		return response;
	}

	/** A cancelled transaction names an INSERT that found its key taken DuplicateItem, as DynamoDB does. */
	private static EngineException duplicateItemReasons(EngineException ex, List<PartiqlStatement> statements) {
		if (!"TransactionCanceledException".equals(ex.errorType()) || ex.extra() == null
				|| !(ex.extra().get("CancellationReasons") instanceof ArrayNode reasons)) {
			return ex;
		}
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < reasons.size(); i++) {
			JsonNode reason = reasons.get(i);
			if (reason instanceof ObjectNode object && i < statements.size()
					&& statements.get(i) instanceof PartiqlStatement.Insert
					&& "ConditionalCheckFailed".equals(object.path("Code").asString())) {
				object.put("Code", "DuplicateItem");
				object.put("Message", PartiqlErrors.DUPLICATE_ITEM);
			}
			codes.add(reason.path("Code").asString("None"));
		}
		return new EngineException(ex.errorType(),
				"Transaction cancelled, please refer cancellation reasons for specific reasons " + codes, ex.status(),
				ex.extra());
	}

	private ObjectNode batchEntry(JsonNode entry, ObjectNode request) {
		ObjectNode response = NODES.objectNode();
		try {
			PartiqlStatement statement = parse(entry);
			response.put("TableName", statement.table());
			if (statement instanceof PartiqlStatement.Select select) {
				ObjectNode get = planner.getByKey(select,
						"Select statements within BatchExecuteStatement must specify the primary key in the where clause.");
				copy(entry, get, "ConsistentRead");
				ObjectNode result = engine.execute("GetItem", get);
				JsonNode item = result.get("Item");
				if (item != null && !item.isNull()) {
					response.set("Item", item);
				}
			}
			else {
				EngineCall call = plan(statement);
				copy(entry, call.request(), "ReturnValuesOnConditionCheckFailure");
				executeWrite(statement, call);
			}
		}
		catch (EngineException ex) {
			ObjectNode error = response.putObject("Error");
			error.put("Code", batchErrorCode(ex.errorType()));
			if (ex.getMessage() != null) {
				error.put("Message", ex.getMessage());
			}
			if (ex.extra() != null && ex.extra().has("Item")) {
				error.set("Item", ex.extra().get("Item"));
			}
		}
		return response;
	}

	private static String batchErrorCode(String errorType) {
		return switch (errorType) {
			case "ValidationException" -> "ValidationError";
			case "ThrottlingException" -> "ThrottlingError";
			case "InternalServerError" -> "InternalServerError";
			default -> errorType.endsWith("Exception") ? errorType.substring(0, errorType.length() - "Exception".length())
					: errorType;
		};
	}

	private EngineCall plan(PartiqlStatement statement) {
		if (statement instanceof PartiqlStatement.Insert insert) {
			return planner.insert(insert);
		}
		if (statement instanceof PartiqlStatement.Update update) {
			return planner.update(update);
		}
		if (statement instanceof PartiqlStatement.Delete delete) {
			return planner.delete(delete);
		}
		return planner.select((PartiqlStatement.Select) statement);
	}

	private ObjectNode executeWrite(PartiqlStatement statement, EngineCall call) {
		try {
			return engine.execute(call.operation(), call.request());
		}
		catch (EngineException ex) {
			if (statement instanceof PartiqlStatement.Insert && "ConditionalCheckFailedException".equals(ex.errorType())) {
				throw PartiqlErrors.duplicateItem();
			}
			throw ex;
		}
	}

	/** Parses the {@code Statement} and binds the {@code Parameters} of one request or batch entry. */
	private static PartiqlStatement parse(JsonNode entry) {
		JsonNode statement = entry.get("Statement");
		if (statement == null || statement.isNull()) {
			throw EngineException.validation(
					"1 validation error detected: Value null at 'statement' failed to satisfy constraint: Member must not be null");
		}
		if (!statement.isString()) {
			throw new EngineException("SerializationException", "Unexpected value type in payload");
		}
		String text = statement.asString();
		if (text.isEmpty() || text.length() > 8192) {
			throw EngineException.validation("1 validation error detected: Value at 'statement' failed to satisfy constraint: "
					+ "Member must have length " + (text.isEmpty() ? "greater than or equal to 1" : "less than or equal to 8192"));
		}
		List<Value> parameters = new ArrayList<>();
		JsonNode parameterNodes = entry.get("Parameters");
		if (parameterNodes != null && !parameterNodes.isNull()) {
			if (!parameterNodes.isArray()) {
				throw new EngineException("SerializationException", "Unexpected value type in payload");
			}
			if (parameterNodes.isEmpty()) {
				throw EngineException.validation("1 validation error detected: Value '[]' at 'parameters' failed to "
						+ "satisfy constraint: Member must have length greater than or equal to 1");
			}
			for (JsonNode parameter : parameterNodes) {
				parameters.add(AttributeValueJson.read(parameter));
			}
		}
		return PartiqlParser.parse(text, parameters);
	}

	private static JsonNode statementList(ObjectNode request, String member, int max) {
		JsonNode list = request.get(member);
		if (list == null || list.isNull()) {
			throw EngineException.validation("1 validation error detected: Value null at '" + lowerFirst(member)
					+ "' failed to satisfy constraint: Member must not be null");
		}
		if (!list.isArray()) {
			throw new EngineException("SerializationException", "Unexpected value type in payload");
		}
		if (list.isEmpty() || list.size() > max) {
			throw EngineException.validation("1 validation error detected: Value at '" + lowerFirst(member)
					+ "' failed to satisfy constraint: Member must have length "
					+ (list.isEmpty() ? "greater than or equal to 1" : "less than or equal to " + max));
		}
		for (JsonNode entry : list) {
			if (!entry.isObject()) {
				throw new EngineException("SerializationException", "Unexpected value type in payload");
			}
		}
		return list;
	}

	private static String lowerFirst(String member) {
		return Character.toLowerCase(member.charAt(0)) + member.substring(1);
	}

	private static void copyReadOptions(ObjectNode from, ObjectNode to) {
		copy(from, to, "ConsistentRead");
		copy(from, to, "Limit");
		copy(from, to, "ReturnConsumedCapacity");
		JsonNode token = from.get("NextToken");
		if (token != null && !token.isNull()) {
			to.set("ExclusiveStartKey", decodeToken(token));
		}
	}

	private static void copy(JsonNode from, ObjectNode to, String member) {
		JsonNode value = from.get(member);
		if (value != null && !value.isNull()) {
			to.set(member, value);
		}
	}

	private static void copyCapacity(ObjectNode result, ObjectNode response) {
		JsonNode capacity = result.get("ConsumedCapacity");
		if (capacity != null && !capacity.isNull()) {
			response.set("ConsumedCapacity", capacity);
		}
	}

	/** NextToken: the LastEvaluatedKey as Base64 JSON (opaque to clients). */
	private static String encodeToken(JsonNode lastEvaluatedKey) {
		return Base64.getEncoder().encodeToString(JSON.writeValueAsString(lastEvaluatedKey).getBytes(StandardCharsets.UTF_8));
	}

	private static JsonNode decodeToken(JsonNode token) {
		try {
			JsonNode key = JSON.readTree(new String(Base64.getDecoder().decode(token.asString()), StandardCharsets.UTF_8));
			if (key.isObject()) {
				return key;
			}
		}
		catch (IllegalArgumentException | JacksonException ex) {
			// reported below
		}
		throw EngineException.validation("Invalid NextToken");
	}

}
