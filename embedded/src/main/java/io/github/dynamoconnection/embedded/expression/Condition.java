package io.github.dynamoconnection.embedded.expression;

import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.value.Value;

/** A parsed condition (AST node), evaluated against an item. Immutable and thread-safe. */
sealed interface Condition extends ConditionExpression permits Condition.Compare, Condition.Between, Condition.In,
		Condition.And, Condition.Or, Condition.Not, Condition.FunctionCondition {

	/** {@code left <op> right} for {@code = <> < <= > >=}. */
	record Compare(Token.Kind operator, Operand left, Operand right) implements Condition {
		@Override
		public boolean test(Map<String, Value> item) {
			return Comparisons.compare(operator, left.evaluate(item), right.evaluate(item));
		}
	}

	/** {@code value BETWEEN low AND high}. */
	record Between(Operand value, Operand low, Operand high) implements Condition {
		@Override
		public boolean test(Map<String, Value> item) {
			return Comparisons.between(value.evaluate(item), low.evaluate(item), high.evaluate(item));
		}
	}

	/** {@code value IN (a, b, ...)}. */
	record In(Operand value, List<Operand> candidates) implements Condition {
		public In {
			candidates = List.copyOf(candidates);
		}

		@Override
		public boolean test(Map<String, Value> item) {
			Value actual = value.evaluate(item);
			for (Operand candidate : candidates) {
				if (Comparisons.equal(actual, candidate.evaluate(item))) {
					return true;
				}
			}
			return false;
		}
	}

	/** Conjunction. */
	record And(Condition left, Condition right) implements Condition {
		@Override
		public boolean test(Map<String, Value> item) {
			return left.test(item) && right.test(item);
		}
	}

	/** Disjunction. */
	record Or(Condition left, Condition right) implements Condition {
		@Override
		public boolean test(Map<String, Value> item) {
			return left.test(item) || right.test(item);
		}
	}

	/** Negation. */
	record Not(Condition condition) implements Condition {
		@Override
		public boolean test(Map<String, Value> item) {
			return !condition.test(item);
		}
	}

	/** A boolean function: attribute_exists, attribute_not_exists, attribute_type, begins_with, contains. */
	record FunctionCondition(String name, List<Operand> args) implements Condition {
		public FunctionCondition {
			args = List.copyOf(args);
		}

		@Override
		public boolean test(Map<String, Value> item) {
			Value first = args.get(0).evaluate(item);
			return switch (name) {
				case "attribute_exists" -> first != null;
				case "attribute_not_exists" -> first == null;
				case "attribute_type" -> first != null && args.get(1).evaluate(item) instanceof Value.S type
						&& first.type().name().equals(type.value());
				case "begins_with" -> Comparisons.beginsWith(first, args.get(1).evaluate(item));
				case "contains" -> Comparisons.contains(first, args.get(1).evaluate(item));
				default -> throw new IllegalStateException("Unvalidated function " + name);
			};
		}
	}

}
