package io.github.dynamoconnection.sample.web;

/**
 * A request field is invalid in a way bean validation cannot see (a duplicate, a foreign page
 * token); answered with 400 naming the field.
 */
public class InvalidFieldException extends RuntimeException {

	private final String field;

	public InvalidFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The request field at fault, e.g. {@code pageToken} or {@code threads[2].subject}. */
	public String field() {
		return this.field;
	}

}
