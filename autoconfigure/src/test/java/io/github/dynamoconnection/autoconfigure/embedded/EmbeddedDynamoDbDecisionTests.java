package io.github.dynamoconnection.autoconfigure.embedded;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.autoconfigure.embedded.EmbeddedDynamoDbDecision.Outcome;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EmbeddedDynamoDbDecision}: every rule, on environments whose system environment
 * variables are given by the test.
 */
class EmbeddedDynamoDbDecisionTests {

	@ParameterizedTest
	@EnumSource(ApplicationLaunch.class)
	void explicitlyEnabledIsUsedWhateverTheLaunchOrPlatform(ApplicationLaunch launch) {
		StandardEnvironment environment = environment(Map.of("AWS_EXECUTION_ENV", "AWS_ECS_FARGATE"),
				"dynamodb.embedded.enabled", "true");
		assertThat(EmbeddedDynamoDbDecision.decide(environment, launch).outcome()).isEqualTo(Outcome.USE);
	}

	@ParameterizedTest
	@EnumSource(ApplicationLaunch.class)
	void explicitlyDisabledIsNeverUsed(ApplicationLaunch launch) {
		StandardEnvironment environment = environment(Map.of(), "dynamodb.embedded.enabled", "false");
		assertThat(EmbeddedDynamoDbDecision.decide(environment, launch).outcome()).isEqualTo(Outcome.NOT_USED);
	}

	@ParameterizedTest
	@EnumSource(ApplicationLaunch.class)
	void hostSetIsNotUsedAndNotWarnedAbout(ApplicationLaunch launch) {
		StandardEnvironment environment = environment(Map.of(), "dynamodb.host", "http://localhost:8000");
		assertThat(EmbeddedDynamoDbDecision.decide(environment, launch).outcome()).isEqualTo(Outcome.NOT_USED);
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationLaunch.class, names = { "DEVELOPMENT", "TEST" })
	void developmentAndTestsUseItByDefault(ApplicationLaunch launch) {
		EmbeddedDynamoDbDecision decision = EmbeddedDynamoDbDecision.decide(environment(Map.of()), launch);
		assertThat(decision.outcome()).isEqualTo(Outcome.USE);
		assertThat(decision.reason()).contains("dynamodb.host is not set");
	}

	@Test
	void packagedApplicationDoesNotUseItByDefault() {
		EmbeddedDynamoDbDecision decision = EmbeddedDynamoDbDecision.decide(environment(Map.of()),
				ApplicationLaunch.PACKAGED);
		assertThat(decision.outcome()).isEqualTo(Outcome.NOT_USED_IN_PACKAGED_APPLICATION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME", "ECS_CONTAINER_METADATA_URI_V4" })
	void awsComputeRefusesTheDefaultNamingTheVariable(String variable) {
		EmbeddedDynamoDbDecision decision = EmbeddedDynamoDbDecision.decide(environment(Map.of(variable, "x")),
				ApplicationLaunch.DEVELOPMENT);
		assertThat(decision.outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(decision.reason()).contains(variable).doesNotContain("=x");
	}

	@Test
	void kubernetesRefusesTheDefault() {
		EmbeddedDynamoDbDecision decision = EmbeddedDynamoDbDecision.decide(
				environment(Map.of("KUBERNETES_SERVICE_HOST", "10.0.0.1", "KUBERNETES_SERVICE_PORT", "443")),
				ApplicationLaunch.DEVELOPMENT);
		assertThat(decision.outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(decision.reason()).contains("KUBERNETES");
	}

	@Test
	void blankAwsVariableIsNoPlatform() {
		assertThat(EmbeddedDynamoDbDecision
			.decide(environment(Map.of("AWS_EXECUTION_ENV", " ")), ApplicationLaunch.DEVELOPMENT)
			.outcome()).isEqualTo(Outcome.USE);
	}

	@Test
	void awsVariableAsAnApplicationPropertyIsNoPlatform() {
		StandardEnvironment environment = environment(Map.of(), "AWS_LAMBDA_FUNCTION_NAME", "f");
		assertThat(EmbeddedDynamoDbDecision.decide(environment, ApplicationLaunch.DEVELOPMENT).outcome())
			.isEqualTo(Outcome.USE);
	}

	@Test
	void testsOnAwsHostedBuildsStillUseTheDefault() {
		assertThat(EmbeddedDynamoDbDecision
			.decide(environment(Map.of("AWS_EXECUTION_ENV", "AWS_ECS_EC2")), ApplicationLaunch.TEST)
			.outcome()).isEqualTo(Outcome.USE);
	}

	static StandardEnvironment environment(Map<String, Object> variables, String... properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		for (int i = 0; i < properties.length; i += 2) {
			values.put(properties[i], properties[i + 1]);
		}
		environment.getPropertySources().addFirst(new MapPropertySource("test", values));
		return environment;
	}

}
