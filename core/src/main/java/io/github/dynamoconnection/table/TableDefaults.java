package io.github.dynamoconnection.table;

import software.amazon.awssdk.services.dynamodb.model.BillingMode;

/**
 * Capacity defaults a {@code Connection} applies to {@code createTable} when the caller gives none.
 *
 * @param billingMode default billing mode, or {@code null}: PROVISIONED when capacity units are
 * known, PAY_PER_REQUEST otherwise
 * @param readCapacityUnits default read units for PROVISIONED tables and indexes, or {@code null}
 * @param writeCapacityUnits default write units for PROVISIONED tables and indexes, or {@code null}
 */
public record TableDefaults(BillingMode billingMode, Long readCapacityUnits, Long writeCapacityUnits) {

	/** Units used for a PROVISIONED table when neither the call nor the defaults give any. */
	public static final long FALLBACK_CAPACITY_UNITS = 1;

	/** No defaults. */
	public static TableDefaults none() {
		return new TableDefaults(null, null, null);
	}

}
