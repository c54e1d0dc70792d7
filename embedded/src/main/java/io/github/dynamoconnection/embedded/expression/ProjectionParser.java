package io.github.dynamoconnection.embedded.expression;

import java.util.ArrayList;
import java.util.List;

/** Parses projection expression text: comma-separated document paths that must not overlap. */
final class ProjectionParser extends ParserBase {

	ProjectionParser(String text, ExpressionAttributes attributes) {
		super(text, ExpressionKind.PROJECTION, attributes);
	}

	@Override
	boolean isGrammarKeyword(Token token) {
		return false;
	}

	/** Parses the whole text, then reports any static problem. */
	ProjectionExpression parse() {
		List<DocumentPath> paths = new ArrayList<>();
		paths.add(parsePath());
		while (at(Token.Kind.COMMA)) {
			next();
			paths.add(parsePath());
		}
		expectEnd();
		checkOverlaps(paths);
		throwProblems();
		return new ProjectionExpression(paths);
	}

}
