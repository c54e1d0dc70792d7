package io.github.dynamoconnection.autoconfigure.embedded;

import java.io.File;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.system.ApplicationHome;

/**
 * How the running application was launched, deduced the way Spring Boot's devtools and Docker
 * Compose support do: a test framework on the stack means a test; a context class loader other
 * than the JDK's application class loader or devtools' restart class loader (Spring Boot's
 * launcher of a packaged jar, a servlet container, a function runtime), or a {@code Start-Class}
 * manifest found by Boot's {@link ApplicationHome}, means a packaged application; otherwise
 * development (an IDE, {@code spring-boot:run}). Ahead-of-time processing counts as packaged:
 * what it decides is frozen into the packaged application.
 */
enum ApplicationLaunch {

	/** Run from an IDE or a build tool's run goal, on the plain class path. */
	DEVELOPMENT,

	/** Run from a packaged jar (or war, or a platform's own class loader). */
	PACKAGED,

	/** Run under a test framework. */
	TEST;

	private static final String DEVTOOLS_RESTART_CLASS_LOADER = "org.springframework.boot.devtools.restart.classloader.RestartClassLoader";

	private static final String[] TEST_FRAMES = { "org.junit.", "org.testng.", "cucumber.runtime.", "io.cucumber.",
			"org.springframework.test.context.aot." };

	/**
	 * Deduces the launch of the application the current thread is starting.
	 * @return the launch
	 */
	static ApplicationLaunch deduce() {
		Thread thread = Thread.currentThread();
		return deduce(thread.getStackTrace(), Boolean.getBoolean("spring.aot.processing"),
				thread.getContextClassLoader(), () -> new ApplicationHome().getSource());
	}

	static ApplicationLaunch deduce(StackTraceElement[] stack, boolean aotProcessing,
			@Nullable ClassLoader contextClassLoader, SourceLocator applicationSource) {
		for (StackTraceElement element : stack) {
			for (String frame : TEST_FRAMES) {
				if (element.getClassName().startsWith(frame)) {
					return TEST;
				}
			}
		}
		if (aotProcessing || !isDevelopmentClassLoader(contextClassLoader)) {
			return PACKAGED;
		}
		File source = applicationSource.source();
		return (source != null && source.isFile()) ? PACKAGED : DEVELOPMENT;
	}

	private static boolean isDevelopmentClassLoader(@Nullable ClassLoader classLoader) {
		if (classLoader == null) {
			return true;
		}
		String name = classLoader.getClass().getName();
		// devtools restarts the application in its own class loader, and only in development
		return name.contains("AppClassLoader") || name.equals(DEVTOOLS_RESTART_CLASS_LOADER);
	}

	/**
	 * Finds the jar or directory the application's start class was loaded from.
	 */
	@FunctionalInterface
	interface SourceLocator {

		@Nullable File source();

	}

}
