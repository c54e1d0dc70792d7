package io.github.dynamoconnection.embedded.partiql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import io.github.dynamoconnection.embedded.expression.DocumentPath;
import io.github.dynamoconnection.embedded.json.AttributeValueJson;
import io.github.dynamoconnection.embedded.value.Value;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes PartiQL expressions as DynamoDB expression text with generated {@code #n} and {@code :v} placeholders,
 * so that the engine's own expression language evaluates them. One writer per engine request.
 */
final class ExpressionWriter {

	private static final Map<String, String> FUNCTIONS = Map.of("begins_with", "begins_with", "contains", "contains",
			"attribute_type", "attribute_type", "size", "size", "attribute_exists", "attribute_exists",
			"attribute_not_exists", "attribute_not_exists", "exists", "attribute_exists", "missing", "attribute_not_exists");

	private final Map<String, String> names = new LinkedHashMap<>();

	private final Map<String, Value> values = new LinkedHashMap<>();

	/** A path as {@code #n0.#n1[2]}. */
	String path(DocumentPath path) {
		StringBuilder text = new StringBuilder();
		for (DocumentPath.Element element : path.elements()) {
			if (element instanceof DocumentPath.Key key) {
				if (text.length() > 0) {
					text.append('.');
				}
				text.append(name(key.name()));
			}
			else {
				text.append(element);
			}
		}
		return text.toString();
	}

	/** The placeholder of an attribute name. */
	String name(String name) {
		for (Map.Entry<String, String> entry : names.entrySet()) {
			if (entry.getValue().equals(name)) {
				return entry.getKey();
			}
		}
		String placeholder = "#n" + names.size();
		names.put(placeholder, name);
		return placeholder;
	}

	/** The placeholder of a value. */
	String value(Value value) {
		String placeholder = ":v" + values.size();
		values.put(placeholder, value);
		return placeholder;
	}

	/** A condition (WHERE clause or part of it). */
	String condition(PartiqlExpr expr) {
		if (expr instanceof PartiqlExpr.And and) {
			return "(" + condition(and.left()) + " AND " + condition(and.right()) + ")";
		}
		if (expr instanceof PartiqlExpr.Or or) {
			return "(" + condition(or.left()) + " OR " + condition(or.right()) + ")";
		}
		if (expr instanceof PartiqlExpr.Not not) {
			return "(NOT " + condition(not.operand()) + ")";
		}
		if (expr instanceof PartiqlExpr.Compare compare) {
			return operand(compare.left()) + " " + compare.operator() + " " + operand(compare.right());
		}
		if (expr instanceof PartiqlExpr.Between between) {
			return operand(between.value()) + " BETWEEN " + operand(between.low()) + " AND " + operand(between.high());
		}
		if (expr instanceof PartiqlExpr.In in) {
			StringJoiner candidates = new StringJoiner(", ", "(", ")");
			in.candidates().forEach(candidate -> candidates.add(operand(candidate)));
			return operand(in.value()) + " IN " + candidates;
		}
		if (expr instanceof PartiqlExpr.IsMissing missing) {
			if (missing.nullType()) {
				String test = "attribute_type(" + path(missing.path().path()) + ", " + value(Value.s("NULL")) + ")";
				return missing.negated() ? "(NOT " + test + ")" : test;
			}
			return (missing.negated() ? "attribute_exists(" : "attribute_not_exists(") + path(missing.path().path()) + ")";
		}
		if (expr instanceof PartiqlExpr.Call call && FUNCTIONS.containsKey(call.name()) && !call.name().equals("size")) {
			return call(FUNCTIONS.get(call.name()), call.args());
		}
		throw PartiqlErrors.unsupported("Unsupported condition in WHERE clause: " + describe(expr));
	}

	/** An operand of a condition: a path, a value or size(path). */
	String operand(PartiqlExpr expr) {
		if (expr instanceof PartiqlExpr.Path path) {
			return path(path.path());
		}
		if (expr instanceof PartiqlExpr.Literal literal) {
			return value(literal.value());
		}
		if (expr instanceof PartiqlExpr.Call call && call.name().equals("size")) {
			return call("size", call.args());
		}
		throw PartiqlErrors.unsupported("Unsupported operand in WHERE clause: " + describe(expr));
	}

	/** The right-hand side of a SET: values, paths, + and -, list_append and if_not_exists. */
	String setValue(PartiqlExpr expr) {
		if (expr instanceof PartiqlExpr.Arithmetic arithmetic) {
			return setValue(arithmetic.left()) + " " + arithmetic.operator() + " " + setValue(arithmetic.right());
		}
		if (expr instanceof PartiqlExpr.Call call && (call.name().equals("list_append") || call.name().equals("if_not_exists"))) {
			StringJoiner args = new StringJoiner(", ", call.name() + "(", ")");
			call.args().forEach(arg -> args.add(setValue(arg)));
			return args.toString();
		}
		if (expr instanceof PartiqlExpr.Path || expr instanceof PartiqlExpr.Literal) {
			return operand(expr);
		}
		throw PartiqlErrors.unsupported("Unsupported value in SET clause: " + describe(expr));
	}

	private String call(String function, List<PartiqlExpr> args) {
		StringJoiner text = new StringJoiner(", ", function + "(", ")");
		args.forEach(arg -> text.add(operand(arg)));
		return text.toString();
	}

	private static String describe(PartiqlExpr expr) {
		if (expr instanceof PartiqlExpr.Call call) {
			return "function " + call.name();
		}
		return expr.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
	}

	/** Adds ExpressionAttributeNames and ExpressionAttributeValues to {@code request} when any were written. */
	void writeTo(ObjectNode request) {
		if (!names.isEmpty()) {
			ObjectNode node = request.putObject("ExpressionAttributeNames");
			names.forEach(node::put);
		}
		if (!values.isEmpty()) {
			request.set("ExpressionAttributeValues", AttributeValueJson.writeItem(values));
		}
	}

}
