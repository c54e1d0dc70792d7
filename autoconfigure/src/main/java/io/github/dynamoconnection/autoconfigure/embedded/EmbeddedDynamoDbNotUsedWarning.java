package io.github.dynamoconnection.autoconfigure.embedded;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;

/**
 * Logs one warning at start-up when the embedded engine is on the class path of a packaged
 * application that does not enable it, so that the regional endpoint being used is no surprise.
 */
class EmbeddedDynamoDbNotUsedWarning implements InitializingBean {

	static final String MESSAGE = "The embedded DynamoDB engine (dynamo-connection-embedded) is on the class path"
			+ " but not used: this is a packaged application and dynamodb.host is not set, so the regional AWS"
			+ " endpoint is used. Set dynamodb.embedded.enabled=true to use the embedded engine, or keep"
			+ " dynamo-connection-embedded out of the packaged application.";

	private static final Log logger = LogFactory.getLog(EmbeddedDynamoDbAutoConfiguration.class);

	@Override
	public void afterPropertiesSet() {
		logger.warn(MESSAGE);
	}

}
