package io.github.dynamoconnection.embedded.expression;

/** One lexical token of an expression, with its position in the source text. */
record Token(Kind kind, String text, int start, int end) {

	/** Token kinds; keywords are {@link #NAME} tokens recognized by the parsers, case-insensitively. */
	enum Kind {
		NAME, NAME_PLACEHOLDER, VALUE_PLACEHOLDER, NUMBER, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT, EQ, NE, LT,
		LE, GT, GE, PLUS, MINUS, INVALID, EOF
	}

	/** Whether this is a NAME token spelling {@code keyword}, ignoring case. */
	boolean isKeyword(String keyword) {
		return kind == Kind.NAME && text.equalsIgnoreCase(keyword);
	}

	/** Whether this is a comparison operator. */
	boolean isComparator() {
		return kind == Kind.EQ || kind == Kind.NE || kind == Kind.LT || kind == Kind.LE || kind == Kind.GT
				|| kind == Kind.GE;
	}

}
