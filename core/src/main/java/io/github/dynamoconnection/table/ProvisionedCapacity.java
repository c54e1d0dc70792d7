package io.github.dynamoconnection.table;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Read and write capacity units of a PROVISIONED table or global secondary index, each optional
 * (unset means: the default, e.g. the table's for an index). The one capacity value of
 * {@link CreateTableSpec}, {@link UpdateTableSpec} and {@link GlobalSecondaryIndexSpec}. Immutable.
 */
public final class ProvisionedCapacity {

	private static final ProvisionedCapacity UNSET = new ProvisionedCapacity(null, null);

	private final @Nullable Long readCapacityUnits;

	private final @Nullable Long writeCapacityUnits;

	private ProvisionedCapacity(@Nullable Long readCapacityUnits, @Nullable Long writeCapacityUnits) {
		this.readCapacityUnits = readCapacityUnits;
		this.writeCapacityUnits = writeCapacityUnits;
	}

	/** Neither units given. */
	public static ProvisionedCapacity unset() {
		return UNSET;
	}

	/**
	 * Both units.
	 *
	 * @throws IllegalArgumentException when either is below 1 (DynamoDB's minimum)
	 */
	public static ProvisionedCapacity of(long readCapacityUnits, long writeCapacityUnits) {
		return UNSET.withReadCapacityUnits(readCapacityUnits).withWriteCapacityUnits(writeCapacityUnits);
	}

	/**
	 * This capacity with {@code units} read units.
	 *
	 * @throws IllegalArgumentException when {@code units} is below 1 (DynamoDB's minimum)
	 */
	public ProvisionedCapacity withReadCapacityUnits(long units) {
		return new ProvisionedCapacity(positive("readCapacityUnits", units), writeCapacityUnits);
	}

	/**
	 * This capacity with {@code units} write units.
	 *
	 * @throws IllegalArgumentException when {@code units} is below 1 (DynamoDB's minimum)
	 */
	public ProvisionedCapacity withWriteCapacityUnits(long units) {
		return new ProvisionedCapacity(readCapacityUnits, positive("writeCapacityUnits", units));
	}

	public @Nullable Long readCapacityUnits() {
		return readCapacityUnits;
	}

	public @Nullable Long writeCapacityUnits() {
		return writeCapacityUnits;
	}

	private static long positive(String name, long units) {
		if (units < 1) {
			throw new IllegalArgumentException(name + " must be at least 1, got " + units);
		}
		return units;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ProvisionedCapacity that && Objects.equals(readCapacityUnits, that.readCapacityUnits)
				&& Objects.equals(writeCapacityUnits, that.writeCapacityUnits);
	}

	@Override
	public int hashCode() {
		return Objects.hash(readCapacityUnits, writeCapacityUnits);
	}

	@Override
	public String toString() {
		return "ProvisionedCapacity[read=" + readCapacityUnits + ", write=" + writeCapacityUnits + "]";
	}

}
