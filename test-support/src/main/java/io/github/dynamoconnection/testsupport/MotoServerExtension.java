package io.github.dynamoconnection.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension that shares one {@link MotoServer} per test run (started on first use, stopped
 * by PID when the run ends) and injects it into test constructors and methods. When moto_server is
 * not on the PATH the tests are skipped, unless {@link MotoServer#isRequired()} says they must run,
 * in which case they fail.
 */
public final class MotoServerExtension implements BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MotoServerExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		server(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == MotoServer.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return server(extensionContext);
	}

	/** The shared server, starting it on first use. */
	public static MotoServer server(ExtensionContext context) {
		if (!MotoServer.isAvailable()) {
			if (MotoServer.isRequired()) {
				throw new IllegalStateException("moto_server is required (CI=true or -Dmoto.required=true) but is not on the PATH");
			}
			org.junit.jupiter.api.Assumptions.abort("moto_server is not on the PATH; skipping the moto suite");
		}
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(MotoServer.class, key -> new Holder(MotoServer.start()), Holder.class)
			.server();
	}

	private record Holder(MotoServer server) implements AutoCloseable {

		@Override
		public void close() {
			server.close();
		}

	}

}
