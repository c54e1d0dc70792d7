package io.github.dynamoconnection.embedded.engine;

/**
 * Operations outside DynamoDB's API that the engine answers for its persistence layer only: the
 * protocol faces accept DynamoDB's operation names alone, so clients cannot reach these.
 */
public final class InternalOperations {

	/** {@code {"BackupArn"}} to {@code {"Backup": {...whole backup with its items...}}}. */
	public static final String EXPORT_BACKUP = "_ExportBackup";

	/**
	 * {@code {"Backup": {...}}} (as {@link #EXPORT_BACKUP} answers, items included or not) adds a
	 * backup; {@code {"BackupArn", "Items": [...]}} appends items to one being loaded.
	 */
	public static final String IMPORT_BACKUP = "_ImportBackup";

	private InternalOperations() {
	}

}
