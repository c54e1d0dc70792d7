package io.github.dynamoconnection.embedded.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.value.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Property tests with a seeded random generator (plain JUnit; every failure names its seed): random token soup and
 * random characters only ever produce ValidationExceptions, and random well-formed expressions evaluate without
 * unexpected exceptions and with the documented precedence.
 */
class ExpressionFuzzTests {

	private static final int RUNS = 3000;

	private static final String[] TOKENS = { "a", "b", "c", "#n", "#undefined", ":s", ":n", ":l", ":ss", ":m", ":undefined",
			"AND", "OR", "NOT", "BETWEEN", "IN", "SET", "REMOVE", "ADD", "DELETE", "(", ")", "[", "]", "[1]", ",", ".", "=",
			"<>", "<", "<=", ">", ">=", "+", "-", "size", "attribute_exists", "attribute_not_exists", "attribute_type",
			"begins_with", "contains", "if_not_exists", "list_append", "name", "0", "7", "99999999999", "$", "#", ":",
			"\"", "'", "{", "}", "a.b", "a[0]", "\t", "\n", "é" };

	private static final Map<String, String> NAMES = Map.of("#n", "nested");

	private static Map<String, Value> values() {
		Map<String, Value> values = new LinkedHashMap<>();
		values.put(":s", Value.s("ab"));
		values.put(":n", Value.n(3));
		values.put(":l", new Value.L(List.of(Value.n(1))));
		values.put(":ss", new Value.SS(List.of("ab", "cd")));
		values.put(":m", new Value.M(Map.of("k", Value.s("v"))));
		values.put(":t", Value.s("N"));
		return values;
	}

	@Test
	void randomTokenSequencesOnlyEverFailWithValidationExceptions() {
		for (int seed = 0; seed < RUNS; seed++) {
			Random random = new Random(seed);
			StringBuilder text = new StringBuilder();
			int length = 1 + random.nextInt(12);
			for (int i = 0; i < length; i++) {
				text.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextBoolean() ? " " : "");
			}
			parseEveryWay(seed, text.toString());
		}
	}

	@Test
	void randomCharactersOnlyEverFailWithValidationExceptions() {
		String alphabet = "ab#:()[],.=<>+- 0123456789ANDORNOTSETxyz_\u00e9\u4e2d\ud83d\ude00";
		for (int seed = 0; seed < RUNS; seed++) {
			Random random = new Random(seed);
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(25);
			for (int i = 0; i < length; i++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			parseEveryWay(seed, text.toString());
		}
	}

	private static void parseEveryWay(int seed, String text) {
		expectOnlyValidation(seed, text, t -> ExpressionParser.parseCondition(t, attributes()).test(item(new Random(seed))));
		expectOnlyValidation(seed, text, t -> ExpressionParser.parseUpdate(t, attributes()).apply(item(new Random(seed))));
		expectOnlyValidation(seed, text, t -> ExpressionParser.parseProjection(t, attributes()).project(item(new Random(seed))));
		expectOnlyValidation(seed, text, t -> ExpressionParser.parseKeyCondition(t, attributes(), "a", "b"));
	}

	private static ExpressionAttributes attributes() {
		return new ExpressionAttributes(NAMES, values());
	}

	private static void expectOnlyValidation(int seed, String text, Consumer<String> action) {
		try {
			action.accept(text);
		}
		catch (EngineException ex) {
			assertThat(ex.errorType()).as("seed %d, text [%s]", seed, text).isEqualTo("ValidationException");
			assertThat(ex.getMessage()).as("seed %d, text [%s]", seed, text).isNotBlank();
		}
		catch (RuntimeException | StackOverflowError ex) {
			fail("seed " + seed + ", text [" + text + "] threw " + ex, ex);
		}
	}

	@Test
	void randomWellFormedConditionsEvaluateWithDocumentedPrecedence() {
		for (int seed = 0; seed < RUNS; seed++) {
			Random random = new Random(seed);
			Map<String, Value> item = item(random);
			String first = condition(random, 2);
			String second = condition(random, 2);
			String third = condition(random, 2);
			boolean a = evaluate(seed, first, item);
			boolean b = evaluate(seed, second, item);
			boolean c = evaluate(seed, third, item);
			String context = "seed " + seed;
			assertThat(evaluate(seed, first + " OR " + second + " AND " + third, item)).as(context).isEqualTo(a || (b && c));
			assertThat(evaluate(seed, first + " AND " + second + " OR " + third, item)).as(context).isEqualTo((a && b) || c);
			assertThat(evaluate(seed, "NOT " + first + " AND " + second, item)).as(context).isEqualTo(!a && b);
			assertThat(evaluate(seed, "NOT (" + first + " OR " + second + ")", item)).as(context).isEqualTo(!a && !b);
		}
	}

	@Test
	void randomWellFormedUpdatesApplyOrFailWithValidationExceptionsAndNeverTouchTheInput() {
		String[] targets = { "a", "b", "c", "#n.x", "#n.y", "l[0]", "l[5]" };
		for (int seed = 0; seed < RUNS; seed++) {
			Random random = new Random(seed);
			Map<String, Value> item = item(random);
			Map<String, Value> copy = new LinkedHashMap<>(item);
			String target = targets[random.nextInt(targets.length)];
			String expression = switch (random.nextInt(5)) {
				case 0 -> "SET " + target + " = " + operand(random) + (random.nextBoolean() ? " + " + operand(random) : "");
				case 1 -> "SET " + target + " = if_not_exists(" + target + ", " + operand(random) + ")";
				case 2 -> "REMOVE " + target;
				case 3 -> "ADD " + target + " " + (random.nextBoolean() ? ":n" : ":ss");
				default -> "DELETE " + target + " :ss";
			};
			int finalSeed = seed;
			expectOnlyValidation(seed, expression, t -> {
				Map<String, Value> updated = ExpressionParser.parseUpdate(t, attributes()).apply(item);
				assertThat(updated).as("seed %d", finalSeed).isNotSameAs(item);
			});
			assertThat(item).as("seed %d", seed).isEqualTo(copy);
		}
	}

	private static boolean evaluate(int seed, String text, Map<String, Value> item) {
		try {
			return ExpressionParser.parseCondition(text, new ExpressionAttributes(NAMES, values())).test(item);
		}
		catch (RuntimeException ex) {
			throw new AssertionError("seed " + seed + ": [" + text + "] threw " + ex, ex);
		}
	}

	/** A random well-formed condition that uses no placeholder twice as a distinct-operand violation. */
	private static String condition(Random random, int depth) {
		if (depth > 0 && random.nextInt(3) == 0) {
			String op = random.nextBoolean() ? " AND " : " OR ";
			return "(" + condition(random, depth - 1) + op + condition(random, depth - 1) + ")";
		}
		if (depth > 0 && random.nextInt(6) == 0) {
			return "NOT " + condition(random, depth - 1);
		}
		String path = path(random);
		return switch (random.nextInt(9)) {
			case 0 -> path + " " + comparator(random) + " " + value(random);
			case 1 -> path + " BETWEEN :n AND :n";
			case 2 -> path + " IN (:s, :n, :l)";
			case 3 -> "attribute_exists(" + path + ")";
			case 4 -> "attribute_not_exists(" + path + ")";
			case 5 -> "begins_with(" + path + ", :s)";
			case 6 -> "contains(" + path + ", " + value(random) + ")";
			case 7 -> "size(" + path + ") " + comparator(random) + " :n";
			default -> "attribute_type(" + path + ", :t)";
		};
	}

	private static String operand(Random random) {
		return random.nextBoolean() ? value(random) : path(random);
	}

	private static String path(Random random) {
		String[] paths = { "a", "b", "c", "#n.x", "#n.y", "l[0]", "l[3]", "nope" };
		return paths[random.nextInt(paths.length)];
	}

	private static String value(Random random) {
		String[] values = { ":s", ":n", ":l", ":ss", ":m" };
		return values[random.nextInt(values.length)];
	}

	private static String comparator(Random random) {
		String[] comparators = { "=", "<>", "<", "<=", ">", ">=" };
		return comparators[random.nextInt(comparators.length)];
	}

	/** A random item whose attributes a, b, c, nested and l hold values of random types. */
	private static Map<String, Value> item(Random random) {
		Map<String, Value> item = new LinkedHashMap<>();
		for (String name : new String[] { "a", "b", "c" }) {
			Value value = randomValue(random);
			if (value != null) {
				item.put(name, value);
			}
		}
		Map<String, Value> nested = new LinkedHashMap<>();
		Value x = randomValue(random);
		if (x != null) {
			nested.put("x", x);
		}
		item.put("nested", random.nextInt(4) == 0 ? Value.n(1) : new Value.M(nested));
		List<Value> list = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			Value element = randomValue(random);
			list.add(element != null ? element : Value.Null.INSTANCE);
		}
		item.put("l", new Value.L(list));
		return item;
	}

	private static Value randomValue(Random random) {
		return switch (random.nextInt(10)) {
			case 0 -> null;
			case 1 -> Value.s(random.nextBoolean() ? "ab" : "abc");
			case 2 -> Value.n(random.nextInt(5));
			case 3 -> Value.b("ab");
			case 4 -> new Value.SS(List.of("ab", "x"));
			case 5 -> new Value.NS(List.of(BigDecimal.valueOf(3)));
			case 6 -> new Value.L(List.of(Value.n(1)));
			case 7 -> new Value.M(Map.of("k", Value.s("v")));
			case 8 -> Value.Bool.TRUE;
			default -> Value.Null.INSTANCE;
		};
	}

	@Test
	void deeplyNestedExpressionsWithinTheLengthLimitFailCleanly() {
		parseEveryWay(0, "(".repeat(2040) + "a = :n" + ")".repeat(2040));
		parseEveryWay(0, "NOT ".repeat(1020) + "a = :n");
		parseEveryWay(0, "a" + "[0]".repeat(1300));
		parseEveryWay(0, "SET a = " + "if_not_exists(a, ".repeat(250) + ":n" + ")".repeat(250));
	}

	@Test
	void deepNestingOnASmallStackStillFailsCleanly() throws InterruptedException {
		java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
		Thread thread = new Thread(null, () -> {
			try {
				deeplyNestedExpressionsWithinTheLengthLimitFailCleanly();
				parseEveryWay(0, "a<b " + "or (a<b ".repeat(149) + ")".repeat(149));
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		}, "small-stack", 128 * 1024);
		thread.start();
		thread.join();
		assertThat(failure.get()).isNull();
	}

}
