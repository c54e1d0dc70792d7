package io.github.dynamoconnection.sample.web;

/**
 * The request would overwrite something that already exists; answered with 409.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
