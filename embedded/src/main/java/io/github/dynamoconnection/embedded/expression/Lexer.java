package io.github.dynamoconnection.embedded.expression;

import java.util.ArrayList;
import java.util.List;

/** Splits DynamoDB expression text into tokens; whitespace is dropped, unknown characters become INVALID tokens. */
final class Lexer {

	private Lexer() {
	}

	/** The tokens of {@code text}, ending with one EOF token. */
	static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
				i++;
				continue;
			}
			int start = i;
			Token.Kind kind;
			if (isNameStart(c)) {
				i = skipNameParts(text, i + 1);
				kind = Token.Kind.NAME;
			}
			else if (c >= '0' && c <= '9') {
				while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
					i++;
				}
				kind = Token.Kind.NUMBER;
			}
			else if ((c == '#' || c == ':') && i + 1 < n && isNamePart(text.charAt(i + 1))) {
				i = skipNameParts(text, i + 1);
				kind = (c == '#') ? Token.Kind.NAME_PLACEHOLDER : Token.Kind.VALUE_PLACEHOLDER;
			}
			else {
				kind = symbol(text, i);
				i += (kind == Token.Kind.NE || kind == Token.Kind.LE || kind == Token.Kind.GE) ? 2 : 1;
			}
			tokens.add(new Token(kind, text.substring(start, i), start, i));
		}
		tokens.add(new Token(Token.Kind.EOF, "<EOF>", n, n));
		return tokens;
	}

	private static Token.Kind symbol(String text, int i) {
		char c = text.charAt(i);
		char next = (i + 1 < text.length()) ? text.charAt(i + 1) : 0;
		return switch (c) {
			case '(' -> Token.Kind.LPAREN;
			case ')' -> Token.Kind.RPAREN;
			case '[' -> Token.Kind.LBRACKET;
			case ']' -> Token.Kind.RBRACKET;
			case ',' -> Token.Kind.COMMA;
			case '.' -> Token.Kind.DOT;
			case '=' -> Token.Kind.EQ;
			case '+' -> Token.Kind.PLUS;
			case '-' -> Token.Kind.MINUS;
			case '<' -> (next == '>') ? Token.Kind.NE : (next == '=') ? Token.Kind.LE : Token.Kind.LT;
			case '>' -> (next == '=') ? Token.Kind.GE : Token.Kind.GT;
			default -> Token.Kind.INVALID;
		};
	}

	private static int skipNameParts(String text, int i) {
		while (i < text.length() && isNamePart(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/** A bare attribute name starts with an ASCII letter (not an underscore or digit). */
	static boolean isNameStart(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	/** Later characters of names, and every character after {@code #} or {@code :}: letters, digits, underscore. */
	static boolean isNamePart(char c) {
		return isNameStart(c) || (c >= '0' && c <= '9') || c == '_';
	}

}
