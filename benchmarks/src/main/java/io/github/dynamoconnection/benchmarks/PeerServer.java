package io.github.dynamoconnection.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.testsupport.MotoServer;

/** A DynamoDB-compatible server on 127.0.0.1 for the over-HTTP comparisons; stopped by {@link #close()}. */
final class PeerServer implements AutoCloseable {

	/** System property naming the dynalite executable (run.sh installs it under benchmarks/node_modules). */
	static final String DYNALITE_PROPERTY = "dynalite.bin";

	/**
	 * System property naming the engine's standalone jar; default: the one the build left in
	 * {@code embedded/target} (looked up from the working directory and its parent).
	 */
	static final String STANDALONE_PROPERTY = "standalone.jar";

	private final URI endpoint;

	private final AutoCloseable stopper;

	private final Process process;

	private PeerServer(URI endpoint, AutoCloseable stopper) {
		this(endpoint, stopper, null);
	}

	private PeerServer(URI endpoint, AutoCloseable stopper, Process process) {
		this.endpoint = endpoint;
		this.stopper = stopper;
		this.process = process;
	}

	/**
	 * Starts the named server: {@code standalone} (the engine's standalone jar, its own process),
	 * {@code embedded} (the same engine inside this JVM, a diagnostic), {@code moto} or {@code dynalite}.
	 */
	static PeerServer start(String name) {
		return switch (name) {
			case "embedded" -> {
				EmbeddedDynamoDb engine = EmbeddedDynamoDb.builder().port(0).start();
				yield new PeerServer(engine.httpEndpoint(), engine);
			}
			case "moto" -> {
				MotoServer moto = MotoServer.start();
				yield new PeerServer(moto.endpoint(), moto);
			}
			case "standalone" -> StandaloneProcess.start(standaloneJar());
			case "dynalite" -> startDynalite();
			default -> throw new IllegalArgumentException(
					"Unknown server " + name + " (standalone, embedded, moto, dynalite)");
		};
	}

	/** Whether the named server can run here (dynalite needs its npm install). */
	static boolean isAvailable(String name) {
		return switch (name) {
			case "moto" -> MotoServer.isAvailable();
			case "dynalite" -> dynaliteExecutable() != null;
			case "standalone" -> standaloneJar() != null;
			default -> true;
		};
	}

	private static PeerServer startDynalite() {
		Path executable = dynaliteExecutable();
		if (executable == null) {
			throw new IllegalStateException("dynalite is not installed; set -D" + DYNALITE_PROPERTY);
		}
		int port = freePort();
		try {
			Process process = new ProcessBuilder(executable.toString(), "--port", Integer.toString(port), "--host",
					"127.0.0.1", "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			awaitPort(port, process);
			return new PeerServer(URI.create("http://127.0.0.1:" + port), () -> {
				process.destroy();
				if (!process.waitFor(5, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}, process);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path dynaliteExecutable() {
		String configured = System.getProperty(DYNALITE_PROPERTY);
		if (configured == null || configured.isBlank()) {
			return null;
		}
		Path path = Path.of(configured);
		return Files.isExecutable(path) ? path : null;
	}

	/** Wraps a server started elsewhere (another process) for {@link #start(String)}'s callers. */
	static PeerServer of(URI endpoint, AutoCloseable stopper, Process process) {
		return new PeerServer(endpoint, stopper, process);
	}

	/**
	 * CPU time the server's process has used so far, in nanoseconds (all its threads, as the OS
	 * counts it), or -1 for a server inside this JVM or one whose process is not known.
	 */
	long cpuNanos() {
		if (process == null) {
			return -1;
		}
		return process.toHandle().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
	}

	private static Path standaloneJar() {
		String configured = System.getProperty(STANDALONE_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			Path path = Path.of(configured);
			return Files.isRegularFile(path) ? path : null;
		}
		for (Path base : new Path[] { Path.of("embedded", "target"), Path.of("..", "embedded", "target") }) {
			if (!Files.isDirectory(base)) {
				continue;
			}
			try (var files = Files.list(base)) {
				Path found = files.filter((file) -> file.getFileName().toString().endsWith("-standalone.jar"))
					.findFirst()
					.orElse(null);
				if (found != null) {
					return found;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return null;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void awaitPort(int port, Process process) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("dynalite exited with " + process.exitValue());
			}
			try (Socket socket = new Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
				return;
			}
			catch (IOException ex) {
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
		throw new IllegalStateException("dynalite did not listen on port " + port);
	}

	URI endpoint() {
		return endpoint;
	}

	@Override
	public void close() {
		try {
			stopper.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not stop server at " + endpoint, ex);
		}
	}

}
