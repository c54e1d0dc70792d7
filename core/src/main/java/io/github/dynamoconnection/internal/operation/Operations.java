package io.github.dynamoconnection.internal.operation;

import io.github.dynamoconnection.batch.BatchSettings;
import io.github.dynamoconnection.table.TableDefaults;

/**
 * Every operation of one connection, described: what the sync and the async connection hand to
 * their driver.
 *
 * @param state what the operations share
 * @param tables table operations
 * @param items item operations, Query and Scan
 * @param batches batch operations
 * @param transactions transactions and PartiQL statements
 */
public record Operations(ConnectionState state, TableSteps tables, ItemSteps items, BatchSteps batches,
		TransactionSteps transactions) {

	/** The operations of a connection with the given settings. */
	public static Operations of(String tablePrefix, TableDefaults tableDefaults, BatchSettings batch) {
		ConnectionState state = ConnectionState.of(tablePrefix, tableDefaults, batch);
		SchemaSteps schemas = new SchemaSteps(state);
		return new Operations(state, new TableSteps(state, schemas), new ItemSteps(state, schemas),
				new BatchSteps(state, schemas), new TransactionSteps(state, schemas));
	}

	/** The table prefix, possibly empty. */
	public String tablePrefix() {
		return state.names().prefix();
	}

}
