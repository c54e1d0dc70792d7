package io.github.dynamoconnection;

import io.github.dynamoconnection.async.AsyncTableConnection;

/**
 * What {@link TableConnection} and {@link AsyncTableConnection} have in common: the connection they
 * forward to and the table name they add to every call. Only those two extend it.
 * @param <C> the connection type, sync or async
 */
public abstract class BaseTableConnection<C extends BaseConnection<?>> {

	/** The connection every call is forwarded to. */
	protected final C connection;

	/** The table name as given, without the table prefix. */
	protected final String tableName;

	/** For the two table views only. */
	protected BaseTableConnection(C connection, String tableName) {
		this.connection = connection;
		this.tableName = tableName;
	}

	/** The table name as given (without the table prefix). */
	public final String tableName() {
		return tableName;
	}

	/** The connection this view belongs to. */
	public final C connection() {
		return connection;
	}

}
