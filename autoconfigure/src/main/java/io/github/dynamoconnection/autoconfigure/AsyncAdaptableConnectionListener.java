package io.github.dynamoconnection.autoconfigure;

import io.github.dynamoconnection.listener.ConnectionListener;

/**
 * A {@link ConnectionListener} that needs another form on an {@code AsyncConnection}, whose calls
 * end on other threads than they start on (for example one that must not keep thread-bound state
 * between {@code beforeCall} and {@code afterCall}). The auto-configured {@code AsyncConnection}
 * is given {@link #forAsync()} instead of the listener itself.
 */
public interface AsyncAdaptableConnectionListener extends ConnectionListener {

	/**
	 * The form of this listener for an {@code AsyncConnection}.
	 * @return the listener to register on async connections
	 */
	ConnectionListener forAsync();

}
