package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Point-in-time recovery: DescribeContinuousBackups, UpdateContinuousBackups and
 * RestoreTableToPointInTime. While recovery is on, the table keeps the prior image of every item
 * write, so a restore to any time of the window (from when recovery was enabled, at most
 * {@code RecoveryPeriodInDays} back, to now) yields the items as they were then; the restored table
 * takes the source's current key schema, indexes and billing settings, with the request's overrides.
 */
final class ContinuousBackups {

	private final Catalog catalog;

	private final TableRestorer restorer;

	ContinuousBackups(Catalog catalog, TableRestorer restorer) {
		this.catalog = catalog;
		this.restorer = restorer;
	}

	ObjectNode describeContinuousBackups(ObjectNode request) {
		Table table = catalog.backupSource(Requests.tableName(request, "TableName"));
		table.lock.readLock().lock();
		try {
			return description(table);
		}
		finally {
			table.lock.readLock().unlock();
		}
	}

	ObjectNode updateContinuousBackups(ObjectNode request) {
		Table table = catalog.backupSource(Requests.tableName(request, "TableName"));
		ObjectNode specification = Requests.requiredObject(request, "PointInTimeRecoverySpecification");
		if (!specification.has("PointInTimeRecoveryEnabled") || specification.get("PointInTimeRecoveryEnabled").isNull()) {
			throw Requests.constraint(null, "pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled",
					"Member must not be null");
		}
		boolean enabled = Requests.bool(specification, "PointInTimeRecoveryEnabled");
		Long days = Requests.optionalLong(specification, "RecoveryPeriodInDays");
		if (days != null && (days < 1 || days > PointInTimeRecovery.MAX_RECOVERY_PERIOD_DAYS)) {
			throw Requests.constraint(days, "pointInTimeRecoverySpecification.recoveryPeriodInDays",
					(days < 1) ? "Member must have value greater than or equal to 1"
							: "Member must have value less than or equal to " + PointInTimeRecovery.MAX_RECOVERY_PERIOD_DAYS);
		}
		if (!enabled && days != null) {
			throw EngineException.validation("RecoveryPeriodInDays can only be specified when PointInTimeRecoveryEnabled is true");
		}
		table.lock.writeLock().lock();
		try {
			ItemOperations.checkLive(table);
			if (enabled) {
				if (table.pointInTimeRecovery == null) {
					table.pointInTimeRecovery = new PointInTimeRecovery(catalog.settings.clock());
				}
				table.pointInTimeRecovery.enable((days != null) ? days.intValue() : PointInTimeRecovery.MAX_RECOVERY_PERIOD_DAYS);
			}
			else if (table.pointInTimeRecovery != null) {
				table.pointInTimeRecovery.disable();
			}
			return description(table);
		}
		finally {
			table.lock.writeLock().unlock();
		}
	}

	ObjectNode restoreTableToPointInTime(ObjectNode request) {
		String sourceArn = Requests.optionalString(request, "SourceTableArn");
		String sourceName = Requests.optionalString(request, "SourceTableName");
		if ((sourceArn == null) == (sourceName == null)) {
			throw EngineException.validation("Exactly one of SourceTableArn and SourceTableName must be specified");
		}
		Table source = catalog.backupSource((sourceArn != null) ? sourceArn : sourceName);
		restorer.checkTargetFree(Requests.tableName(request, "TargetTableName"));
		boolean latest = Requests.bool(request, "UseLatestRestorableTime");
		Instant time = Requests.optionalInstant(request, "RestoreDateTime");
		if (latest == (time != null)) {
			throw EngineException.validation("Exactly one of RestoreDateTime and UseLatestRestorableTime=true must be specified");
		}
		JsonNode description;
		List<byte[]> items;
		source.lock.readLock().lock();
		try {
			ItemOperations.checkLive(source);
			PointInTimeRecovery recovery = PointInTimeRecovery.required(source);
			Instant earliest = recovery.earliestRestorableTime();
			Instant latestTime = recovery.latestRestorableTime();
			if (time == null) {
				time = latestTime;
			}
			else if (time.isBefore(earliest) || time.isAfter(latestTime)) {
				throw new EngineException("InvalidRestoreTimeException", "RestoreDateTime " + time
						+ " is outside the restorable window " + earliest + " to " + latestTime + " of table '" + source.name + "'");
			}
			description = TableDescriptions.describe(source, "ACTIVE", catalog.settings.clock().instant());
			items = recovery.itemsAt(time, source.encodedItems(), source);
		}
		finally {
			source.lock.readLock().unlock();
		}
		ObjectNode summary = restorer.summary("SourceTableArn", source.arn, time);
		return restorer.restore(description, request, items, summary);
	}

	/** The {@code ContinuousBackupsDescription} answer. Call under the table lock. */
	private static ObjectNode description(Table table) {
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ObjectNode description = response.putObject("ContinuousBackupsDescription");
		description.put("ContinuousBackupsStatus", "ENABLED");
		ObjectNode pointInTime = description.putObject("PointInTimeRecoveryDescription");
		PointInTimeRecovery recovery = table.pointInTimeRecovery;
		if (recovery == null || !recovery.enabled()) {
			pointInTime.put("PointInTimeRecoveryStatus", "DISABLED");
			return response;
		}
		pointInTime.put("PointInTimeRecoveryStatus", "ENABLED");
		pointInTime.put("RecoveryPeriodInDays", recovery.recoveryPeriodDays());
		pointInTime.put("EarliestRestorableDateTime", TableDescriptions.epochSeconds(recovery.earliestRestorableTime()));
		pointInTime.put("LatestRestorableDateTime", TableDescriptions.epochSeconds(recovery.latestRestorableTime()));
		return response;
	}

}
