package io.github.dynamoconnection.embedded.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.value.Numbers;
import io.github.dynamoconnection.embedded.value.Value;

/** Evaluates the right-hand side of a SET action, with DynamoDB's run-time errors. */
final class UpdateValues {

	static final String MISSING_ATTRIBUTE = "The provided expression refers to an attribute that does not exist in the item";

	static final String WRONG_TYPE = "An operand in the update expression has an incorrect data type";

	private UpdateValues() {
	}

	/** The value of {@code operand} for {@code item}; never {@code null}. */
	static Value evaluate(Operand operand, Map<String, Value> item) {
		if (operand instanceof Operand.Call call) {
			return call(call, item);
		}
		Value value = operand.evaluate(item);
		if (value == null) {
			throw EngineException.validation(MISSING_ATTRIBUTE);
		}
		return value;
	}

	private static Value call(Operand.Call call, Map<String, Value> item) {
		List<Operand> args = call.args();
		switch (call.name()) {
			case "if_not_exists": {
				Value existing = args.get(0).evaluate(item);
				return (existing != null) ? existing : evaluate(args.get(1), item);
			}
			case "list_append": {
				Value first = evaluate(args.get(0), item);
				Value second = evaluate(args.get(1), item);
				requireType("list_append", Value.L.class, first, second);
				Value.L a = (Value.L) first;
				Value.L b = (Value.L) second;
				List<Value> joined = new ArrayList<>(a.values());
				joined.addAll(b.values());
				return new Value.L(joined);
			}
			default: {
				Value first = evaluate(args.get(0), item);
				Value second = evaluate(args.get(1), item);
				requireType(call.name(), Value.N.class, first, second);
				Value.N a = (Value.N) first;
				Value.N b = (Value.N) second;
				BigDecimal result = call.name().equals("+") ? a.value().add(b.value()) : a.value().subtract(b.value());
				return number(result);
			}
		}
	}

	/** DynamoDB's run-time error for an operand of the wrong type, naming the first such operand's type. */
	private static void requireType(String function, Class<? extends Value> type, Value first, Value second) {
		Value wrong = !type.isInstance(first) ? first : !type.isInstance(second) ? second : null;
		if (wrong != null) {
			throw ExpressionKind.UPDATE.invalid("Incorrect operand type for operator or function; operator or function: "
					+ function + ", operand type: " + wrong.type().name());
		}
	}

	/** A computed number, checked against DynamoDB's precision and range. */
	static Value.N number(BigDecimal value) {
		try {
			return new Value.N(Numbers.check(value));
		}
		catch (NumberFormatException ex) {
			throw EngineException.validation(ex.getMessage());
		}
	}

}
