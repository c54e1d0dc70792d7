package io.github.dynamoconnection.autoconfigure.tables;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up failed by a {@link TableDeclarationMismatchException}: the table, each
 * difference, and the ways out.
 */
class TableDeclarationMismatchFailureAnalyzer extends AbstractFailureAnalyzer<TableDeclarationMismatchException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, TableDeclarationMismatchException cause) {
		StringBuilder description = new StringBuilder("Table '").append(cause.getTableName())
			.append("' does not match its declaration under 'dynamodb.tables.")
			.append(cause.getDeclaredName())
			.append("':");
		cause.getDifferences().forEach((difference) -> description.append("\n    - ").append(difference));
		String action = "Make 'dynamodb.tables." + cause.getDeclaredName()
				+ "' match the table, migrate the table, or set 'dynamodb.tables." + cause.getDeclaredName()
				+ ".mode' to none.";
		return new FailureAnalysis(description.toString(), action, cause);
	}

}
