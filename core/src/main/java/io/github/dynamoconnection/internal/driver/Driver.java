package io.github.dynamoconnection.internal.driver;

import io.github.dynamoconnection.internal.call.CallRunner;
import io.github.dynamoconnection.internal.operation.Operations;
import software.amazon.awssdk.core.SdkClient;

/**
 * What both drivers hold: the SDK client the steps are sent on, the runner that tells the listeners
 * about each call, and the operations that describe the steps.
 * @param <C> the SDK client type, sync or async
 */
public abstract class Driver<C extends SdkClient> {

	final C client;

	final CallRunner runner;

	final Operations ops;

	Driver(C client, CallRunner runner, Operations ops) {
		this.client = client;
		this.runner = runner;
		this.ops = ops;
	}

	/** The client the steps are sent on. */
	public final C client() {
		return client;
	}

	/** The table prefix of the operations. */
	public final String tablePrefix() {
		return ops.tablePrefix();
	}

}
