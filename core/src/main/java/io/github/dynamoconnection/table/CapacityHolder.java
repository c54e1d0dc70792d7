package io.github.dynamoconnection.table;

import org.jspecify.annotations.Nullable;

/**
 * A spec that holds a {@link ProvisionedCapacity} (a table's or a global index's), with its units
 * read one by one.
 */
public interface CapacityHolder {

	/** The provisioned capacity (unset parts: the default). */
	ProvisionedCapacity capacity();

	/** The read units, or {@code null} when not given. */
	default @Nullable Long readCapacityUnits() {
		return capacity().readCapacityUnits();
	}

	/** The write units, or {@code null} when not given. */
	default @Nullable Long writeCapacityUnits() {
		return capacity().writeCapacityUnits();
	}

}
