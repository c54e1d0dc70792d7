package io.github.dynamoconnection.autoconfigure.tables;

import java.util.List;

/**
 * Thrown at start-up when a table declared under {@code dynamodb.tables.<name>} exists with a
 * different definition, or is missing in validate mode. Names the table and every difference.
 */
public class TableDeclarationMismatchException extends IllegalStateException {

	/** The difference reported for a declared table that does not exist. */
	public static final String MISSING = "the table does not exist";

	private final String declaredName;

	private final String tableName;

	private final List<String> differences;

	/**
	 * Creates a new instance.
	 * @param declaredName the name under {@code dynamodb.tables}
	 * @param tableName the physical table name (with the table prefix)
	 * @param differences one sentence per difference
	 */
	public TableDeclarationMismatchException(String declaredName, String tableName, List<String> differences) {
		super("Table '" + tableName + "' does not match its declaration under 'dynamodb.tables." + declaredName
				+ "': " + String.join("; ", differences));
		this.declaredName = declaredName;
		this.tableName = tableName;
		this.differences = List.copyOf(differences);
	}

	/** The name under {@code dynamodb.tables}. */
	public String getDeclaredName() {
		return this.declaredName;
	}

	/** The physical table name. */
	public String getTableName() {
		return this.tableName;
	}

	/** One sentence per difference. */
	public List<String> getDifferences() {
		return this.differences;
	}

}
