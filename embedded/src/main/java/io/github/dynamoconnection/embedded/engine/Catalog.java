package io.github.dynamoconnection.embedded.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.dynamoconnection.embedded.contract.EngineException;

/** The engine's tables by name, with the settings that shape ARNs and times. */
final class Catalog {

	private final ConcurrentMap<String, Table> tables = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, Deleting> deleting = new ConcurrentHashMap<>();

	final EngineSettings settings;

	/** The on-demand backups of this account and region. */
	final BackupStore backups = new BackupStore();
	/** The streams of this catalog's tables. */
	final StreamRegistry streams;

	Catalog(EngineSettings settings) {
		this.settings = settings;
		this.streams = new StreamRegistry(settings.clock(), settings.streamRetention(), settings.region());
	}

	/** The table, or ResourceNotFoundException as data-plane operations answer it. */
	Table table(String name) {
		Table table = tables.get(name);
		if (table == null || table.activeAt.isAfter(settings.clock().instant())) {
			// DynamoDB: the table does not exist, "or its status might not be ACTIVE" (still CREATING)
			throw EngineException.resourceNotFound();
		}
		return table;
	}

	/** The table, or ResourceNotFoundException naming it, as control-plane operations answer it. */
	Table describedTable(String name) {
		Table table = tables.get(name);
		if (table == null) {
			table = deletingTable(name);
		}
		if (table == null) {
			throw tableNotFound(name);
		}
		return table;
	}

	/** A table still DELETING (within the transient status delay of its DeleteTable), or {@code null}. */
	private Table deletingTable(String name) {
		Deleting deleting = this.deleting.get(name);
		if (deleting == null) {
			return null;
		}
		if (!settings.clock().instant().isBefore(deleting.until())) {
			this.deleting.remove(name, deleting);
			return null;
		}
		return deleting.table();
	}

	/** Keeps a deleted table visible as DELETING for the engine's transient status delay. */
	void retire(Table table) {
		Duration delay = settings.transientStatusDelay();
		if (!delay.isZero()) {
			deleting.put(table.name, new Deleting(table, settings.clock().instant().plus(delay)));
		}
	}

	/** The names ListTables shows: every table, those still DELETING included. */
	List<String> listedNames() {
		List<String> names = new ArrayList<>(tables.keySet());
		for (String name : List.copyOf(deleting.keySet())) {
			if (deletingTable(name) != null && !tables.containsKey(name)) {
				names.add(name);
			}
		}
		return names;
	}

	/** A deleted table and the instant it stops being DELETING. */
	private record Deleting(Table table, Instant until) {
	}

	/**
	 * The table with this name or ARN, or TableNotFoundException, as the backup, restore, export
	 * and global table operations answer it.
	 */
	Table backupSource(String nameOrArn) {
		for (Table table : tables.values()) {
			if (table.name.equals(nameOrArn) || table.arn.equals(nameOrArn)) {
				return table;
			}
		}
		throw backupSourceNotFound(nameOrArn);
	}

	/** The TableNotFoundException of {@link #backupSource}. */
	static EngineException backupSourceNotFound(String nameOrArn) {
		return new EngineException("TableNotFoundException", "Table not found: " + nameOrArn);
	}

	/** Whether a table of this name exists. */
	boolean contains(String name) {
		return tables.containsKey(name);
	}

	/** The table a TableName member names, by name or by its ARN (an ARN of another namespace finds nothing), or {@code null}. */
	Table find(String nameOrArn) {
		if (!nameOrArn.startsWith("arn:")) {
			return tables.get(nameOrArn);
		}
		int slash = nameOrArn.indexOf(":table/");
		if (slash < 0) {
			return null;
		}
		Table table = tables.get(nameOrArn.substring(slash + ":table/".length()));
		return (table != null && table.arn.equals(nameOrArn)) ? table : null;
	}

	static EngineException tableNotFound(String name) {
		return new EngineException("ResourceNotFoundException", "Requested resource not found: Table: " + name + " not found");
	}

	/** Adds a table unless one with that name exists. */
	void add(Table table) {
		if (deletingTable(table.name) != null) {
			throw new EngineException("ResourceInUseException",
					"Attempt to change a resource which is still in use: Table is being deleted: " + table.name);
		}
		if (tables.putIfAbsent(table.name, table) != null) {
			throw new EngineException("ResourceInUseException", "Table already exists: " + table.name);
		}
	}

	/** Removes a table. */
	boolean remove(Table table) {
		return tables.remove(table.name, table);
	}

	/** The table with this ARN, or ResourceNotFoundException. */
	Table byArn(String arn) {
		for (Table table : tables.values()) {
			if (table.arn.equals(arn)) {
				return table;
			}
		}
		throw new EngineException("ResourceNotFoundException", "Requested resource not found: ResourcArn: " + arn + " not found");
	}

	/** Every table (a snapshot). */
	List<Table> all() {
		return new ArrayList<>(tables.values());
	}

	/** The ARN of a table with this name. */
	String arn(String tableName) {
		return "arn:aws:dynamodb:" + settings.region() + ":" + settings.accountId() + ":table/" + tableName;
	}

}
