package io.github.dynamoconnection.embedded.json;

/**
 * Thrown by the streaming readers when a request is not in the plain, valid shape they take (a null,
 * an unknown member, a duplicate name, an invalid value, malformed JSON): the caller then parses the
 * body into a tree and runs the full path, which answers DynamoDB's exact error. Carries no stack
 * trace and no message: it is control flow, never shown to anyone.
 */
public final class NotStreamable extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** The one instance: nothing differs between two throws. */
	public static final NotStreamable INSTANCE = new NotStreamable();

	private NotStreamable() {
		super(null, null, false, false);
	}

}
