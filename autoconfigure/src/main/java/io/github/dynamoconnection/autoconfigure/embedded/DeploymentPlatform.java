package io.github.dynamoconnection.autoconfigure.embedded;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Tells whether the process runs on a deployment platform, where an in-memory engine must never
 * become the database by default: AWS compute (Lambda, ECS and Fargate, Elastic Beanstalk:
 * {@code AWS_EXECUTION_ENV}, {@code AWS_LAMBDA_FUNCTION_NAME}, {@code ECS_CONTAINER_METADATA_URI_V4})
 * or a cloud platform Spring Boot recognises ({@link CloudPlatform}, such as Kubernetes).
 * Environment variables are read from the {@link Environment}'s system environment property
 * source, as {@link CloudPlatform} does.
 */
final class DeploymentPlatform {

	/** The environment variables AWS compute sets. */
	static final List<String> AWS_VARIABLES = List.of("AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME",
			"ECS_CONTAINER_METADATA_URI_V4");

	private DeploymentPlatform() {
	}

	/**
	 * Describes the deployment platform the process runs on.
	 * @param environment the application's environment
	 * @return what betrays the platform (such as {@code environment variable AWS_EXECUTION_ENV}),
	 * or {@code null} off any platform
	 */
	static @Nullable String detect(Environment environment) {
		PropertySource<?> variables = (environment instanceof ConfigurableEnvironment configurable) ? configurable
			.getPropertySources()
			.get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME) : null;
		if (variables != null) {
			for (String name : AWS_VARIABLES) {
				Object value = variables.getProperty(name);
				if (value != null && !value.toString().isBlank()) {
					return "environment variable " + name;
				}
			}
		}
		CloudPlatform platform = CloudPlatform.getActive(environment);
		return (platform != null && platform != CloudPlatform.NONE) ? "cloud platform " + platform : null;
	}

}
