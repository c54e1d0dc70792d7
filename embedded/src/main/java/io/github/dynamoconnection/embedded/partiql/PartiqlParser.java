package io.github.dynamoconnection.embedded.partiql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.embedded.contract.EngineException;
import io.github.dynamoconnection.embedded.expression.DocumentPath;
import io.github.dynamoconnection.embedded.value.Numbers;
import io.github.dynamoconnection.embedded.value.Value;

/**
 * Parses the PartiQL subset DynamoDB supports (SELECT, INSERT, UPDATE, DELETE) with literals and {@code ?}
 * parameters, binding the parameters as it goes.
 */
final class PartiqlParser {

	private static final int MAX_NESTING = 100;

	private static final Set<String> KEYWORDS = Set.of("SELECT", "FROM", "WHERE", "INSERT", "INTO", "VALUE", "VALUES",
			"UPDATE", "SET", "REMOVE", "DELETE", "AND", "OR", "NOT", "BETWEEN", "IN", "IS", "MISSING", "NULL", "TRUE",
			"FALSE", "RETURNING", "ALL", "MODIFIED", "OLD", "NEW", "KEY", "EXISTS", "ORDER", "BY", "LIMIT", "JOIN",
			"GROUP", "HAVING", "AS", "AT", "UNION", "DISTINCT");

	private final List<PartiqlToken> tokens;

	private final List<Value> parameters;

	private int position;

	private int nextParameter;

	private int depth;

	private PartiqlParser(String statement, List<Value> parameters) {
		this.tokens = PartiqlLexer.tokenize(statement);
		this.parameters = parameters;
	}

	/** Parses {@code statement}, binding {@code parameters} to its {@code ?} markers in order. */
	static PartiqlStatement parse(String statement, List<Value> parameters) {
		PartiqlParser parser = new PartiqlParser(statement, parameters);
		PartiqlStatement result;
		try {
			result = parser.statement();
		}
		catch (StackOverflowError ex) {
			throw PartiqlErrors.syntax("Nesting deeper than " + MAX_NESTING + " levels");
		}
		if (parser.nextParameter != parameters.size()) {
			throw EngineException.validation(PartiqlErrors.PARAMETER_COUNT);
		}
		return result;
	}

	private PartiqlStatement statement() {
		PartiqlToken first = peek();
		PartiqlStatement statement;
		if (first.isKeyword("SELECT")) {
			statement = select();
		}
		else if (first.isKeyword("INSERT")) {
			statement = insert();
		}
		else if (first.isKeyword("UPDATE")) {
			statement = update();
		}
		else if (first.isKeyword("DELETE")) {
			statement = delete();
		}
		else {
			throw PartiqlErrors.syntax("Expected data manipulation");
		}
		if (peek().isSymbol(";")) {
			next();
		}
		if (peek().kind() != PartiqlToken.Kind.EOF) {
			throw unexpected();
		}
		return statement;
	}

	private PartiqlStatement.Select select() {
		expectKeyword("SELECT");
		List<DocumentPath> projection = new ArrayList<>();
		if (peek().isSymbol("*")) {
			next();
		}
		else {
			projection.add(path());
			while (peek().isSymbol(",")) {
				next();
				projection.add(path());
			}
		}
		expectKeyword("FROM");
		String table = name();
		String index = null;
		if (peek().isSymbol(".")) {
			next();
			index = name();
		}
		PartiqlExpr where = null;
		if (peek().isKeyword("WHERE")) {
			next();
			where = condition();
		}
		DocumentPath orderBy = null;
		boolean descending = false;
		if (peek().isKeyword("ORDER")) {
			next();
			expectKeyword("BY");
			orderBy = path();
			if (peek().isKeyword("ASC") || peek().isKeyword("DESC")) {
				descending = next().isKeyword("DESC");
			}
		}
		return new PartiqlStatement.Select(table, index, projection, where, orderBy, descending);
	}

	private PartiqlStatement.Insert insert() {
		expectKeyword("INSERT");
		expectKeyword("INTO");
		String table = name();
		expectKeyword("VALUE");
		return new PartiqlStatement.Insert(table, value());
	}

	private PartiqlStatement.Update update() {
		expectKeyword("UPDATE");
		String table = name();
		List<PartiqlStatement.Assignment> assignments = new ArrayList<>();
		while (peek().isKeyword("SET") || peek().isKeyword("REMOVE")) {
			boolean set = next().isKeyword("SET");
			do {
				if (!assignments.isEmpty() && peek().isSymbol(",")) {
					next();
				}
				DocumentPath path = path();
				if (set) {
					expectSymbol("=");
					assignments.add(new PartiqlStatement.Assignment(path, additive()));
				}
				else {
					assignments.add(new PartiqlStatement.Assignment(path, null));
				}
			}
			while (peek().isSymbol(","));
		}
		if (assignments.isEmpty()) {
			throw unexpected();
		}
		PartiqlExpr where = null;
		if (peek().isKeyword("WHERE")) {
			next();
			where = condition();
		}
		return new PartiqlStatement.Update(table, assignments, where, returning());
	}

	private PartiqlStatement.Delete delete() {
		expectKeyword("DELETE");
		expectKeyword("FROM");
		String table = name();
		PartiqlExpr where = null;
		if (peek().isKeyword("WHERE")) {
			next();
			where = condition();
		}
		return new PartiqlStatement.Delete(table, where, returning());
	}

	/** {@code RETURNING (ALL|MODIFIED) (OLD|NEW) *} as DynamoDB's ReturnValues, or null. */
	private String returning() {
		if (!peek().isKeyword("RETURNING")) {
			return null;
		}
		next();
		String scope = next().text().toUpperCase(Locale.ROOT);
		String age = next().text().toUpperCase(Locale.ROOT);
		expectSymbol("*");
		if (!(scope.equals("ALL") || scope.equals("MODIFIED")) || !(age.equals("OLD") || age.equals("NEW"))) {
			throw PartiqlErrors.syntax("Unexpected token");
		}
		return (scope.equals("ALL") ? "ALL_" : "UPDATED_") + age;
	}

	private PartiqlExpr condition() {
		PartiqlExpr left = conjunction();
		while (peek().isKeyword("OR")) {
			next();
			left = new PartiqlExpr.Or(left, conjunction());
		}
		return left;
	}

	private PartiqlExpr conjunction() {
		PartiqlExpr left = negation();
		while (peek().isKeyword("AND")) {
			next();
			left = new PartiqlExpr.And(left, negation());
		}
		return left;
	}

	private PartiqlExpr negation() {
		if (peek().isKeyword("NOT")) {
			next();
			descend();
			PartiqlExpr operand = negation();
			depth--;
			return new PartiqlExpr.Not(operand);
		}
		return predicate();
	}

	private PartiqlExpr predicate() {
		if (peek().isSymbol("(")) {
			next();
			descend();
			PartiqlExpr inner = condition();
			depth--;
			expectSymbol(")");
			return inner;
		}
		PartiqlExpr left = additive();
		PartiqlToken token = peek();
		if (token.kind() == PartiqlToken.Kind.SYMBOL && Set.of("=", "<>", "!=", "<", "<=", ">", ">=").contains(token.text())) {
			next();
			String operator = token.text().equals("!=") ? "<>" : token.text();
			return new PartiqlExpr.Compare(operator, left, additive());
		}
		if (token.isKeyword("BETWEEN")) {
			next();
			PartiqlExpr low = additive();
			expectKeyword("AND");
			return new PartiqlExpr.Between(left, low, additive());
		}
		if (token.isKeyword("IN")) {
			next();
			return new PartiqlExpr.In(left, inList());
		}
		if (token.isKeyword("IS")) {
			next();
			boolean negated = false;
			if (peek().isKeyword("NOT")) {
				next();
				negated = true;
			}
			PartiqlToken what = next();
			if (!(left instanceof PartiqlExpr.Path path) || !(what.isKeyword("MISSING") || what.isKeyword("NULL"))) {
				throw PartiqlErrors.syntax("Unexpected token");
			}
			return new PartiqlExpr.IsMissing(path, negated, what.isKeyword("NULL"));
		}
		if (left instanceof PartiqlExpr.Call) {
			return left;
		}
		throw unexpected();
	}

	private List<PartiqlExpr> inList() {
		String close;
		if (peek().isSymbol("[")) {
			close = "]";
		}
		else if (peek().isSymbol("(")) {
			close = ")";
		}
		else if (peek().kind() == PartiqlToken.Kind.PARAMETER) {
			Value list = parameter();
			if (!(list instanceof Value.L l)) {
				throw PartiqlErrors.syntax("Expected a list for IN");
			}
			return l.values().stream().map(v -> (PartiqlExpr) new PartiqlExpr.Literal(v)).toList();
		}
		else {
			throw unexpected();
		}
		next();
		List<PartiqlExpr> candidates = new ArrayList<>();
		candidates.add(additive());
		while (peek().isSymbol(",")) {
			next();
			candidates.add(additive());
		}
		expectSymbol(close);
		return candidates;
	}

	/** An operand, possibly {@code a + b} or {@code a - b}. */
	private PartiqlExpr additive() {
		PartiqlExpr left = operand();
		while (peek().isSymbol("+") || peek().isSymbol("-")) {
			String operator = next().text();
			left = new PartiqlExpr.Arithmetic(operator, left, operand());
		}
		return left;
	}

	private PartiqlExpr operand() {
		PartiqlToken token = peek();
		if (token.kind() == PartiqlToken.Kind.IDENTIFIER && tokenAt(position + 1).isSymbol("(")) {
			String name = next().text().toLowerCase(Locale.ROOT);
			next();
			descend();
			List<PartiqlExpr> args = new ArrayList<>();
			if (!peek().isSymbol(")")) {
				args.add(additive());
				while (peek().isSymbol(",")) {
					next();
					args.add(additive());
				}
			}
			depth--;
			expectSymbol(")");
			return new PartiqlExpr.Call(name, args);
		}
		if (token.kind() == PartiqlToken.Kind.QUOTED_IDENTIFIER
				|| (token.kind() == PartiqlToken.Kind.IDENTIFIER && !isLiteralKeyword(token))) {
			return new PartiqlExpr.Path(path());
		}
		return new PartiqlExpr.Literal(value());
	}

	private static boolean isLiteralKeyword(PartiqlToken token) {
		return token.isKeyword("TRUE") || token.isKeyword("FALSE") || token.isKeyword("NULL");
	}

	/** A literal value or parameter. */
	private Value value() {
		PartiqlToken token = peek();
		switch (token.kind()) {
			case STRING:
				next();
				return Value.s(token.text());
			case NUMBER:
				next();
				return number(token.text());
			case PARAMETER:
				return parameter();
			case IDENTIFIER:
				if (token.isKeyword("TRUE") || token.isKeyword("FALSE")) {
					next();
					return token.isKeyword("TRUE") ? Value.Bool.TRUE : Value.Bool.FALSE;
				}
				if (token.isKeyword("NULL")) {
					next();
					return Value.Null.INSTANCE;
				}
				throw unexpected();
			case SYMBOL:
				return compositeValue(token);
			default:
				throw unexpected();
		}
	}

	private Value compositeValue(PartiqlToken token) {
		if (token.isSymbol("-") && tokenAt(position + 1).kind() == PartiqlToken.Kind.NUMBER) {
			next();
			return number("-" + next().text());
		}
		descend();
		try {
			if (token.isSymbol("[")) {
				next();
				List<Value> values = new ArrayList<>();
				if (!peek().isSymbol("]")) {
					values.add(value());
					while (peek().isSymbol(",")) {
						next();
						values.add(value());
					}
				}
				expectSymbol("]");
				return new Value.L(values);
			}
			if (token.isSymbol("{")) {
				next();
				Map<String, Value> members = new LinkedHashMap<>();
				if (!peek().isSymbol("}")) {
					do {
						if (peek().isSymbol(",")) {
							next();
						}
						PartiqlToken key = next();
						if (key.kind() != PartiqlToken.Kind.STRING && key.kind() != PartiqlToken.Kind.QUOTED_IDENTIFIER) {
							throw PartiqlErrors.syntax("Unexpected token");
						}
						expectSymbol(":");
						members.put(key.text(), value());
					}
					while (peek().isSymbol(","));
				}
				expectSymbol("}");
				return new Value.M(members);
			}
			if (token.isSymbol("<<")) {
				next();
				List<Value> members = new ArrayList<>();
				if (!peek().isSymbol(">>")) {
					members.add(value());
					while (peek().isSymbol(",")) {
						next();
						members.add(value());
					}
				}
				expectSymbol(">>");
				return set(members);
			}
		}
		finally {
			depth--;
		}
		throw unexpected();
	}

	private static Value set(List<Value> members) {
		if (members.isEmpty()) {
			throw EngineException.validation("One or more parameter values were invalid: An string set  may not be empty");
		}
		if (members.stream().allMatch(Value.S.class::isInstance)) {
			List<String> strings = members.stream().map(m -> ((Value.S) m).value()).toList();
			return new Value.SS(unique(strings));
		}
		if (members.stream().allMatch(Value.N.class::isInstance)) {
			List<BigDecimal> numbers = members.stream().map(m -> ((Value.N) m).value()).toList();
			return new Value.NS(unique(numbers));
		}
		if (members.stream().allMatch(Value.B.class::isInstance)) {
			return new Value.BS(members.stream().map(m -> ((Value.B) m).value()).toList());
		}
		throw EngineException.validation("One or more parameter values were invalid: a set must hold members of one type: string, number or binary");
	}

	private static <T> List<T> unique(List<T> members) {
		Set<T> distinct = new LinkedHashSet<>(members);
		if (distinct.size() != members.size()) {
			throw EngineException.validation("One or more parameter values were invalid: Input collection contains duplicates");
		}
		return List.copyOf(distinct);
	}

	private Value parameter() {
		next();
		if (nextParameter >= parameters.size()) {
			throw EngineException.validation(PartiqlErrors.PARAMETER_COUNT);
		}
		return parameters.get(nextParameter++);
	}

	private static Value number(String text) {
		try {
			return new Value.N(Numbers.parse(text));
		}
		catch (NumberFormatException ex) {
			throw EngineException.validation(ex.getMessage());
		}
	}

	/** A document path: {@code name}, {@code "name"}, then {@code .name}, {@code [n]} or {@code ['key']} steps. */
	private DocumentPath path() {
		List<DocumentPath.Element> elements = new ArrayList<>();
		elements.add(new DocumentPath.Key(name()));
		while (true) {
			if (peek().isSymbol(".")) {
				next();
				elements.add(new DocumentPath.Key(name()));
			}
			else if (peek().isSymbol("[")) {
				next();
				PartiqlToken index = next();
				if (index.kind() == PartiqlToken.Kind.NUMBER && index.text().chars().allMatch(Character::isDigit)) {
					try {
						elements.add(new DocumentPath.Index(Integer.parseInt(index.text())));
					}
					catch (NumberFormatException ex) {
						throw PartiqlErrors.syntax("List index out of range: " + index.text());
					}
				}
				else if (index.kind() == PartiqlToken.Kind.STRING) {
					elements.add(new DocumentPath.Key(index.text()));
				}
				else {
					throw PartiqlErrors.syntax("Unexpected token");
				}
				expectSymbol("]");
			}
			else {
				return new DocumentPath(elements);
			}
		}
	}

	private String name() {
		PartiqlToken token = next();
		if (token.kind() != PartiqlToken.Kind.IDENTIFIER && token.kind() != PartiqlToken.Kind.QUOTED_IDENTIFIER) {
			position--;
			throw unexpected();
		}
		return token.text();
	}

	private void descend() {
		if (++depth > MAX_NESTING) {
			throw PartiqlErrors.syntax("Nesting deeper than " + MAX_NESTING + " levels");
		}
	}

	private PartiqlToken peek() {
		return tokens.get(position);
	}

	private PartiqlToken tokenAt(int index) {
		return tokens.get(Math.min(index, tokens.size() - 1));
	}

	private PartiqlToken next() {
		PartiqlToken token = tokens.get(position);
		if (position < tokens.size() - 1) {
			position++;
		}
		return token;
	}

	private void expectKeyword(String keyword) {
		if (!peek().isKeyword(keyword)) {
			throw unexpected();
		}
		next();
	}

	private void expectSymbol(String symbol) {
		if (!peek().isSymbol(symbol)) {
			throw unexpected();
		}
		next();
	}

	/** DynamoDB's wording: "Unexpected keyword", "Unexpected token" or the end of the statement. */
	private EngineException unexpected() {
		PartiqlToken token = peek();
		if (token.kind() == PartiqlToken.Kind.EOF) {
			return PartiqlErrors.syntax("Unexpected end of statement");
		}
		if (token.kind() == PartiqlToken.Kind.IDENTIFIER && KEYWORDS.contains(token.text().toUpperCase(Locale.ROOT))) {
			return PartiqlErrors.syntax("Unexpected keyword");
		}
		return PartiqlErrors.syntax("Unexpected token");
	}

}
