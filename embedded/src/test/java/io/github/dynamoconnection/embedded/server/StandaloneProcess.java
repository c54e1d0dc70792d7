package io.github.dynamoconnection.embedded.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone server ({@link EmbeddedDynamoDbServerMain}) in a child JVM on the test class path,
 * as {@code java -jar} runs it (the shaded jar itself is built after the tests). Collects its
 * output; stops it with SIGTERM or {@code kill -9}.
 */
public final class StandaloneProcess implements AutoCloseable {

	private static final Pattern START_LINE = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final Process process;

	private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();

	private final StringBuffer stderr = new StringBuffer();

	private final List<String> stdoutLines = new ArrayList<>();

	private final List<Thread> pumps;

	private StandaloneProcess(Process process) {
		this.process = process;
		this.pumps = List.of(pump(process.getInputStream(), stdout::add, "stdout"),
				pump(process.getErrorStream(), (line) -> stderr.append(line).append('\n'), "stderr"));
	}

	/** Starts the server main class with these arguments. */
	public static StandaloneProcess start(String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-Xmx256m");
		command.add("-cp");
		command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
		command.add(EmbeddedDynamoDbServerMain.class.getName());
		command.addAll(List.of(args));
		try {
			return new StandaloneProcess(new ProcessBuilder(command).start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits for the start line and returns the endpoint it names. */
	public URI awaitEndpoint() throws InterruptedException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			String line = stdout.poll(100, TimeUnit.MILLISECONDS);
			if (line != null) {
				stdoutLines.add(line);
				Matcher matcher = START_LINE.matcher(line);
				if (matcher.find()) {
					return URI.create(matcher.group(1));
				}
			}
			else if (!process.isAlive()) {
				throw new IllegalStateException("Server exited with " + process.exitValue() + ": " + stderr);
			}
		}
		throw new IllegalStateException("No start line within " + START_TIMEOUT + "; stderr: " + stderr);
	}

	/** Waits for the process to exit by itself, and for its output to be read, and returns its exit status. */
	public int awaitExit() throws InterruptedException {
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("Process did not exit; stderr: " + stderr);
		}
		for (Thread pump : pumps) {
			pump.join(TimeUnit.SECONDS.toMillis(10));
		}
		return process.exitValue();
	}

	/** Sends SIGTERM and returns the exit status. */
	public int terminate() throws InterruptedException {
		process.destroy();
		return awaitExit();
	}

	/** Kills the process at once ({@code kill -9}). */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** Everything printed on stdout so far (after {@link #awaitExit()}, all of it). */
	public List<String> stdoutLines() {
		List<String> lines = new ArrayList<>(stdoutLines);
		stdout.drainTo(lines);
		return lines;
	}

	/** Everything printed on stderr so far. */
	public String stderr() {
		return stderr.toString();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

	private static Thread pump(InputStream stream, java.util.function.Consumer<String> sink, String name) {
		Thread thread = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					sink.accept(line);
				}
			}
			catch (IOException ex) {
				// the process ended
			}
		}, "standalone-" + name);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

}
