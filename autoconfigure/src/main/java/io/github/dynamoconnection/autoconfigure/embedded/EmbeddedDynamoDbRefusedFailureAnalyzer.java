package io.github.dynamoconnection.autoconfigure.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up stopped by an {@link EmbeddedDynamoDbRefusedException}: where the application
 * runs and the two ways to choose an endpoint.
 */
class EmbeddedDynamoDbRefusedFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDynamoDbRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDynamoDbRefusedException cause) {
		String description = cause.getMessage()
				+ ". dynamo-connection-embedded is on the class path and dynamodb.host is not set, so the"
				+ " application would keep its data in an in-memory engine instead of DynamoDB.";
		String action = "Set dynamodb.host (or leave it unset and remove dynamo-connection-embedded from the"
				+ " application's class path) to use DynamoDB, or set dynamodb.embedded.enabled=true if the"
				+ " embedded engine is really wanted here.";
		return new FailureAnalysis(description, action, cause);
	}

}
