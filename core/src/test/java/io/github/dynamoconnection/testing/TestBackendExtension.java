package io.github.dynamoconnection.testing;

import io.github.dynamoconnection.testsupport.MotoServerExtension;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects the run's shared {@link TestBackend} (started on first use, closed when the run ends)
 * and empties it before each test. moto_server unless {@code -Ddynamo.backend=embedded}; moto goes
 * through {@link MotoServerExtension}, so it is skipped locally when absent and fails on CI.
 */
public final class TestBackendExtension implements BeforeEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestBackendExtension.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		backend(context).reset();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == TestBackend.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return backend(extensionContext);
	}

	private static TestBackend backend(ExtensionContext context) {
		String kind = System.getProperty(TestBackend.PROPERTY, "moto");
		if ("moto".equals(kind)) {
			MotoServerExtension.server(context);
		}
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(kind, key -> "embedded".equals(key) ? TestBackend.embedded()
					: TestBackend.moto(MotoServerExtension.server(context)), TestBackend.class);
	}

}
