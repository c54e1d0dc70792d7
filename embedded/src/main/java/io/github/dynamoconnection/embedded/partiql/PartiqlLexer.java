package io.github.dynamoconnection.embedded.partiql;

import java.util.ArrayList;
import java.util.List;

/** Splits a PartiQL statement into tokens: identifiers, "quoted identifiers", 'strings', numbers, symbols, {@code ?}. */
final class PartiqlLexer {

	private static final String[] SYMBOLS = { "<<", ">>", "<=", ">=", "<>", "!=", "<", ">", "=", ".", ",", "(", ")", "[",
			"]", "{", "}", ":", "*", "+", "-", ";" };

	private PartiqlLexer() {
	}

	/** The tokens of {@code statement}, ending with one EOF token. */
	static List<PartiqlToken> tokenize(String statement) {
		List<PartiqlToken> tokens = new ArrayList<>();
		int i = 0;
		int n = statement.length();
		while (i < n) {
			char c = statement.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '\'' || c == '"') {
				StringBuilder text = new StringBuilder();
				int start = i++;
				while (true) {
					if (i >= n) {
						throw PartiqlErrors.syntax("Unterminated " + ((c == '\'') ? "string literal" : "quoted identifier")
								+ " at position " + start);
					}
					char d = statement.charAt(i++);
					if (d == c) {
						if (i < n && statement.charAt(i) == c) {
							text.append(c);
							i++;
							continue;
						}
						break;
					}
					text.append(d);
				}
				tokens.add(new PartiqlToken((c == '\'') ? PartiqlToken.Kind.STRING : PartiqlToken.Kind.QUOTED_IDENTIFIER,
						text.toString(), start));
			}
			else if (Character.isDigit(c)) {
				int start = i;
				while (i < n && Character.isDigit(statement.charAt(i))) {
					i++;
				}
				if (i + 1 < n && statement.charAt(i) == '.' && Character.isDigit(statement.charAt(i + 1))) {
					i++;
					while (i < n && Character.isDigit(statement.charAt(i))) {
						i++;
					}
				}
				if (i < n && (statement.charAt(i) == 'e' || statement.charAt(i) == 'E')) {
					int exponent = i + 1;
					if (exponent < n && (statement.charAt(exponent) == '+' || statement.charAt(exponent) == '-')) {
						exponent++;
					}
					if (exponent < n && Character.isDigit(statement.charAt(exponent))) {
						i = exponent;
						while (i < n && Character.isDigit(statement.charAt(i))) {
							i++;
						}
					}
				}
				tokens.add(new PartiqlToken(PartiqlToken.Kind.NUMBER, statement.substring(start, i), start));
			}
			else if (Character.isLetter(c) || c == '_' || c == '$') {
				int start = i;
				while (i < n && (Character.isLetterOrDigit(statement.charAt(i)) || statement.charAt(i) == '_'
						|| statement.charAt(i) == '$')) {
					i++;
				}
				tokens.add(new PartiqlToken(PartiqlToken.Kind.IDENTIFIER, statement.substring(start, i), start));
			}
			else if (c == '?') {
				tokens.add(new PartiqlToken(PartiqlToken.Kind.PARAMETER, "?", i++));
			}
			else {
				String symbol = symbolAt(statement, i);
				if (symbol == null) {
					throw PartiqlErrors.syntax("Unexpected character '" + c + "' at position " + i);
				}
				tokens.add(new PartiqlToken(PartiqlToken.Kind.SYMBOL, symbol, i));
				i += symbol.length();
			}
		}
		tokens.add(new PartiqlToken(PartiqlToken.Kind.EOF, "<EOF>", n));
		return tokens;
	}

	private static String symbolAt(String statement, int i) {
		for (String symbol : SYMBOLS) {
			if (statement.startsWith(symbol, i)) {
				return symbol;
			}
		}
		return null;
	}

}
