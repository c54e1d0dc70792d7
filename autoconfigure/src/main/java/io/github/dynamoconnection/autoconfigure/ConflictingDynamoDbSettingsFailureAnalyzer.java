package io.github.dynamoconnection.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up stopped by a {@link ConflictingDynamoDbSettingsException}: both properties,
 * their values and where they were set, and how to make them agree.
 */
class ConflictingDynamoDbSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ConflictingDynamoDbSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ConflictingDynamoDbSettingsException cause) {
		String description = cause.getMessage() + ". dynamo-connection and Spring Cloud AWS share one DynamoDbClient,"
				+ " which can only use one " + cause.getSetting() + ".";
		String action = "Give " + cause.getProperty() + " and " + cause.getSpringCloudAwsProperty() + " the same value,"
				+ " or remove one of them: " + cause.getProperty() + " alone configures the client that Spring Cloud"
				+ " AWS's DynamoDbTemplate uses too. To keep a global spring.cloud.aws.* value for other AWS clients,"
				+ " set the DynamoDB one with spring.cloud.aws.dynamodb.* instead.";
		return new FailureAnalysis(description, action, cause);
	}

}
