package io.github.dynamoconnection.embedded.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.dynamoconnection.embedded.contract.EngineException;

/** The engine's tables by name, with the settings that shape ARNs and times. */
final class Catalog {

	private final ConcurrentMap<String, Table> tables = new ConcurrentHashMap<>();

	final EngineSettings settings;

	Catalog(EngineSettings settings) {
		this.settings = settings;
	}

	/** The table, or ResourceNotFoundException as data-plane operations answer it. */
	Table table(String name) {
		Table table = tables.get(name);
		if (table == null) {
			throw EngineException.resourceNotFound();
		}
		return table;
	}

	/** The table, or ResourceNotFoundException naming it, as control-plane operations answer it. */
	Table describedTable(String name) {
		Table table = tables.get(name);
		if (table == null) {
			throw tableNotFound(name);
		}
		return table;
	}

	static EngineException tableNotFound(String name) {
		return new EngineException("ResourceNotFoundException", "Requested resource not found: Table: " + name + " not found");
	}

	/** Adds a table unless one with that name exists. */
	void add(Table table) {
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
