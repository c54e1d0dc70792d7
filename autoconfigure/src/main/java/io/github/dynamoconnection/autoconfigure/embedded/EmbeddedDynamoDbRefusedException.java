package io.github.dynamoconnection.autoconfigure.embedded;

/**
 * Thrown at start-up when the embedded engine would become the database by default on a deployment
 * platform (AWS compute, Kubernetes, ...), where that is almost certainly a configuration mistake.
 */
public class EmbeddedDynamoDbRefusedException extends IllegalStateException {

	/**
	 * Creates a new instance.
	 * @param reason why the default was refused
	 */
	public EmbeddedDynamoDbRefusedException(String reason) {
		super("Refusing the embedded DynamoDB engine as the default endpoint: " + reason);
	}

}
