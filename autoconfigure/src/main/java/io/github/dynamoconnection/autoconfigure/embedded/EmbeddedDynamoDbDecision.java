package io.github.dynamoconnection.autoconfigure.embedded;

import org.jspecify.annotations.Nullable;

import io.github.dynamoconnection.autoconfigure.SpringCloudAwsSettings;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Whether the embedded engine becomes the application's DynamoDB endpoint, given the engine is on
 * the class path. {@code dynamodb.embedded.enabled} decides when set. Otherwise a configured
 * {@code dynamodb.host} wins (or, with Spring Cloud AWS present, its DynamoDB or global endpoint); without one the engine is the default in development and in tests
 * only: a packaged application uses the regional endpoint and says how to enable the engine, and
 * the default is refused outright on a deployment platform (AWS compute, Kubernetes, ...) outside
 * tests.
 *
 * @param outcome what happens
 * @param reason why, in words, for condition reports and messages
 */
record EmbeddedDynamoDbDecision(Outcome outcome, String reason) {

	static final String ENABLED = "dynamodb.embedded.enabled";

	static final String HOST = "dynamodb.host";

	/**
	 * Decides for an application environment and launch.
	 * @param environment the application's environment
	 * @param launch how the application was launched
	 * @return the decision
	 */
	static EmbeddedDynamoDbDecision decide(Environment environment, ApplicationLaunch launch) {
		return decide(environment, launch, SpringCloudAwsSettings.isPresent(null));
	}

	/**
	 * Decides for an application environment and launch, with or without Spring Cloud AWS.
	 * @param environment the application's environment
	 * @param launch how the application was launched
	 * @param springCloudAws whether Spring Cloud AWS's DynamoDB auto-configuration is on the class
	 * path, making its endpoint properties count as a configured endpoint
	 * @return the decision
	 */
	static EmbeddedDynamoDbDecision decide(Environment environment, ApplicationLaunch launch, boolean springCloudAws) {
		Boolean enabled = environment.getProperty(ENABLED, Boolean.class);
		if (enabled != null) {
			return enabled ? new EmbeddedDynamoDbDecision(Outcome.USE, ENABLED + " is true")
					: new EmbeddedDynamoDbDecision(Outcome.NOT_USED, ENABLED + " is false");
		}
		if (StringUtils.hasText(environment.getProperty(HOST))) {
			return new EmbeddedDynamoDbDecision(Outcome.NOT_USED, HOST + " is set");
		}
		String springCloudAwsEndpoint = springCloudAws ? SpringCloudAwsSettings.endpointProperty(environment) : null;
		if (springCloudAwsEndpoint != null) {
			return new EmbeddedDynamoDbDecision(Outcome.NOT_USED, springCloudAwsEndpoint + " is set");
		}
		if (launch == ApplicationLaunch.PACKAGED) {
			return new EmbeddedDynamoDbDecision(Outcome.NOT_USED_IN_PACKAGED_APPLICATION,
					"the application is packaged and " + ENABLED + " is not set");
		}
		String platform = (launch != ApplicationLaunch.TEST) ? DeploymentPlatform.detect(environment) : null;
		if (platform != null) {
			return new EmbeddedDynamoDbDecision(Outcome.REFUSED, "the application runs on a deployment platform ("
					+ platform + ") and " + ENABLED + " is not set");
		}
		return new EmbeddedDynamoDbDecision(Outcome.USE, HOST + " is not set and the application runs in "
				+ ((launch == ApplicationLaunch.TEST) ? "a test" : "development"));
	}

	/**
	 * Decides for the application being started by the current thread.
	 * @param environment the application's environment
	 * @return the decision
	 */
	static EmbeddedDynamoDbDecision decide(Environment environment) {
		return decide(environment, ApplicationLaunch.deduce());
	}

	/**
	 * Decides for the application being started by the current thread, looking for Spring Cloud AWS
	 * with the application's class loader.
	 * @param environment the application's environment
	 * @param classLoader the application's class loader, or {@code null} for the default
	 * @return the decision
	 */
	static EmbeddedDynamoDbDecision decide(Environment environment, @Nullable ClassLoader classLoader) {
		return decide(environment, ApplicationLaunch.deduce(), SpringCloudAwsSettings.isPresent(classLoader));
	}

	/**
	 * What becomes of the embedded engine.
	 */
	enum Outcome {

		/** The engine starts and the application uses it. */
		USE,

		/** The engine is not used, as configured. */
		NOT_USED,

		/** The engine is not used by default because the application is packaged: a warning says so. */
		NOT_USED_IN_PACKAGED_APPLICATION,

		/** The embedded default is refused: start-up fails, explaining how to choose. */
		REFUSED

	}

}
