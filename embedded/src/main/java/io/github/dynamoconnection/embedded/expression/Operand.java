package io.github.dynamoconnection.embedded.expression;

import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.value.Value;

/** An operand of an expression (AST node): a document path, a value, or a function call. Immutable. */
sealed interface Operand permits Operand.PathOperand, Operand.Literal, Operand.Call {

	/** The operand's value for {@code item}, or {@code null} when it refers to something missing. */
	Value evaluate(Map<String, Value> item);

	/** A document path such as {@code a.b[1]}. */
	record PathOperand(DocumentPath path) implements Operand {
		@Override
		public Value evaluate(Map<String, Value> item) {
			return path.resolve(item);
		}
	}

	/** A value from {@code ExpressionAttributeValues} ({@code value} is null only while reporting an undefined one). */
	record Literal(String placeholder, Value value) implements Operand {
		@Override
		public Value evaluate(Map<String, Value> item) {
			return value;
		}
	}

	/**
	 * A function call or arithmetic ({@code +}, {@code -}). As an operand of a condition only {@code size}
	 * yields a value; the condition functions are evaluated by {@link Condition.FunctionCondition}; the update
	 * functions by {@link UpdateValues}.
	 */
	record Call(String name, List<Operand> args) implements Operand {
		public Call {
			args = List.copyOf(args);
		}

		@Override
		public Value evaluate(Map<String, Value> item) {
			if (name.equals("size")) {
				return Comparisons.size(args.get(0).evaluate(item));
			}
			return null;
		}
	}

}
