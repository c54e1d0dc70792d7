package io.github.dynamoconnection.sample;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the packaged sample app with {@code java -jar}, as production would, to prove the embedded
 * default's production rules: the recommended optional dependency keeps the engine out of the jar;
 * a jar that does contain it (built with the optional dependencies included) warns once and uses
 * the regional endpoint unless {@code dynamodb.embedded.enabled=true}, and then uses the engine.
 * Runs after {@code package} (failsafe), on the jars the build just made.
 */
class PackagedJarEmbeddedDefaultIT {

	private static final String WARNING = "The embedded DynamoDB engine (dynamo-connection-embedded) is on the class"
			+ " path but not used: this is a packaged application";

	private static final String USING_ENGINE = "Using the embedded DynamoDB engine";

	private static final String ENGINE_ENTRY = "BOOT-INF/lib/dynamo-connection-embedded-";

	private final List<Process> started = new ArrayList<>();

	@TempDir
	Path logs;

	@AfterEach
	void stopApps() throws InterruptedException {
		for (Process process : this.started) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	@Test
	void optionalDependencyKeepsTheEngineOutOfThePackagedJar() throws IOException {
		assertThat(hasEngine(jar("sample.jar"))).isFalse();
		assertThat(hasEngine(jar("sample.jar.with-embedded"))).isTrue();
	}

	@Test
	void packagedJarWithTheEngineWarnsAndUsesTheRegionalEndpoint() throws Exception {
		int port = freePort();
		Path log = start(jar("sample.jar.with-embedded"), port, "--dynamodb.table-initialization=never");
		String output = awaitLine(log, "Started SampleApplication");
		assertThat(output).contains(WARNING).doesNotContain(USING_ENGINE);
		assertThat(output.lines().filter((line) -> line.contains(WARNING))).singleElement()
			.asString()
			.contains("WARN")
			.contains("dynamodb.embedded.enabled=true");
		assertThat(new Http(port).get("/actuator/health/liveness").status()).isEqualTo(200);
	}

	@Test
	void packagedJarWithTheEngineUsesItWhenEnabled() throws Exception {
		int port = freePort();
		Path log = start(jar("sample.jar.with-embedded"), port, "--dynamodb.embedded.enabled=true");
		String output = awaitLine(log, "Started SampleApplication");
		assertThat(output).contains(USING_ENGINE).contains("Created DynamoDB table 'Forum'").doesNotContain(WARNING);
		Http http = new Http(port);
		assertThat(http.post("/forums", "{\"name\":\"AWS\",\"category\":\"Amazon Web Services\",\"description\":\"All things AWS\"}").status())
			.isEqualTo(201);
		assertThat(http.get("/forums/AWS").text()).contains("\"category\":\"Amazon Web Services\"");
	}

	private Path start(Path jar, int port, String... arguments) throws IOException {
		Path log = Files.createTempFile(this.logs, "app", ".log");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> environment = builder.environment();
		environment.keySet()
			.removeIf((name) -> name.startsWith("AWS_") || name.startsWith("ECS_") || name.startsWith("KUBERNETES_")
					|| name.startsWith("DYNAMODB_"));
		environment.put("AWS_REGION", "us-east-1");
		environment.put("AWS_ACCESS_KEY_ID", "packaged-test");
		environment.put("AWS_SECRET_ACCESS_KEY", "packaged-test");
		this.started.add(builder.start());
		return log;
	}

	private String awaitLine(Path log, String line) throws Exception {
		Process process = this.started.get(this.started.size() - 1);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			String output = Files.readString(log, StandardCharsets.UTF_8);
			if (output.contains(line)) {
				return output;
			}
			if (!process.isAlive()) {
				throw new AssertionError("the packaged app exited (" + process.exitValue() + ") before logging '" + line
						+ "':\n" + output);
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the packaged app did not log '" + line + "':\n" + Files.readString(log));
	}

	private static boolean hasEngine(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.stream().anyMatch((entry) -> entry.getName().startsWith(ENGINE_ENTRY));
		}
	}

	private static Path jar(String property) {
		Path jar = Path.of(System.getProperty(property, "(system property " + property + " not set)"));
		assertThat(jar).as("packaged jar").isRegularFile();
		return jar;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
