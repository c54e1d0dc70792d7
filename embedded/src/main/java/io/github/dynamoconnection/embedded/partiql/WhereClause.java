package io.github.dynamoconnection.embedded.partiql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.value.Value;

/** A WHERE clause split into its top-level AND conjuncts, so that key equalities can be taken out of it. */
final class WhereClause {

	private final List<PartiqlExpr> conjuncts = new ArrayList<>();

	WhereClause(PartiqlExpr where) {
		if (where != null) {
			flatten(where);
		}
	}

	private void flatten(PartiqlExpr expr) {
		if (expr instanceof PartiqlExpr.And and) {
			flatten(and.left());
			flatten(and.right());
		}
		else {
			conjuncts.add(expr);
		}
	}

	/** The remaining conjuncts. */
	List<PartiqlExpr> conjuncts() {
		return conjuncts;
	}

	/** Whether nothing remains. */
	boolean isEmpty() {
		return conjuncts.isEmpty();
	}

	/** Takes out {@code attribute = literal} (either way round) and returns the literal, or null when absent. */
	Value takeEquality(String attribute) {
		for (int i = 0; i < conjuncts.size(); i++) {
			Value value = equality(conjuncts.get(i), attribute);
			if (value != null) {
				conjuncts.remove(i);
				return value;
			}
		}
		return null;
	}

	/** Takes out equalities on every key attribute, or throws DynamoDB's error when one is missing. */
	Map<String, Value> takeKey(KeyAttributes keys) {
		Map<String, Value> key = new LinkedHashMap<>();
		for (String name : (keys.range() == null) ? List.of(keys.hash()) : List.of(keys.hash(), keys.range())) {
			Value value = takeEquality(name);
			if (value == null) {
				throw PartiqlErrors.unsupported(PartiqlErrors.MISSING_KEY_EQUALITY);
			}
			key.put(name, value);
		}
		return key;
	}

	/**
	 * Takes out one condition a key condition can express on the sort key ({@code = < <= > >=}, BETWEEN,
	 * begins_with, with literal bounds), or returns null.
	 */
	PartiqlExpr takeRangeCondition(String range) {
		if (range == null) {
			return null;
		}
		for (int i = 0; i < conjuncts.size(); i++) {
			PartiqlExpr conjunct = conjuncts.get(i);
			if (isRangeCondition(conjunct, range)) {
				conjuncts.remove(i);
				return conjunct;
			}
		}
		return null;
	}

	/** Whether any remaining conjunct mentions one of the key attributes (at top level of a path). */
	boolean mentions(KeyAttributes keys) {
		for (PartiqlExpr conjunct : conjuncts) {
			if (mentions(conjunct, keys)) {
				return true;
			}
		}
		return false;
	}

	/** The remaining conjuncts joined with AND, or null. */
	PartiqlExpr remainder() {
		PartiqlExpr result = null;
		for (PartiqlExpr conjunct : conjuncts) {
			result = (result == null) ? conjunct : new PartiqlExpr.And(result, conjunct);
		}
		return result;
	}

	private static Value equality(PartiqlExpr expr, String attribute) {
		if (expr instanceof PartiqlExpr.Compare compare && compare.operator().equals("=")) {
			if (isAttribute(compare.left(), attribute) && compare.right() instanceof PartiqlExpr.Literal literal) {
				return literal.value();
			}
			if (isAttribute(compare.right(), attribute) && compare.left() instanceof PartiqlExpr.Literal literal) {
				return literal.value();
			}
		}
		return null;
	}

	private static boolean isRangeCondition(PartiqlExpr expr, String range) {
		if (expr instanceof PartiqlExpr.Compare compare && !compare.operator().equals("<>")) {
			return (isAttribute(compare.left(), range) && compare.right() instanceof PartiqlExpr.Literal)
					|| (isAttribute(compare.right(), range) && compare.left() instanceof PartiqlExpr.Literal);
		}
		if (expr instanceof PartiqlExpr.Between between) {
			return isAttribute(between.value(), range) && between.low() instanceof PartiqlExpr.Literal
					&& between.high() instanceof PartiqlExpr.Literal;
		}
		if (expr instanceof PartiqlExpr.Call call && call.name().equals("begins_with") && call.args().size() == 2) {
			return isAttribute(call.args().get(0), range) && call.args().get(1) instanceof PartiqlExpr.Literal;
		}
		return false;
	}

	private static boolean isAttribute(PartiqlExpr expr, String attribute) {
		return expr instanceof PartiqlExpr.Path path && path.path().isTopLevel()
				&& path.path().topLevelName().equals(attribute);
	}

	private static boolean mentions(PartiqlExpr expr, KeyAttributes keys) {
		if (expr instanceof PartiqlExpr.Path path) {
			return keys.isKey(path.path().topLevelName());
		}
		if (expr instanceof PartiqlExpr.IsMissing missing) {
			return mentions(missing.path(), keys);
		}
		if (expr instanceof PartiqlExpr.And and) {
			return mentions(and.left(), keys) || mentions(and.right(), keys);
		}
		if (expr instanceof PartiqlExpr.Or or) {
			return mentions(or.left(), keys) || mentions(or.right(), keys);
		}
		if (expr instanceof PartiqlExpr.Not not) {
			return mentions(not.operand(), keys);
		}
		if (expr instanceof PartiqlExpr.Compare compare) {
			return mentions(compare.left(), keys) || mentions(compare.right(), keys);
		}
		if (expr instanceof PartiqlExpr.Between between) {
			return mentions(between.value(), keys) || mentions(between.low(), keys) || mentions(between.high(), keys);
		}
		if (expr instanceof PartiqlExpr.In in) {
			return mentions(in.value(), keys) || in.candidates().stream().anyMatch(c -> mentions(c, keys));
		}
		if (expr instanceof PartiqlExpr.Call call) {
			return call.args().stream().anyMatch(arg -> mentions(arg, keys));
		}
		if (expr instanceof PartiqlExpr.Arithmetic arithmetic) {
			return mentions(arithmetic.left(), keys) || mentions(arithmetic.right(), keys);
		}
		return false;
	}

}
