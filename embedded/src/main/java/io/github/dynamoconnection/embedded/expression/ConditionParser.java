package io.github.dynamoconnection.embedded.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.embedded.value.Value;
import io.github.dynamoconnection.embedded.value.ValueType;

/**
 * Parses condition, filter and key-condition text to a {@link Condition} tree. Precedence: comparisons, BETWEEN
 * and IN bind tightest, then NOT, then AND, then OR; parentheses group.
 */
final class ConditionParser extends ParserBase {

	/** DynamoDB's limit on the operands of IN. */
	static final int MAX_IN_OPERANDS = 100;

	private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");

	private static final Map<String, Integer> ARITY = Map.of("attribute_exists", 1, "attribute_not_exists", 1,
			"attribute_type", 2, "begins_with", 2, "contains", 2, "size", 1);

	private static final Set<String> ORDERABLE = Set.of("S", "N", "B");

	private static final String TYPE_NAMES = "{B,NULL,SS,BOOL,L,BS,N,NS,S,M}";

	ConditionParser(String text, ExpressionKind kind, ExpressionAttributes attributes) {
		super(text, kind, attributes);
	}

	/** Parses the whole text, then reports any static problem. */
	Condition parse() {
		Condition condition = parseOr();
		expectEnd();
		throwProblems();
		return condition;
	}

	/** Parses the whole text to a condition that knows the attributes it reads. */
	ParsedCondition parseWithAttributes() {
		return new ParsedCondition(parse(), pathHeads());
	}

	@Override
	boolean isGrammarKeyword(Token token) {
		return token.kind() == Token.Kind.NAME && KEYWORDS.contains(token.text().toUpperCase(java.util.Locale.ROOT));
	}

	private Condition parseOr() {
		Condition condition = parseAnd();
		while (atKeyword("OR")) {
			next();
			countOperator();
			condition = new Condition.Or(condition, parseAnd());
		}
		return condition;
	}

	private Condition parseAnd() {
		Condition condition = parseNot();
		while (atKeyword("AND")) {
			next();
			countOperator();
			condition = new Condition.And(condition, parseNot());
		}
		return condition;
	}

	private Condition parseNot() {
		int negations = 0;
		while (atKeyword("NOT")) {
			next();
			countOperator();
			negations++;
		}
		Condition condition = parsePrimary();
		for (int i = 0; i < negations; i++) {
			condition = new Condition.Not(condition);
		}
		return condition;
	}

	private Condition parsePrimary() {
		if (at(Token.Kind.LPAREN) && startsParenthesizedCondition()) {
			checkRedundantParentheses();
			next();
			descend();
			Condition condition = parseOr();
			ascend();
			expect(Token.Kind.RPAREN);
			return condition;
		}
		Operand left = parseOperand();
		Token token = peek();
		if (token.isComparator()) {
			next();
			countOperator();
			Operand right = parseOperand();
			checkMisused(List.of(left, right));
			checkDistinct(token.text(), left, right);
			if (token.kind() != Token.Kind.EQ && token.kind() != Token.Kind.NE) {
				checkOrderable(token.text(), List.of(left, right));
			}
			return new Condition.Compare(token.kind(), left, right);
		}
		if (token.isKeyword("BETWEEN")) {
			next();
			countOperator();
			Operand low = parseOperand();
			if (!atKeyword("AND")) {
				throw syntaxError();
			}
			next();
			Operand high = parseOperand();
			checkMisused(List.of(left, low, high));
			checkBetweenBounds(low, high);
			checkOrderable("BETWEEN", List.of(left, low, high));
			return new Condition.Between(left, low, high);
		}
		if (token.isKeyword("IN")) {
			next();
			countOperator();
			expect(Token.Kind.LPAREN);
			List<Operand> candidates = parseArguments();
			expect(Token.Kind.RPAREN);
			List<Operand> all = new ArrayList<>(candidates);
			all.add(0, left);
			checkMisused(all);
			if (candidates.size() > MAX_IN_OPERANDS) {
				problem(Problem.OPERAND_COUNT,
						"The IN operator is provided with too many operands; number of operands: " + candidates.size());
			}
			return new Condition.In(left, candidates);
		}
		if (left instanceof Operand.Call call) {
			if (call.name().equals("size")) {
				problem(Problem.MISUSED_FUNCTION,
						"The function is not allowed to be used this way in an expression; function: size");
			}
			return new Condition.FunctionCondition(call.name(), call.args());
		}
		throw syntaxError();
	}

	/** At {@code (}: whether it opens a condition rather than a parenthesized operand such as {@code (a) = :v}. */
	private boolean startsParenthesizedCondition() {
		int close = matchingParenthesis(position());
		if (close < 0) {
			return true;
		}
		Token after = tokenAt(close + 1);
		return !(after.isComparator() || after.isKeyword("BETWEEN") || after.isKeyword("IN"));
	}

	private Operand parseOperand() {
		if (at(Token.Kind.LPAREN)) {
			checkRedundantParentheses();
			next();
			descend();
			Operand operand = parseOperand();
			ascend();
			expect(Token.Kind.RPAREN);
			return operand;
		}
		if (at(Token.Kind.VALUE_PLACEHOLDER)) {
			return parseValuePlaceholder();
		}
		if (at(Token.Kind.NAME) && !isGrammarKeyword(peek()) && peek(1).kind() == Token.Kind.LPAREN) {
			String name = next().text();
			next();
			if (!ARITY.containsKey(name)) {
				problem(Problem.UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
			}
			descend();
			List<Operand> args = parseArguments();
			ascend();
			expect(Token.Kind.RPAREN);
			checkFunction(name, args);
			return new Operand.Call(name, args);
		}
		if (atPath()) {
			return new Operand.PathOperand(parsePath());
		}
		throw syntaxError();
	}

	private List<Operand> parseArguments() {
		List<Operand> args = new ArrayList<>();
		args.add(parseOperand());
		while (at(Token.Kind.COMMA)) {
			next();
			args.add(parseOperand());
		}
		return args;
	}

	private void checkFunction(String name, List<Operand> args) {
		Integer arity = ARITY.get(name);
		if (arity == null) {
			problem(Problem.UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
			return;
		}
		checkMisused(args);
		if (arity != args.size()) {
			problem(Problem.OPERAND_COUNT, "Incorrect number of operands for operator or function; "
					+ "operator or function: " + name + ", number of operands: " + args.size());
			return;
		}
		if (arity == 2) {
			checkDistinct(name, args.get(0), args.get(1));
		}
		switch (name) {
			case "attribute_exists", "attribute_not_exists" -> requirePath(name, args.get(0));
			case "attribute_type" -> {
				requirePath(name, args.get(0));
				checkTypeName(args.get(1));
			}
			case "begins_with" -> {
				for (Operand arg : args) {
					String type = operandType(arg);
					if (type != null && !type.equals("S") && !type.equals("B")) {
						operandTypeProblem(name, type);
					}
				}
			}
			case "size" -> {
				String type = operandType(args.get(0));
				if ("N".equals(type) || "BOOL".equals(type) || "NULL".equals(type)) {
					operandTypeProblem(name, type);
				}
			}
			default -> {
			}
		}
	}

	private void checkTypeName(Operand operand) {
		String type = operandType(operand);
		if (!"S".equals(type)) {
			operandTypeProblem("attribute_type", (type != null) ? type : "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}");
			return;
		}
		if (operand instanceof Operand.Literal literal && literal.value() instanceof Value.S typeName
				&& ValueType.fromDescriptor(typeName.value()) == null) {
			problem(Problem.OPERAND_TYPE, "Invalid attribute type name found; type: " + typeName.value()
					+ ", valid types: " + TYPE_NAMES);
		}
	}

	private void requirePath(String function, Operand operand) {
		if (!(operand instanceof Operand.PathOperand)) {
			problem(Problem.OPERAND_TYPE,
					"Operator or function requires a document path; operator or function: " + function);
		}
	}

	private void operandTypeProblem(String function, String type) {
		problem(Problem.OPERAND_TYPE, "Incorrect operand type for operator or function; operator or function: "
				+ function + ", operand type: " + type);
	}

	/**
	 * Ordering operators ({@code <}, {@code <=}, {@code >}, {@code >=}, BETWEEN) compare strings, numbers and
	 * binaries only: an operand known before evaluation (a value, or {@code size()}) of another type, or operands
	 * of two different known types, can never compare, and DynamoDB refuses the expression.
	 */
	private void checkOrderable(String operator, List<Operand> operands) {
		String first = null;
		for (Operand operand : operands) {
			String type = operandType(operand);
			if (type == null) {
				continue;
			}
			if (!ORDERABLE.contains(type) || (first != null && !first.equals(type))) {
				operandTypeProblem(operator, type);
				return;
			}
			first = type;
		}
	}

	/** The type an operand is known to have before evaluation: a literal's type, or N for size(). */
	private static String operandType(Operand operand) {
		if (operand instanceof Operand.Call call && call.name().equals("size")) {
			return "N";
		}
		return literalType(operand);
	}

	/** Boolean functions cannot be operands. */
	private void checkMisused(List<Operand> operands) {
		for (Operand operand : operands) {
			if (operand instanceof Operand.Call call && !call.name().equals("size") && ARITY.containsKey(call.name())) {
				problem(Problem.MISUSED_FUNCTION,
						"The function is not allowed to be used this way in an expression; function: " + call.name());
			}
		}
	}

	private void checkDistinct(String operator, Operand first, Operand second) {
		if (first instanceof Operand.PathOperand a && second instanceof Operand.PathOperand b && a.equals(b)) {
			problem(Problem.NOT_DISTINCT,
					"The first operand must be distinct from the remaining operands for this operator or function; "
							+ "operator: " + operator + ", first operand: " + a.path());
		}
	}

	private void checkBetweenBounds(Operand low, Operand high) {
		if (!(low instanceof Operand.Literal lowLiteral) || !(high instanceof Operand.Literal highLiteral)
				|| lowLiteral.value() == null || highLiteral.value() == null) {
			return;
		}
		Value lowValue = lowLiteral.value();
		Value highValue = highLiteral.value();
		String bounds = "lower bound operand: AttributeValue: {" + ValueText.render(lowValue)
				+ "}, upper bound operand: AttributeValue: {" + ValueText.render(highValue) + "}";
		if (lowValue.type() != highValue.type()) {
			problem(Problem.OPERAND_TYPE,
					"The BETWEEN operator requires same data type for lower and upper bounds; " + bounds);
			return;
		}
		Integer order = Comparisons.order(lowValue, highValue);
		if (order != null && order > 0) {
			problem(Problem.OPERAND_TYPE,
					"The BETWEEN operator requires upper bound to be greater than or equal to lower bound; " + bounds);
		}
	}

}
