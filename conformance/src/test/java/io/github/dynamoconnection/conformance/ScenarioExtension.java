package io.github.dynamoconnection.conformance;

import java.lang.reflect.Method;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Before each scenario invocation: skips it on moto when {@link MotoDivergences} names it, otherwise
 * opens the backend (starting the shared server on first use) and empties it.
 */
final class ScenarioExtension implements InvocationInterceptor {

	@Override
	public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
			ExtensionContext extensionContext) throws Throwable {
		Backend backend = invocationContext.getArguments()
			.stream()
			.filter(Backend.class::isInstance)
			.map(Backend.class::cast)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("a @Scenario takes a Backend argument"));
		Optional<String> divergence = MotoDivergences.reason(invocationContext.getTargetClass(), invocationContext.getExecutable());
		if (backend.kind() == BackendKind.MOTO && divergence.isPresent()) {
			invocation.skip();
			Assumptions.abort("moto-divergent: " + divergence.get());
		}
		backend.open(extensionContext);
		invocation.proceed();
	}

}
