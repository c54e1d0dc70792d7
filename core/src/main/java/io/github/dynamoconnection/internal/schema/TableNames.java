package io.github.dynamoconnection.internal.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.internal.call.Operation;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Applies a connection's table prefix: logical names to {@link TableName}s (cached, so a call pays
 * one map lookup) and physical names back to logical ones.
 */
public final class TableNames {

	private static final int CACHE_LIMIT = 10_000;

	private final String prefix;

	private final ConcurrentMap<String, TableName> names = new ConcurrentHashMap<>();

	public TableNames(String prefix) {
		this.prefix = (prefix != null) ? prefix : "";
	}

	/**
	 * The name for {@code logical}, refusing null or blank with an {@link InvalidArgumentException} of {@code operation}.
	 * @param operation the operation, for the message
	 * @param logical the name as the caller gave it
	 * @return the name with the prefix applied
	 */
	public TableName of(Operation operation, String logical) {
		try {
			return of(logical);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException(operation.awsName(), List.of(), operation.awsName() + ": " + ex.getMessage(), ex);
		}
	}

	/** The prefix, possibly empty. */
	public String prefix() {
		return prefix;
	}

	/**
	 * The name for {@code logical}.
	 * @param logical the name as the caller gave it, never null or blank
	 * @return the name, prefix applied
	 * @throws IllegalArgumentException when {@code logical} is null or blank
	 */
	public TableName of(String logical) {
		TableName name = names.get(logical == null ? "" : logical);
		if (name != null) {
			return name;
		}
		if (logical == null || logical.isBlank()) {
			throw new IllegalArgumentException("Table name must not be null or blank");
		}
		name = TableName.of(prefix, logical);
		if (names.size() < CACHE_LIMIT) {
			names.putIfAbsent(logical, name);
		}
		return name;
	}

	/** Whether a physical name carries this connection's prefix (always true without a prefix). */
	public boolean owns(String physical) {
		return physical.startsWith(prefix);
	}

	/** The logical name of a physical one (the prefix removed when present). */
	public String logical(String physical) {
		return (!prefix.isEmpty() && physical.startsWith(prefix)) ? physical.substring(prefix.length()) : physical;
	}

	/** Consumed capacity with the table name as the caller spells it (unchanged without a prefix). */
	public ConsumedCapacity logical(ConsumedCapacity capacity) {
		if (capacity == null || prefix.isEmpty() || capacity.tableName() == null) {
			return capacity;
		}
		return capacity.toBuilder().tableName(logical(capacity.tableName())).build();
	}

	/** Consumed capacities with the table names as the caller spells them. */
	public List<ConsumedCapacity> logical(List<ConsumedCapacity> capacities) {
		if (capacities == null || capacities.isEmpty()) {
			return List.of();
		}
		List<ConsumedCapacity> mapped = new ArrayList<>(capacities.size());
		capacities.forEach(capacity -> mapped.add(logical(capacity)));
		return mapped;
	}

	/** A table description with the table name as the caller spells it. */
	public TableDescription logical(TableDescription description) {
		if (description == null || prefix.isEmpty() || description.tableName() == null) {
			return description;
		}
		return description.toBuilder().tableName(logical(description.tableName())).build();
	}

}
