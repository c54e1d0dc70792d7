package io.github.dynamoconnection.embedded.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.engine.EngineException;
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
				if (!(first instanceof Value.L a) || !(second instanceof Value.L b)) {
					throw EngineException.validation(WRONG_TYPE);
				}
				List<Value> joined = new ArrayList<>(a.values());
				joined.addAll(b.values());
				return new Value.L(joined);
			}
			default: {
				Value first = evaluate(args.get(0), item);
				Value second = evaluate(args.get(1), item);
				if (!(first instanceof Value.N a) || !(second instanceof Value.N b)) {
					throw EngineException.validation(WRONG_TYPE);
				}
				BigDecimal result = call.name().equals("+") ? a.value().add(b.value()) : a.value().subtract(b.value());
				return number(result);
			}
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
