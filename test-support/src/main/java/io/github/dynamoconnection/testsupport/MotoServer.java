package io.github.dynamoconnection.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code moto_server} process on a free 127.0.0.1 port, started from PATH and stopped by
 * its PID. Tests use it as a DynamoDB-compatible reference backend.
 */
public final class MotoServer implements AutoCloseable {

	/** System property: when true, a missing moto_server fails the suite instead of skipping it. */
	public static final String REQUIRED_PROPERTY = "moto.required";

	private static final Pattern LISTENING = Pattern.compile("Running on (http://127\\.0\\.0\\.1:(\\d+))");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final Process process;

	private final URI endpoint;

	private MotoServer(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
	}

	/** Whether a {@code moto_server} executable is on the PATH. */
	public static boolean isAvailable() {
		return executable() != null;
	}

	/** Whether the build demands the moto suites run (CI sets {@value #REQUIRED_PROPERTY}=true). */
	public static boolean isRequired() {
		return Boolean.getBoolean(REQUIRED_PROPERTY) || "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/** Starts moto_server on 127.0.0.1 with port 0 and waits until it answers. */
	public static MotoServer start() {
		Path executable = executable();
		if (executable == null) {
			throw new IllegalStateException("moto_server is not on the PATH; install it with 'pip install \"moto[server]\"'");
		}
		try {
			Process process = new ProcessBuilder(executable.toString(), "-H", "127.0.0.1", "-p", "0")
				.redirectErrorStream(true)
				.start();
			URI endpoint = awaitEndpoint(process);
			MotoServer server = new MotoServer(process, endpoint);
			server.awaitReady();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start moto_server", ex);
		}
	}

	private static URI awaitEndpoint(Process process) {
		CompletableFuture<URI> found = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					Matcher matcher = LISTENING.matcher(line);
					if (matcher.find()) {
						found.complete(URI.create(matcher.group(1)));
					}
				}
				found.completeExceptionally(new IllegalStateException("moto_server exited before it listened"));
			}
			catch (IOException ex) {
				found.completeExceptionally(ex);
			}
		}, "moto_server-output");
		reader.setDaemon(true);
		reader.start();
		try {
			return found.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			destroy(process);
			throw new IllegalStateException("moto_server did not report its port within " + START_TIMEOUT, ex);
		}
	}

	private void awaitReady() {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				HttpURLConnection connection = (HttpURLConnection) endpoint.resolve("/moto-api/").toURL().openConnection();
				connection.setConnectTimeout(500);
				connection.setReadTimeout(2000);
				if (connection.getResponseCode() > 0) {
					return;
				}
			}
			catch (IOException ex) {
				sleep(50);
			}
		}
		close();
		throw new IllegalStateException("moto_server at " + endpoint + " did not answer within " + START_TIMEOUT);
	}

	/** The server's base URL, e.g. {@code http://127.0.0.1:41234}. */
	public URI endpoint() {
		return endpoint;
	}

	/** The operating-system process id, by which the server is stopped. */
	public long pid() {
		return process.pid();
	}

	/** Drops every table and item (moto's reset API), for isolation between tests. */
	public void reset() {
		try {
			HttpURLConnection connection = (HttpURLConnection) endpoint.resolve("/moto-api/reset").toURL().openConnection();
			connection.setRequestMethod("POST");
			connection.setConnectTimeout(2000);
			connection.setReadTimeout(10000);
			int status = connection.getResponseCode();
			if (status != 200) {
				throw new IllegalStateException("moto_server reset answered HTTP " + status);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("moto_server reset failed", ex);
		}
	}

	@Override
	public void close() {
		destroy(process);
	}

	private static void destroy(Process process) {
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Path executable() {
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String dir : path.split(java.io.File.pathSeparator)) {
			Path candidate = Path.of(dir, "moto_server");
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public String toString() {
		return "MotoServer[" + endpoint + ", pid " + process.pid() + "]";
	}
}
