package io.github.dynamoconnection.conformance;

import java.lang.reflect.Method;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGenerator;

/**
 * Names each test by its method alone, so that a scenario shows in reports as
 * {@code putThenGet [embedded-inprocess]} (see {@link Scenario}). Set as the default generator in
 * {@code junit-platform.properties}.
 */
public final class ScenarioNames extends DisplayNameGenerator.Standard {

	@Override
	public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass, Method testMethod) {
		return testMethod.getName();
	}

}
