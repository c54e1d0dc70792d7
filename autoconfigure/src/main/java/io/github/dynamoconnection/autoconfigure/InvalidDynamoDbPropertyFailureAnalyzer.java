package io.github.dynamoconnection.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up failed by an {@link InvalidDynamoDbPropertyException}: which property, which
 * value, and what it accepts.
 */
class InvalidDynamoDbPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDynamoDbPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidDynamoDbPropertyException cause) {
		String value = (cause.getValue() != null) ? " has the invalid value '" + cause.getValue() + "'"
				: " is missing or invalid";
		String description = "Property '" + cause.getProperty() + "'" + value + ". Accepted: "
				+ cause.getAcceptedValues() + ".";
		String action = "Update '" + cause.getProperty() + "' in your application's configuration to "
				+ cause.getAcceptedValues() + ".";
		return new FailureAnalysis(description, action, cause);
	}

}
