package io.github.dynamoconnection.embedded.expression;

import io.github.dynamoconnection.embedded.value.Value;

/** One action of an update expression (AST node). Immutable. */
sealed interface UpdateAction permits UpdateAction.Set, UpdateAction.Remove, UpdateAction.Add, UpdateAction.Delete {

	/** The document path the action writes. */
	DocumentPath path();

	/** {@code SET path = value}. */
	record Set(DocumentPath path, Operand value) implements UpdateAction {
	}

	/** {@code REMOVE path}. */
	record Remove(DocumentPath path) implements UpdateAction {
	}

	/** {@code ADD path :value} (number or set). */
	record Add(DocumentPath path, Value value) implements UpdateAction {
	}

	/** {@code DELETE path :set}. */
	record Delete(DocumentPath path, Value value) implements UpdateAction {
	}

}
