package io.github.dynamoconnection.autoconfigure.embedded;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Logs one warning at start-up when the embedded engine is on the class path of a packaged
 * application that does not enable it, so that the regional endpoint being used is no surprise.
 * The decision is made again when the application starts: in an application processed ahead of
 * time, the condition that created this bean was evaluated at build time, where the engine was on
 * the class path and {@code dynamodb.host} was not set, which may no longer hold.
 */
class EmbeddedDynamoDbNotUsedWarning implements InitializingBean {

	static final String MESSAGE = "The embedded DynamoDB engine (dynamo-connection-embedded) is on the class path"
			+ " but not used: this is a packaged application and dynamodb.host is not set, so the regional AWS"
			+ " endpoint is used. Set dynamodb.embedded.enabled=true to use the embedded engine, or keep"
			+ " dynamo-connection-embedded out of the packaged application.";

	private static final Log logger = LogFactory.getLog(EmbeddedDynamoDbAutoConfiguration.class);

	private static final String ENGINE = "io.github.dynamoconnection.embedded.EmbeddedDynamoDb";

	private final Environment environment;

	EmbeddedDynamoDbNotUsedWarning(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		if (applies()) {
			logger.warn(MESSAGE);
		}
	}

	boolean applies() {
		return ClassUtils.isPresent(ENGINE, getClass().getClassLoader())
				&& EmbeddedDynamoDbDecision.decide(this.environment)
					.outcome() == EmbeddedDynamoDbDecision.Outcome.NOT_USED_IN_PACKAGED_APPLICATION;
	}

}
