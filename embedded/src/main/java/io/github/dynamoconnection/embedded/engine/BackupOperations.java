package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * On-demand backups: CreateBackup, DescribeBackup, ListBackups, DeleteBackup and
 * RestoreTableFromBackup (a real restore of the backed-up items into a new table). A backup is
 * AVAILABLE as soon as CreateBackup answers, and outlives its source table. Deleting a table with
 * point-in-time recovery on makes a SYSTEM backup named {@code <table>$DeletedTableBackup}, kept
 * for 35 days, as DynamoDB does.
 */
final class BackupOperations {

	private static final List<String> BACKUP_TYPES = List.of("USER", "SYSTEM", "AWS_BACKUP", "ALL");

	private final Catalog catalog;

	private final TableRestorer restorer;

	BackupOperations(Catalog catalog, TableRestorer restorer) {
		this.catalog = catalog;
		this.restorer = restorer;
	}

	ObjectNode createBackup(ObjectNode request) {
		String tableName = Requests.tableName(request, "TableName");
		String backupName = Requests.string(request, "BackupName");
		Requests.checkTableName(backupName, "BackupName");
		Table table = catalog.backupSource(tableName);
		Instant now = catalog.settings.clock().instant();
		Backup backup;
		table.lock.readLock().lock();
		try {
			if (table.deleted) {
				throw Catalog.backupSourceNotFound(tableName);
			}
			backup = Backup.capture(table, catalog.backups, backupName, Backup.USER, now, null);
		}
		finally {
			table.lock.readLock().unlock();
		}
		catalog.backups.add(backup);
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.set("BackupDetails", backup.details("AVAILABLE"));
		return response;
	}

	ObjectNode describeBackup(ObjectNode request) {
		Backup backup = existingBackup(Requests.arn(request, "BackupArn"));
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.set("BackupDescription", backup.description("AVAILABLE"));
		return response;
	}

	ObjectNode deleteBackup(ObjectNode request) {
		String arn = Requests.arn(request, "BackupArn");
		Backup backup = catalog.backups.remove(arn);
		if (backup == null) {
			throw backupNotFound(arn);
		}
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.set("BackupDescription", backup.description("DELETED"));
		return response;
	}

	ObjectNode listBackups(ObjectNode request) {
		String tableName = Requests.optionalString(request, "TableName");
		if (tableName != null && !tableName.startsWith("arn:")) {
			Requests.checkTableName(tableName, "TableName");
		}
		Long limit = Requests.optionalLong(request, "Limit");
		if (limit != null && (limit < 1 || limit > 100)) {
			throw Requests.constraint(limit, "limit", (limit < 1) ? "Member must have value greater than or equal to 1"
					: "Member must have value less than or equal to 100");
		}
		Instant lower = Requests.optionalInstant(request, "TimeRangeLowerBound");
		Instant upper = Requests.optionalInstant(request, "TimeRangeUpperBound");
		if (lower != null && upper != null && !lower.isBefore(upper)) {
			throw EngineException.validation("TimeRangeLowerBound must be before TimeRangeUpperBound");
		}
		String type = Requests.enumValue(request, "BackupType", BACKUP_TYPES);
		if (type == null) {
			type = Backup.USER;
		}
		Instant now = catalog.settings.clock().instant();
		String start = Requests.optionalString(request, "ExclusiveStartBackupArn");
		boolean started = start == null;
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ArrayNode summaries = response.putArray("BackupSummaries");
		for (Backup backup : catalog.backups.all()) {
			if (!started) {
				started = backup.arn.equals(start);
				continue;
			}
			if (!backup.existsAt(now) || !("ALL".equals(type) || type.equals(backup.type))
					|| (tableName != null && !tableName.equals(backup.tableName()) && !tableName.equals(backup.tableArn()))
					|| (lower != null && backup.creationTime.isBefore(lower))
					|| (upper != null && !backup.creationTime.isBefore(upper))) {
				continue;
			}
			if (limit != null && summaries.size() == limit) {
				response.put("LastEvaluatedBackupArn", summaries.get(summaries.size() - 1).path("BackupArn").asString());
				break;
			}
			summaries.add(backup.summary());
		}
		return response;
	}

	ObjectNode restoreTableFromBackup(ObjectNode request) {
		Backup backup = existingBackup(Requests.arn(request, "BackupArn"));
		restorer.checkTargetFree(Requests.tableName(request, "TargetTableName"));
		ObjectNode summary = restorer.summary("SourceBackupArn", backup.arn, catalog.settings.clock().instant());
		summary.put("SourceTableArn", backup.tableArn());
		return restorer.restore(backup.sourceTable, request, backup.items, summary);
	}

	/** The whole backup with its items (an internal operation of the persistence snapshot). */
	ObjectNode exportBackup(ObjectNode request) {
		Backup backup = existingBackup(Requests.string(request, "BackupArn"));
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.set("Backup", backup.toJson());
		return response;
	}

	/**
	 * Loads a backup written by {@link #exportBackup} (an internal operation of the persistence
	 * snapshot): with a {@code Backup} member, adds that backup; with {@code BackupArn} and
	 * {@code Items}, appends more items to a backup being loaded.
	 */
	ObjectNode importBackup(ObjectNode request) {
		JsonNode whole = request.get("Backup");
		if (whole != null) {
			catalog.backups.add(Backup.fromJson(whole));
		}
		else {
			Backup.appendItems(existingBackup(Requests.string(request, "BackupArn")).items, request.path("Items"));
		}
		return JsonNodeFactory.instance.objectNode();
	}

	/**
	 * Makes the system backup of a table being deleted while its point-in-time recovery is on.
	 * Call under the table's write lock.
	 */
	static void backUpDeletedTable(Catalog catalog, Table table) {
		if (table.pointInTimeRecovery == null || !table.pointInTimeRecovery.enabled()) {
			return;
		}
		Instant now = catalog.settings.clock().instant();
		catalog.backups.add(Backup.capture(table, catalog.backups, table.name + "$DeletedTableBackup", Backup.SYSTEM, now,
				now.plus(Duration.ofDays(PointInTimeRecovery.MAX_RECOVERY_PERIOD_DAYS))));
	}

	private Backup existingBackup(String arn) {
		Backup backup = catalog.backups.get(arn);
		if (backup == null || !backup.existsAt(catalog.settings.clock().instant())) {
			throw backupNotFound(arn);
		}
		return backup;
	}

	private static EngineException backupNotFound(String arn) {
		return new EngineException("BackupNotFoundException", "Backup not found: " + arn);
	}

}
