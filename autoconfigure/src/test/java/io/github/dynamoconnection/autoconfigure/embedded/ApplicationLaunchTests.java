package io.github.dynamoconnection.autoconfigure.embedded;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.devtools.restart.classloader.RestartClassLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ApplicationLaunch}: test, packaged and development launches told apart from the
 * stack, the context class loader, AOT processing and the application's source.
 */
class ApplicationLaunchTests {

	private static final StackTraceElement[] MAIN_STACK = {
			new StackTraceElement("com.example.App", "main", "App.java", 10) };

	private final ClassLoader appClassLoader = ClassLoader.getSystemClassLoader();

	@Test
	void junitOnTheStackIsATestEvenFromAPackagedClassLoader() throws IOException {
		StackTraceElement[] stack = { new StackTraceElement("com.example.AppTests", "test", null, 1),
				new StackTraceElement("org.junit.platform.engine.Engine", "execute", null, 1) };
		try (URLClassLoader launched = new URLClassLoader(new URL[0], this.appClassLoader)) {
			assertThat(ApplicationLaunch.deduce(stack, false, launched, () -> null)).isEqualTo(ApplicationLaunch.TEST);
		}
	}

	@Test
	void currentThreadUnderJUnitIsATest() {
		assertThat(ApplicationLaunch.deduce()).isEqualTo(ApplicationLaunch.TEST);
	}

	@Test
	void plainClassPathWithoutStartClassIsDevelopment(@TempDir Path classes) {
		assertThat(ApplicationLaunch.deduce(MAIN_STACK, false, this.appClassLoader, classes::toFile))
			.isEqualTo(ApplicationLaunch.DEVELOPMENT);
		assertThat(ApplicationLaunch.deduce(MAIN_STACK, false, this.appClassLoader, () -> null))
			.isEqualTo(ApplicationLaunch.DEVELOPMENT);
	}

	@Test
	void launcherClassLoaderIsPackaged() throws IOException {
		try (URLClassLoader launched = new URLClassLoader(new URL[0], this.appClassLoader)) {
			assertThat(ApplicationLaunch.deduce(MAIN_STACK, false, launched, () -> null))
				.isEqualTo(ApplicationLaunch.PACKAGED);
		}
	}

	@Test
	void startClassInAJarIsPackagedEvenOnThePlainClassPath(@TempDir Path dir) throws IOException {
		File jar = Files.createFile(dir.resolve("app.jar")).toFile();
		assertThat(ApplicationLaunch.deduce(MAIN_STACK, false, this.appClassLoader, () -> jar))
			.isEqualTo(ApplicationLaunch.PACKAGED);
	}

	@Test
	void aheadOfTimeProcessingIsPackaged() {
		assertThat(ApplicationLaunch.deduce(MAIN_STACK, true, this.appClassLoader, () -> null))
			.isEqualTo(ApplicationLaunch.PACKAGED);
	}

	@Test
	void devtoolsRestartClassLoaderIsDevelopment() throws IOException {
		try (RestartClassLoader restart = new RestartClassLoader(this.appClassLoader, new URL[0])) {
			assertThat(ApplicationLaunch.deduce(MAIN_STACK, false, restart, () -> null))
				.isEqualTo(ApplicationLaunch.DEVELOPMENT);
		}
	}

}
