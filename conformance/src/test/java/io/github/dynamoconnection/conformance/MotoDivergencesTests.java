package io.github.dynamoconnection.conformance;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the divergence registry honest: every entry names an existing scenario. */
class MotoDivergencesTests {

	@Test
	void everyDivergenceNamesAnExistingScenario() {
		assertThat(MotoDivergences.scenarioIds()).isNotEmpty().allSatisfy(id -> {
			String[] parts = id.split("#");
			Class<?> scenarios = Class.forName(MotoDivergencesTests.class.getPackageName() + "." + parts[0]);
			assertThat(Arrays.stream(scenarios.getDeclaredMethods())
				.filter(method -> method.isAnnotationPresent(Scenario.class))
				.map(Method::getName))
				.as("scenario %s", id)
				.contains(parts[1]);
		});
	}

}
