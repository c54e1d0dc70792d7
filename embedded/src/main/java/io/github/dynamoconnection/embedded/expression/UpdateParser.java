package io.github.dynamoconnection.embedded.expression;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.embedded.value.Value;

/** Parses update expression text ({@code SET}, {@code REMOVE}, {@code ADD}, {@code DELETE} clauses) to actions. */
final class UpdateParser extends ParserBase {

	private enum Section {
		SET, REMOVE, ADD, DELETE
	}

	private static final Map<String, Integer> ARITY = Map.of("if_not_exists", 2, "list_append", 2);

	private static final Map<String, String> TYPE_WORDS = Map.of("S", "STRING", "N", "NUMBER", "B", "BINARY", "NULL",
			"NULL", "BOOL", "BOOLEAN", "L", "LIST", "M", "MAP");

	UpdateParser(String text, ExpressionAttributes attributes) {
		super(text, ExpressionKind.UPDATE, attributes);
	}

	@Override
	boolean isGrammarKeyword(Token token) {
		return section(token) != null;
	}

	private static final Map<String, Section> SECTIONS = Map.of("SET", Section.SET, "REMOVE", Section.REMOVE, "ADD",
			Section.ADD, "DELETE", Section.DELETE);

	private static Section section(Token token) {
		return (token.kind() == Token.Kind.NAME) ? SECTIONS.get(token.text().toUpperCase(Locale.ROOT)) : null;
	}

	/** Parses the whole text, then reports any static problem. */
	List<UpdateAction> parse() {
		List<UpdateAction> actions = new ArrayList<>();
		Set<Section> seen = EnumSet.noneOf(Section.class);
		do {
			Section section = section(peek());
			if (section == null) {
				throw syntaxError();
			}
			next();
			if (!seen.add(section)) {
				problem(Problem.SECTION_REPEATED,
						"The \"" + section + "\" section can only be used once in an update expression;");
			}
			actions.add(parseAction(section));
			while (at(Token.Kind.COMMA)) {
				next();
				actions.add(parseAction(section));
			}
		}
		while (!at(Token.Kind.EOF));
		checkOverlaps(actions.stream().map(UpdateAction::path).toList());
		throwProblems();
		return actions;
	}

	private UpdateAction parseAction(Section section) {
		DocumentPath path = parsePath();
		switch (section) {
			case SET -> {
				expect(Token.Kind.EQ);
				return new UpdateAction.Set(path, parseSetValue());
			}
			case REMOVE -> {
				return new UpdateAction.Remove(path);
			}
			case ADD -> {
				Value value = parseValuePlaceholder().value();
				checkActionOperand("ADD", value);
				return new UpdateAction.Add(path, value);
			}
			default -> {
				Value value = parseValuePlaceholder().value();
				checkActionOperand("DELETE", value);
				return new UpdateAction.Delete(path, value);
			}
		}
	}

	private void checkActionOperand(String action, Value value) {
		if (value == null || value.type().isSet() || (action.equals("ADD") && value instanceof Value.N)) {
			return;
		}
		problem(Problem.OPERAND_TYPE, "Incorrect operand type for operator or function; operator: " + action
				+ ", operand type: " + TYPE_WORDS.get(value.type().name()));
	}

	private Operand parseSetValue() {
		Operand left = parseOperand();
		if (at(Token.Kind.PLUS) || at(Token.Kind.MINUS)) {
			String operator = next().text();
			countOperator();
			Operand right = parseOperand();
			checkOperandTypes(operator, List.of(left, right), "N");
			return new Operand.Call(operator, List.of(left, right));
		}
		return left;
	}

	private Operand parseOperand() {
		if (at(Token.Kind.LPAREN)) {
			next();
			descend();
			Operand operand = parseSetValue();
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
			countOperator();
			if (!ARITY.containsKey(name)) {
				problem(Problem.UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
			}
			descend();
			List<Operand> args = new ArrayList<>();
			args.add(parseOperand());
			while (at(Token.Kind.COMMA)) {
				next();
				args.add(parseOperand());
			}
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

	private void checkFunction(String name, List<Operand> args) {
		Integer arity = ARITY.get(name);
		if (arity == null) {
			problem(Problem.UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
			return;
		}
		if (arity != args.size()) {
			problem(Problem.OPERAND_COUNT, "Incorrect number of operands for operator or function; "
					+ "operator or function: " + name + ", number of operands: " + args.size());
			return;
		}
		if (name.equals("if_not_exists")) {
			if (!(args.get(0) instanceof Operand.PathOperand)) {
				problem(Problem.OPERAND_TYPE,
						"Operator or function requires a document path; operator or function: " + name);
			}
		}
		else {
			checkOperandTypes(name, args, "L");
		}
	}

	private void checkOperandTypes(String function, List<Operand> args, String required) {
		for (Operand arg : args) {
			String type = literalType(arg);
			if (type != null && !type.equals(required)) {
				problem(Problem.OPERAND_TYPE, "Incorrect operand type for operator or function; operator or function: "
						+ function + ", operand type: " + type);
			}
		}
	}

}
