package io.github.dynamoconnection.embedded.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Capacity consumed by one request on one table, by DynamoDB's rules: reads per 4 KB (halved when
 * eventually consistent), writes per 1 KB, transactional requests doubled; split into the table and
 * each index for {@code ReturnConsumedCapacity=INDEXES}.
 */
final class Capacity {

	private final String tableName;

	private final boolean write;

	private double table;

	private final Map<String, Double> globalIndexes = new LinkedHashMap<>();

	private final Map<String, Double> localIndexes = new LinkedHashMap<>();

	Capacity(String tableName, boolean write) {
		this.tableName = tableName;
		this.write = write;
	}

	/** Write units for an item of this size: one per started KB, at least one. */
	static double writeUnits(long size) {
		return Math.max(1, (size + 1023) / 1024);
	}

	/** Read units for this many bytes read: one per started 4 KB, at least one, halved when eventually consistent. */
	static double readUnits(long size, boolean consistent) {
		double units = Math.max(1, (size + 4095) / 4096);
		return consistent ? units : units / 2;
	}

	void addTable(double units) {
		table += units;
	}

	void addIndex(SecondaryIndex index, double units) {
		if (units == 0) {
			return;
		}
		(index.global ? globalIndexes : localIndexes).merge(index.name, units, Double::sum);
	}

	/** Adds another capacity's units (same table). */
	void add(Capacity other) {
		table += other.table;
		other.globalIndexes.forEach((name, units) -> globalIndexes.merge(name, units, Double::sum));
		other.localIndexes.forEach((name, units) -> localIndexes.merge(name, units, Double::sum));
	}

	/** Doubles every figure (transactional requests). */
	Capacity doubled() {
		Capacity result = new Capacity(tableName, write);
		result.table = table * 2;
		globalIndexes.forEach((name, units) -> result.globalIndexes.put(name, units * 2));
		localIndexes.forEach((name, units) -> result.localIndexes.put(name, units * 2));
		return result;
	}

	double total() {
		double total = table;
		for (double units : globalIndexes.values()) {
			total += units;
		}
		for (double units : localIndexes.values()) {
			total += units;
		}
		return total;
	}

	/** The {@code ConsumedCapacity} member for this mode, or {@code null} for NONE. */
	ObjectNode toJson(String mode) {
		if (mode == null || "NONE".equals(mode)) {
			return null;
		}
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("TableName", tableName);
		units(node, total());
		if ("INDEXES".equals(mode)) {
			units(node.putObject("Table"), table);
			if (!globalIndexes.isEmpty()) {
				ObjectNode gsis = node.putObject("GlobalSecondaryIndexes");
				globalIndexes.forEach((name, units) -> units(gsis.putObject(name), units));
			}
			if (!localIndexes.isEmpty()) {
				ObjectNode lsis = node.putObject("LocalSecondaryIndexes");
				localIndexes.forEach((name, units) -> units(lsis.putObject(name), units));
			}
		}
		return node;
	}

	private void units(ObjectNode node, double units) {
		node.put(write ? "WriteCapacityUnits" : "ReadCapacityUnits", units);
		node.put("CapacityUnits", units);
	}

}
