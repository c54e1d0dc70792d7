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
		String property = "dynamodb.tables." + cause.getDeclaredName();
		String action = cause.getDifferences().contains(TableDeclarationMismatchException.MISSING)
				? "Create the table (with your infrastructure as code, for example), or let the application create it:"
						+ " set '" + property + ".mode' to create-if-missing, or 'dynamodb.table-initialization' to"
						+ " always. Only on the embedded engine and a local endpoint are missing tables created by"
						+ " default."
				: "Make '" + property + "' match the table, migrate the table, or set '" + property
						+ ".mode' to none.";
		return new FailureAnalysis(description.toString(), action, cause);
	}

}
