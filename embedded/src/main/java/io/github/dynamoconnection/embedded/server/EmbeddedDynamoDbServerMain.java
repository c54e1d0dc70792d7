package io.github.dynamoconnection.embedded.server;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;

/**
 * The standalone server: {@code java -jar dynamo-connection-embedded-<v>-standalone.jar --port 8000
 * [--data-dir DIR] [--ttl-sweep-interval 1s]}. Prints one line once it listens, and stops cleanly
 * (data flushed) on SIGTERM or Ctrl-C. Bad arguments print the usage to stderr and exit with 2.
 */
public final class EmbeddedDynamoDbServerMain {

	/** Exit status for bad arguments. */
	static final int USAGE_ERROR = 2;

	/** Exit status when the server cannot start (port taken, data directory unusable). */
	static final int START_ERROR = 1;

	private EmbeddedDynamoDbServerMain() {
	}

	/**
	 * Starts the server and blocks until the JVM shuts down.
	 * @param args the command line, see {@link ServerArguments}
	 */
	public static void main(String[] args) throws InterruptedException {
		ServerArguments arguments;
		try {
			arguments = ServerArguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(ServerArguments.USAGE);
			System.exit(USAGE_ERROR);
			return;
		}
		if (arguments.help()) {
			System.out.println(ServerArguments.USAGE);
			return;
		}
		EmbeddedDynamoDb server;
		try {
			server = start(arguments);
		}
		catch (RuntimeException ex) {
			System.err.println("dynamo-connection embedded DynamoDB could not start: " + ex.getMessage());
			System.exit(START_ERROR);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.close();
			stopped.countDown();
		}, "embedded-dynamodb-shutdown"));
		printStarted(System.out, server, arguments);
		stopped.await();
	}

	static EmbeddedDynamoDb start(ServerArguments arguments) {
		EmbeddedDynamoDb.Builder builder = EmbeddedDynamoDb.builder()
			.port(arguments.port())
			.ttlSweepInterval(arguments.ttlSweepInterval())
			.transientStatusDelay(arguments.transientStatusDelay());
		if (arguments.dataDirectory() != null) {
			builder.dataDirectory(arguments.dataDirectory());
		}
		builder.sharedDb(arguments.sharedDb());
		arguments.accounts().forEach(builder::account);
		if (arguments.requiredCredentials() != null) {
			builder.requireCredentials(arguments.requiredCredentials().getKey(), arguments.requiredCredentials().getValue());
		}
		return builder.start();
	}

	private static void printStarted(PrintStream out, EmbeddedDynamoDb server, ServerArguments arguments) {
		String persistence = (arguments.dataDirectory() != null)
				? " (data in " + arguments.dataDirectory().toAbsolutePath() + ")" : " (in memory)";
		out.println("dynamo-connection embedded DynamoDB listening on " + server.httpEndpoint() + persistence);
		out.flush();
	}

}
