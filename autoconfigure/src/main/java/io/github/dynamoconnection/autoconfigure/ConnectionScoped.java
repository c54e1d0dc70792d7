package io.github.dynamoconnection.autoconfigure;

/**
 * A bean (a {@code ConnectionListener} or a client builder customizer) that carries the name of the
 * connection it serves, such as the observation listener's {@code dynamodb.connection.name} key. The
 * bean itself serves the default connection; each named connection ({@code dynamodb.connections.<name>})
 * is given the copy this returns.
 *
 * @param <T> the bean's type
 */
public interface ConnectionScoped<T> {

	/**
	 * The same bean for another connection.
	 * @param connectionName the connection's name
	 * @return the bean for that connection
	 */
	T forConnection(String connectionName);

}
