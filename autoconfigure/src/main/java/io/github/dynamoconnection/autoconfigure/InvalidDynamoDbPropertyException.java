package io.github.dynamoconnection.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a {@code dynamodb.*} property has a value that cannot work. Carries the property
 * name, the offending value (never for credentials) and what the property accepts, for
 * {@link InvalidDynamoDbPropertyFailureAnalyzer}.
 */
public class InvalidDynamoDbPropertyException extends IllegalStateException {

	private final String property;

	private final @Nullable Object value;

	private final String acceptedValues;

	/**
	 * Creates a new instance.
	 * @param property full property name, e.g. {@code dynamodb.host}
	 * @param value the bound value, or {@code null} when missing or secret
	 * @param acceptedValues what the property accepts, in words
	 */
	public InvalidDynamoDbPropertyException(String property, @Nullable Object value, String acceptedValues) {
		super("Invalid value " + ((value != null) ? "'" + value + "' " : "") + "for property '" + property
				+ "'; accepted: " + acceptedValues);
		this.property = property;
		this.value = value;
		this.acceptedValues = acceptedValues;
	}

	/** Full name of the invalid property. */
	public String getProperty() {
		return this.property;
	}

	/** The invalid value, or {@code null} when it was missing or is secret. */
	public @Nullable Object getValue() {
		return this.value;
	}

	/** What the property accepts. */
	public String getAcceptedValues() {
		return this.acceptedValues;
	}

}
