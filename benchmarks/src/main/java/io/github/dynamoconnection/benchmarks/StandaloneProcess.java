package io.github.dynamoconnection.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's standalone jar as its own process, measured the way moto and dynalite are: started
 * with {@code --port 0} on 127.0.0.1, its endpoint read from the line it prints once it listens,
 * stopped by its PID (SIGTERM, then killed after 10 s). Extra JVM options of the server process
 * (e.g. a JFR recording) come from the system property {@value #JVM_ARGS_PROPERTY}, separated by
 * spaces or, where a tool splits its arguments at spaces as JMH's {@code -jvmArgs} does, by {@code |}.
 */
final class StandaloneProcess {

	/** System property with the server JVM's options; default {@code -Xms512m -Xmx1g}. */
	static final String JVM_ARGS_PROPERTY = "standalone.jvmArgs";

	private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

	private static final long START_TIMEOUT_SECONDS = 60;

	private StandaloneProcess() {
	}

	/** Starts the jar and waits until it listens. */
	static PeerServer start(Path jar) {
		if (jar == null) {
			throw new IllegalStateException("The engine's standalone jar is not built; build the embedded module or set -D"
					+ PeerServer.STANDALONE_PROPERTY);
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		for (String option : System.getProperty(JVM_ARGS_PROPERTY, "-Xms512m -Xmx1g").trim().split("[\\s|]+")) {
			if (!option.isEmpty()) {
				command.add(option);
			}
		}
		command.addAll(List.of("-jar", jar.toString(), "--port", "0"));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			URI endpoint = awaitEndpoint(process);
			return PeerServer.of(endpoint, () -> stop(process), process);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static URI awaitEndpoint(Process process) throws IOException {
		BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
		StringBuilder seen = new StringBuilder();
		String line;
		while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
			Matcher matcher = LISTENING.matcher(line);
			if (matcher.find()) {
				drain(output);
				return URI.create(matcher.group(1));
			}
			seen.append(line).append('\n');
		}
		process.destroyForcibly();
		throw new IllegalStateException("The standalone engine did not print its endpoint:\n" + seen);
	}

	/** Keeps reading the server's output so that it never blocks on a full pipe. */
	private static void drain(BufferedReader output) {
		Thread drainer = new Thread(() -> {
			try {
				while (output.readLine() != null) {
					// discarded: the server logs nothing per request
				}
			}
			catch (IOException ex) {
				// the process ended
			}
		}, "standalone-engine-output");
		drainer.setDaemon(true);
		drainer.start();
	}

	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
		}
	}

}
