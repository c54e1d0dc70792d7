package io.github.dynamoconnection.embedded.expression;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.value.Sizes;
import io.github.dynamoconnection.embedded.value.Value;

/**
 * Shared machinery of the recursive-descent parsers: a token cursor, DynamoDB's syntax error text, document
 * paths, placeholders, reserved words and the deferred static problems.
 */
abstract class ParserBase {

	/** DynamoDB's limit on the length of one expression, in UTF-8 bytes. */
	static final int MAX_EXPRESSION_LENGTH = 4096;

	/** DynamoDB's limit on the operators (comparisons, AND, OR, NOT, BETWEEN, IN, + and -) of one expression. */
	static final int MAX_OPERATORS = 300;

	/**
	 * Our limit on nested parentheses, NOT and function calls, which keeps recursion far from the stack's end; an
	 * expression within DynamoDB's limits never gets near it.
	 */
	static final int MAX_NESTING = 160;

	final String text;

	final ExpressionKind kind;

	final ExpressionAttributes attributes;

	private final List<Token> tokens;

	private int position;

	private int depth;

	private int operators;

	private final Set<String> pathHeads = new LinkedHashSet<>();

	private final Map<Problem, String> problems = new EnumMap<>(Problem.class);

	ParserBase(String text, ExpressionKind kind, ExpressionAttributes attributes) {
		if (text == null || text.isEmpty()) {
			throw kind.invalid("The expression can not be empty;");
		}
		int size = (text.length() > MAX_EXPRESSION_LENGTH / 3) ? Sizes.utf8Length(text) : text.length();
		if (size > MAX_EXPRESSION_LENGTH) {
			throw kind.invalid("Expression size has exceeded the maximum allowed size; expression size: " + size);
		}
		this.text = text;
		this.kind = kind;
		this.attributes = attributes;
		this.tokens = Lexer.tokenize(text);
	}

	/** Whether {@code token} is a keyword of this grammar, which can never be an attribute name. */
	abstract boolean isGrammarKeyword(Token token);

	Token peek() {
		return tokens.get(position);
	}

	Token peek(int ahead) {
		return tokens.get(Math.min(position + ahead, tokens.size() - 1));
	}

	Token next() {
		Token token = tokens.get(position);
		if (position < tokens.size() - 1) {
			position++;
		}
		return token;
	}

	boolean at(Token.Kind tokenKind) {
		return peek().kind() == tokenKind;
	}

	boolean atKeyword(String keyword) {
		return peek().isKeyword(keyword);
	}

	Token expect(Token.Kind tokenKind) {
		if (!at(tokenKind)) {
			throw syntaxError();
		}
		return next();
	}

	void expectEnd() {
		if (!at(Token.Kind.EOF)) {
			throw syntaxError();
		}
	}

	/** Index of the token closing the parenthesis at {@code open}, or -1. */
	int matchingParenthesis(int open) {
		int depth = 0;
		for (int i = open; i < tokens.size(); i++) {
			Token.Kind tokenKind = tokens.get(i).kind();
			if (tokenKind == Token.Kind.LPAREN) {
				depth++;
			}
			else if (tokenKind == Token.Kind.RPAREN && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	int position() {
		return position;
	}

	Token tokenAt(int index) {
		return tokens.get(Math.min(index, tokens.size() - 1));
	}

	/** Notes {@code (( ... ))} around the parenthesis at the cursor. */
	void checkRedundantParentheses() {
		if (at(Token.Kind.LPAREN) && peek(1).kind() == Token.Kind.LPAREN) {
			int inner = matchingParenthesis(position + 1);
			if (inner > 0 && tokenAt(inner + 1).kind() == Token.Kind.RPAREN) {
				problem(Problem.REDUNDANT_PARENTHESES, "The expression has redundant parentheses;");
			}
		}
	}

	/**
	 * DynamoDB's syntax error at the cursor: the offending token, and the text from the previous token to the
	 * next one.
	 */
	EngineException syntaxError() {
		Token current = peek();
		int from = (position > 0) ? tokens.get(position - 1).start() : 0;
		int to = (current.kind() == Token.Kind.EOF) ? text.length()
				: (peek(1).kind() == Token.Kind.EOF) ? current.end() : peek(1).end();
		return kind.invalid("Syntax error; token: \"" + current.text() + "\", near: \"" + text.substring(from, to) + "\"");
	}

	/** Runs a parse, turning a stack overflow (on a thread with a small stack) into DynamoDB-style nesting error. */
	static <T> T guarded(ExpressionKind kind, java.util.function.Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (StackOverflowError ex) {
			throw kind.invalid("The expression has too many levels of nesting; maximum: " + MAX_NESTING);
		}
	}

	/** Enters one level of nesting (parenthesis, NOT, function call); pair with {@link #ascend()}. */
	void descend() {
		if (++depth > MAX_NESTING) {
			throwProblems();
			throw kind.invalid("The expression has too many levels of nesting; maximum: " + MAX_NESTING);
		}
	}

	/** Counts one operator against DynamoDB's limit, failing as DynamoDB does on the first one too many. */
	void countOperator() {
		if (++operators > MAX_OPERATORS) {
			throw kind.invalid("The expression contains too many operators; operator count: " + operators);
		}
	}

	/** Leaves one level of nesting. */
	void ascend() {
		depth--;
	}

	/** The top-level attribute names of every document path parsed so far. */
	Set<String> pathHeads() {
		return Set.copyOf(pathHeads);
	}

	/** Records a static problem (the first of its kind wins). */
	void problem(Problem problem, String message) {
		problems.putIfAbsent(problem, message);
	}

	/** Throws the highest-ranked problem noted, if any. */
	void throwProblems() {
		for (Map.Entry<Problem, String> entry : problems.entrySet()) {
			throw kind.invalid(entry.getValue());
		}
	}

	/** Parses a document path: a name or {@code #name}, then {@code .name}, {@code .#name} or {@code [n]} steps. */
	DocumentPath parsePath() {
		List<DocumentPath.Element> elements = new ArrayList<>();
		String head = parseName();
		pathHeads.add(head);
		elements.add(new DocumentPath.Key(head));
		while (true) {
			if (at(Token.Kind.DOT)) {
				next();
				elements.add(new DocumentPath.Key(parseName()));
			}
			else if (at(Token.Kind.LBRACKET)) {
				next();
				Token index = expect(Token.Kind.NUMBER);
				int value;
				try {
					value = Integer.parseInt(index.text());
				}
				catch (NumberFormatException ex) {
					throw kind.invalid("List index is not within the allowable range; index: [" + index.text() + "]");
				}
				expect(Token.Kind.RBRACKET);
				elements.add(new DocumentPath.Index(value));
			}
			else {
				return new DocumentPath(elements);
			}
		}
	}

	/** Whether the cursor is at the start of a document path. */
	boolean atPath() {
		Token token = peek();
		return token.kind() == Token.Kind.NAME_PLACEHOLDER || (token.kind() == Token.Kind.NAME && !isGrammarKeyword(token));
	}

	private String parseName() {
		Token token = peek();
		if (token.kind() == Token.Kind.NAME_PLACEHOLDER) {
			next();
			String name = attributes.name(token.text());
			if (name == null) {
				problem(Problem.UNDEFINED_NAME,
						"An expression attribute name used in the document path is not defined; attribute name: "
								+ token.text());
				return token.text();
			}
			return name;
		}
		if (token.kind() == Token.Kind.NAME && !isGrammarKeyword(token)) {
			next();
			if (ReservedWords.isReserved(token.text())) {
				problem(Problem.RESERVED_WORD, "Attribute name is a reserved keyword; reserved keyword: " + token.text());
			}
			return token.text();
		}
		throw syntaxError();
	}

	/** Parses a {@code :value} placeholder, noting an undefined one. */
	Operand.Literal parseValuePlaceholder() {
		Token token = expect(Token.Kind.VALUE_PLACEHOLDER);
		Value value = attributes.value(token.text());
		if (value == null) {
			problem(Problem.UNDEFINED_VALUE,
					"An expression attribute value used in expression is not defined; attribute value: " + token.text());
		}
		return new Operand.Literal(token.text(), value);
	}

	/** Notes overlapping or conflicting paths among {@code paths} (update targets or projections). */
	void checkOverlaps(List<DocumentPath> paths) {
		for (int i = 0; i < paths.size(); i++) {
			for (int j = 0; j < i; j++) {
				checkOverlap(paths.get(j), paths.get(i));
			}
		}
	}

	private void checkOverlap(DocumentPath one, DocumentPath two) {
		int common = Math.min(one.elements().size(), two.elements().size());
		for (int i = 0; i < common; i++) {
			DocumentPath.Element a = one.elements().get(i);
			DocumentPath.Element b = two.elements().get(i);
			if (a.getClass() != b.getClass()) {
				problem(Problem.PATH_CONFLICT, "Two document paths conflict with each other; "
						+ "must remove or rewrite one of these paths; path one: " + one + ", path two: " + two);
				return;
			}
			if (!a.equals(b)) {
				return;
			}
		}
		problem(Problem.PATH_OVERLAP, "Two document paths overlap with each other; "
				+ "must remove or rewrite one of these paths; path one: " + one + ", path two: " + two);
	}

	/** DynamoDB's short type name of a literal operand, or {@code null} for paths and functions. */
	static String literalType(Operand operand) {
		return (operand instanceof Operand.Literal literal && literal.value() != null) ? literal.value().type().name()
				: null;
	}

}
