package io.github.dynamoconnection.listener;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One call made by a {@code Connection}: the DynamoDB operation name (e.g. {@code GetItem}), the
 * table(s) it touches (physical names, after any table prefix), and when it started. Listeners may
 * keep per-call state in {@link #attributes()} between {@code beforeCall} and {@code afterCall}.
 */
public final class CallContext {

	private final String operation;

	private final List<String> tableNames;

	private final long startNanos;

	private final Map<Object, Object> attributes = new ConcurrentHashMap<>(4);

	public CallContext(String operation, List<String> tableNames) {
		this.operation = operation;
		this.tableNames = List.copyOf(tableNames);
		this.startNanos = System.nanoTime();
	}

	/** DynamoDB operation name, e.g. {@code GetItem}, {@code BatchWriteItem}. */
	public String operation() {
		return operation;
	}

	/** Tables the call touches; empty for table-less calls such as {@code ListTables}. */
	public List<String> tableNames() {
		return tableNames;
	}

	/** The first table, or {@code null} for table-less calls. */
	public String tableName() {
		return tableNames.isEmpty() ? null : tableNames.get(0);
	}

	/** {@link System#nanoTime()} when the call started. */
	public long startNanos() {
		return startNanos;
	}

	/** Mutable per-call storage for listeners (e.g. an observation scope). */
	public Map<Object, Object> attributes() {
		return attributes;
	}

	@Override
	public String toString() {
		return "CallContext[" + operation + " " + tableNames + "]";
	}

}
