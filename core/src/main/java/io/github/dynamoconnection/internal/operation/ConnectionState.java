package io.github.dynamoconnection.internal.operation;

import io.github.dynamoconnection.batch.BatchSettings;
import io.github.dynamoconnection.internal.schema.KeySchemaCache;
import io.github.dynamoconnection.internal.schema.TableNames;
import io.github.dynamoconnection.table.TableDefaults;

/**
 * What the operations of one connection share, sync or async: table names with their prefix, the
 * key schema cache, the table defaults and the batch settings.
 *
 * @param names the table names
 * @param schemas the key schema cache (filled by the operations, never loading by itself)
 * @param tableDefaults defaults for tables created through the connection
 * @param batch how unprocessed batch entries are retried, how many requests a batch keeps in flight
 */
public record ConnectionState(TableNames names, KeySchemaCache schemas, TableDefaults tableDefaults,
		BatchSettings batch) {

	/** A fresh state with an empty cache. */
	public static ConnectionState of(String tablePrefix, TableDefaults tableDefaults, BatchSettings batch) {
		return new ConnectionState(new TableNames(tablePrefix), new KeySchemaCache(), tableDefaults, batch);
	}

}
