package io.github.dynamoconnection;

import io.github.dynamoconnection.async.AsyncConnection;
import software.amazon.awssdk.core.SdkClient;

/**
 * What {@link Connection} and {@link AsyncConnection} have in common besides their operations: the
 * SDK client they send on, the table prefix, and whether closing the connection closes the client.
 * Only those two extend it (a sealed class would need a named module across their two packages).
 * @param <C> the SDK client type, sync or async
 */
public abstract class BaseConnection<C extends SdkClient> implements AutoCloseable {

	private final C client;

	private final String tablePrefix;

	private final boolean ownsClient;

	/** For the two connections only. */
	protected BaseConnection(C client, String tablePrefix, boolean ownsClient) {
		this.client = client;
		this.tablePrefix = tablePrefix;
		this.ownsClient = ownsClient;
	}

	/**
	 * The underlying SDK client, for anything this API does not cover (PynamoDB's {@code dispatch});
	 * an async client's futures complete on SDK threads.
	 */
	public final C client() {
		return client;
	}

	/** The table prefix, possibly empty. */
	public final String tablePrefix() {
		return tablePrefix;
	}

	/** Closes the client if this connection built it; a wrapped client stays open. */
	@Override
	public final void close() {
		if (ownsClient) {
			client.close();
		}
	}

	@Override
	public final String toString() {
		return getClass().getSimpleName() + "[prefix='" + tablePrefix + "', ownsClient=" + ownsClient + "]";
	}

}
