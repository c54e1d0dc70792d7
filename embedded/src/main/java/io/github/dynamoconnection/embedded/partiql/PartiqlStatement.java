package io.github.dynamoconnection.embedded.partiql;

import java.util.List;

import io.github.dynamoconnection.embedded.expression.DocumentPath;
import io.github.dynamoconnection.embedded.value.Value;

/** A parsed PartiQL statement. Immutable. */
sealed interface PartiqlStatement permits PartiqlStatement.Select, PartiqlStatement.Insert, PartiqlStatement.Update,
		PartiqlStatement.Delete {

	/** The table the statement reads or writes. */
	String table();

	/**
	 * {@code SELECT projection FROM table[.index] [WHERE where] [ORDER BY orderBy [ASC|DESC]]}; empty projection
	 * means {@code *}; {@code orderBy} may be null.
	 */
	record Select(String table, String index, List<DocumentPath> projection, PartiqlExpr where, DocumentPath orderBy,
			boolean descending) implements PartiqlStatement {
		public Select {
			projection = List.copyOf(projection);
		}
	}

	/** {@code INSERT INTO table VALUE item}. */
	record Insert(String table, Value item) implements PartiqlStatement {
	}

	/** One {@code SET path = value} or {@code REMOVE path} of an UPDATE. */
	record Assignment(DocumentPath path, PartiqlExpr value) {
		/** Whether this removes the path. */
		boolean isRemove() {
			return value == null;
		}
	}

	/** {@code UPDATE table SET ... REMOVE ... WHERE ... [RETURNING ...]}; {@code returnValues} may be null. */
	record Update(String table, List<Assignment> assignments, PartiqlExpr where, String returnValues)
			implements PartiqlStatement {
		public Update {
			assignments = List.copyOf(assignments);
		}
	}

	/** {@code DELETE FROM table WHERE ... [RETURNING ALL OLD *]}; {@code returnValues} may be null. */
	record Delete(String table, PartiqlExpr where, String returnValues) implements PartiqlStatement {
	}

}
