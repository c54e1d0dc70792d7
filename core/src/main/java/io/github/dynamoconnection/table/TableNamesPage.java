package io.github.dynamoconnection.table;

import java.util.List;

/**
 * One page of ListTables: table names (without the connection's prefix) and the name to continue
 * after, or {@code null} on the last page.
 *
 * @param tableNames the names on this page
 * @param lastEvaluatedTableName pass as {@code exclusiveStartTableName} for the next page, or {@code null}
 */
public record TableNamesPage(List<String> tableNames, String lastEvaluatedTableName) {

	/** Whether another page follows. */
	public boolean hasMorePages() {
		return lastEvaluatedTableName != null;
	}

}
