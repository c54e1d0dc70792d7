package io.github.dynamoconnection.embedded.partiql;

import java.util.Locale;

/** One lexical token of a PartiQL statement. */
record PartiqlToken(Kind kind, String text, int start) {

	/** Token kinds; keywords are {@link #IDENTIFIER} tokens compared case-insensitively. */
	enum Kind {
		IDENTIFIER, QUOTED_IDENTIFIER, STRING, NUMBER, SYMBOL, PARAMETER, EOF
	}

	/** Whether this is the keyword {@code keyword} (an unquoted identifier, any case). */
	boolean isKeyword(String keyword) {
		return kind == Kind.IDENTIFIER && text.toUpperCase(Locale.ROOT).equals(keyword);
	}

	/** Whether this is the symbol {@code symbol}. */
	boolean isSymbol(String symbol) {
		return kind == Kind.SYMBOL && text.equals(symbol);
	}

}
