package io.github.dynamoconnection.embedded.partiql;

import java.util.List;

import io.github.dynamoconnection.embedded.expression.DocumentPath;
import io.github.dynamoconnection.embedded.value.Value;

/** An expression of a PartiQL statement (AST node), with parameters already bound. Immutable. */
sealed interface PartiqlExpr permits PartiqlExpr.Path, PartiqlExpr.Literal, PartiqlExpr.Compare, PartiqlExpr.And,
		PartiqlExpr.Or, PartiqlExpr.Not, PartiqlExpr.Between, PartiqlExpr.In, PartiqlExpr.IsMissing, PartiqlExpr.Call,
		PartiqlExpr.Arithmetic {

	/** A document path, e.g. {@code a.b[1]} or {@code "a"}. */
	record Path(DocumentPath path) implements PartiqlExpr {
	}

	/** A literal or a bound {@code ?} parameter. */
	record Literal(Value value) implements PartiqlExpr {
	}

	/** {@code = <> < <= > >=} ({@code !=} is read as {@code <>}). */
	record Compare(String operator, PartiqlExpr left, PartiqlExpr right) implements PartiqlExpr {
	}

	/** Conjunction. */
	record And(PartiqlExpr left, PartiqlExpr right) implements PartiqlExpr {
	}

	/** Disjunction. */
	record Or(PartiqlExpr left, PartiqlExpr right) implements PartiqlExpr {
	}

	/** Negation. */
	record Not(PartiqlExpr operand) implements PartiqlExpr {
	}

	/** {@code x BETWEEN low AND high}. */
	record Between(PartiqlExpr value, PartiqlExpr low, PartiqlExpr high) implements PartiqlExpr {
	}

	/** {@code x IN [a, b]}. */
	record In(PartiqlExpr value, List<PartiqlExpr> candidates) implements PartiqlExpr {
		public In {
			candidates = List.copyOf(candidates);
		}
	}

	/** {@code x IS [NOT] MISSING}, or with {@code nullType} {@code x IS [NOT] NULL}. */
	record IsMissing(PartiqlExpr.Path path, boolean negated, boolean nullType) implements PartiqlExpr {
	}

	/** A function call such as {@code begins_with(a, 'x')} or {@code list_append(a, [1])}. */
	record Call(String name, List<PartiqlExpr> args) implements PartiqlExpr {
		public Call {
			args = List.copyOf(args);
		}
	}

	/** {@code a + b} or {@code a - b} (in SET). */
	record Arithmetic(String operator, PartiqlExpr left, PartiqlExpr right) implements PartiqlExpr {
	}

}
