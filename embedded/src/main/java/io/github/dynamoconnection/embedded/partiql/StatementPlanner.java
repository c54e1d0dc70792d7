package io.github.dynamoconnection.embedded.partiql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import io.github.dynamoconnection.embedded.contract.Engine;
import io.github.dynamoconnection.embedded.expression.DocumentPath;
import io.github.dynamoconnection.embedded.json.AttributeValueJson;
import io.github.dynamoconnection.embedded.value.Value;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Translates parsed statements to the engine's own operations (Query, Scan, GetItem, PutItem, UpdateItem,
 * DeleteItem and their transaction forms), so that no storage logic is duplicated here.
 */
final class StatementPlanner {

	private final Engine engine;

	StatementPlanner(Engine engine) {
		this.engine = engine;
	}

	/** SELECT as Query (when the WHERE clause fixes the partition key) or Scan. */
	EngineCall select(PartiqlStatement.Select select) {
		KeyAttributes keys = KeyAttributes.of(engine, select.table(), select.index());
		ObjectNode request = tableRequest(select.table());
		if (select.index() != null) {
			request.put("IndexName", select.index());
		}
		ExpressionWriter writer = new ExpressionWriter();
		projection(select.projection(), writer, request);
		WhereClause where = new WhereClause(select.where());
		Value hash = where.takeEquality(keys.hash());
		PartiqlExpr range = (hash != null) ? where.takeRangeCondition(keys.range()) : null;
		if (hash != null && !where.mentions(keys)) {
			String keyCondition = writer.name(keys.hash()) + " = " + writer.value(hash);
			if (range != null) {
				keyCondition += " AND " + writer.condition(range);
			}
			request.put("KeyConditionExpression", keyCondition);
			orderBy(select, keys, request);
			filter(where.remainder(), writer, request);
			writer.writeTo(request);
			return new EngineCall("Query", request);
		}
		if (select.orderBy() != null) {
			throw PartiqlErrors.unsupported("ORDER BY requires a WHERE clause with an equality condition on the partition key");
		}
		filter(select.where(), writer, request);
		writer.writeTo(request);
		return new EngineCall("Scan", request);
	}

	/** ORDER BY the sort key of a Query: its direction. */
	private static void orderBy(PartiqlStatement.Select select, KeyAttributes keys, ObjectNode request) {
		if (select.orderBy() == null) {
			return;
		}
		String name = select.orderBy().topLevelName();
		if (!select.orderBy().isTopLevel() || !(name.equals(keys.range()) || name.equals(keys.hash()))) {
			throw PartiqlErrors.unsupported("ORDER BY is supported only on the key attributes of the table or index: " + name);
		}
		request.put("ScanIndexForward", !select.descending());
	}

	/** SELECT of one item by its full key, for batches and transactions. */
	ObjectNode getByKey(PartiqlStatement.Select select, String notKeyedMessage) {
		if (select.index() != null) {
			throw PartiqlErrors.unsupported(notKeyedMessage);
		}
		KeyAttributes keys = KeyAttributes.of(engine, select.table(), null);
		WhereClause where = new WhereClause(select.where());
		Map<String, Value> key;
		try {
			key = where.takeKey(keys);
		}
		catch (RuntimeException ex) {
			throw PartiqlErrors.unsupported(notKeyedMessage);
		}
		if (!where.isEmpty()) {
			throw PartiqlErrors.unsupported(notKeyedMessage);
		}
		ObjectNode request = tableRequest(select.table());
		request.set("Key", AttributeValueJson.writeItem(key));
		ExpressionWriter writer = new ExpressionWriter();
		projection(select.projection(), writer, request);
		writer.writeTo(request);
		return request;
	}

	/** INSERT as PutItem that must not find an item with the same key. */
	EngineCall insert(PartiqlStatement.Insert insert) {
		if (!(insert.item() instanceof Value.M item)) {
			throw PartiqlErrors.unsupported("Unsupported value for INSERT: the VALUE must be a map (tuple)");
		}
		KeyAttributes keys = KeyAttributes.of(engine, insert.table(), null);
		ObjectNode request = tableRequest(insert.table());
		request.set("Item", AttributeValueJson.writeItem(item.values()));
		ExpressionWriter writer = new ExpressionWriter();
		request.put("ConditionExpression", "attribute_not_exists(" + writer.name(keys.hash()) + ")");
		writer.writeTo(request);
		return new EngineCall("PutItem", request);
	}

	/** UPDATE as UpdateItem of an existing item, further WHERE conditions becoming its condition. */
	EngineCall update(PartiqlStatement.Update update) {
		KeyAttributes keys = KeyAttributes.of(engine, update.table(), null);
		WhereClause where = new WhereClause(update.where());
		Map<String, Value> key = where.takeKey(keys);
		ObjectNode request = tableRequest(update.table());
		request.set("Key", AttributeValueJson.writeItem(key));
		ExpressionWriter writer = new ExpressionWriter();
		request.put("UpdateExpression", updateExpression(update.assignments(), writer));
		String condition = "attribute_exists(" + writer.name(keys.hash()) + ")";
		if (!where.isEmpty()) {
			condition += " AND " + writer.condition(where.remainder());
		}
		request.put("ConditionExpression", condition);
		if (update.returnValues() != null) {
			request.put("ReturnValues", update.returnValues());
		}
		writer.writeTo(request);
		return new EngineCall("UpdateItem", request);
	}

	/** DELETE as DeleteItem, further WHERE conditions becoming its condition. */
	EngineCall delete(PartiqlStatement.Delete delete) {
		KeyAttributes keys = KeyAttributes.of(engine, delete.table(), null);
		WhereClause where = new WhereClause(delete.where());
		Map<String, Value> key = where.takeKey(keys);
		ObjectNode request = tableRequest(delete.table());
		request.set("Key", AttributeValueJson.writeItem(key));
		ExpressionWriter writer = new ExpressionWriter();
		if (!where.isEmpty()) {
			request.put("ConditionExpression", writer.condition(where.remainder()));
		}
		if (delete.returnValues() != null) {
			if (!delete.returnValues().equals("ALL_OLD")) {
				throw PartiqlErrors.unsupported("DELETE supports only RETURNING ALL OLD *");
			}
			request.put("ReturnValues", "ALL_OLD");
		}
		writer.writeTo(request);
		return new EngineCall("DeleteItem", request);
	}

	private String updateExpression(List<PartiqlStatement.Assignment> assignments, ExpressionWriter writer) {
		List<String> sets = new ArrayList<>();
		List<String> removes = new ArrayList<>();
		List<String> adds = new ArrayList<>();
		List<String> deletes = new ArrayList<>();
		for (PartiqlStatement.Assignment assignment : assignments) {
			String path = writer.path(assignment.path());
			if (assignment.isRemove()) {
				removes.add(path);
			}
			else if (assignment.value() instanceof PartiqlExpr.Call call
					&& (call.name().equals("set_add") || call.name().equals("set_delete"))) {
				if (call.args().size() != 2 || !(call.args().get(0) instanceof PartiqlExpr.Path target)
						|| !target.path().equals(assignment.path()) || !(call.args().get(1) instanceof PartiqlExpr.Literal set)) {
					throw PartiqlErrors.unsupported(call.name() + " takes the updated attribute and a set literal");
				}
				(call.name().equals("set_add") ? adds : deletes).add(path + " " + writer.value(set.value()));
			}
			else {
				sets.add(path + " = " + writer.setValue(assignment.value()));
			}
		}
		StringJoiner expression = new StringJoiner(" ");
		section(expression, "SET", sets);
		section(expression, "REMOVE", removes);
		section(expression, "ADD", adds);
		section(expression, "DELETE", deletes);
		return expression.toString();
	}

	private static void section(StringJoiner expression, String keyword, List<String> actions) {
		if (!actions.isEmpty()) {
			expression.add(keyword + " " + String.join(", ", actions));
		}
	}

	private static void projection(List<DocumentPath> paths, ExpressionWriter writer, ObjectNode request) {
		if (!paths.isEmpty()) {
			StringJoiner projection = new StringJoiner(", ");
			paths.forEach(path -> projection.add(writer.path(path)));
			request.put("ProjectionExpression", projection.toString());
		}
	}

	private static void filter(PartiqlExpr condition, ExpressionWriter writer, ObjectNode request) {
		if (condition != null) {
			request.put("FilterExpression", writer.condition(condition));
		}
	}

	private static ObjectNode tableRequest(String table) {
		ObjectNode request = JsonNodeFactory.instance.objectNode();
		request.put("TableName", table);
		return request;
	}

}
