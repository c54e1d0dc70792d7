package io.github.dynamoconnection.embedded.server;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The standalone server's command line: {@code --port N} (default 8000), {@code --data-dir DIR},
 * {@code --ttl-sweep-interval D} ({@code 500ms}, {@code 1s}, {@code 2m}, {@code 1h} or ISO-8601 such
 * as {@code PT1S}), {@code --transient-status-delay D} (default 0), {@code --require-credentials
 * ACCESS_KEY:SECRET}, {@code --help}. Both {@code --name value} and {@code --name=value} work.
 * Parsed by hand: three options do not justify a command-line library in the standalone jar.
 * @param port the HTTP port, 0 for a free one
 * @param dataDirectory where to persist data, {@code null} for memory only
 * @param ttlSweepInterval how often expired items are swept
 * @param transientStatusDelay how long tables stay CREATING, UPDATING, DELETING and new indexes backfill
 * @param requiredCredentials access key id and secret whose signatures alone are accepted, {@code null}
 * to accept any signature
 * @param help whether only the usage was asked for
 * @param sharedDb whether every account and region shares one namespace
 * @param accounts account ids by access key id (unlisted keys are the default account)
 */
record ServerArguments(int port, Path dataDirectory, Duration ttlSweepInterval, Duration transientStatusDelay,
		Map.Entry<String, String> requiredCredentials, boolean help, boolean sharedDb, Map<String, String> accounts) {

	static final int DEFAULT_PORT = 8000;

	static final Duration DEFAULT_TTL_SWEEP_INTERVAL = Duration.ofSeconds(1);

	static final String USAGE = String.join(System.lineSeparator(),
			"Usage: java -jar dynamo-connection-embedded-<version>-standalone.jar [options]",
			"Serves a DynamoDB-compatible engine over HTTP on 127.0.0.1.",
			"  --port N                   port to listen on (default 8000; 0 picks a free port)",
			"  --data-dir DIR             persist data in DIR and reload it on start (default: memory only)",
			"  --ttl-sweep-interval D     how often expired TTL items are removed, e.g. 500ms, 1s, 2m (default 1s)",
			"  --transient-status-delay D how long tables stay CREATING/UPDATING/DELETING and new indexes",
			"                             backfill, e.g. 500ms (default 0: every change is ACTIVE at once)",
			"  --require-credentials K:S  verify SigV4 signatures; accept only access key K with secret S",
			"                             (default: any signature is accepted)",
			"  --shared-db                one set of tables for every account and region (default: tables are",
			"                             kept per account and region, as DynamoDB does)",
			"  --account K:ACCOUNT_ID     requests signed with access key K belong to this 12-digit account",
			"                             (repeatable; default: every key is account 000000000000)",
			"  --help                     print this help and exit");

	/**
	 * Parses the arguments.
	 * @throws IllegalArgumentException naming the bad argument
	 */
	static ServerArguments parse(String... args) {
		int port = DEFAULT_PORT;
		Path dataDirectory = null;
		Duration ttlSweepInterval = DEFAULT_TTL_SWEEP_INTERVAL;
		Duration transientStatusDelay = Duration.ZERO;
		Map.Entry<String, String> requiredCredentials = null;
		boolean sharedDb = false;
		Map<String, String> accounts = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				return new ServerArguments(port, dataDirectory, ttlSweepInterval, transientStatusDelay, requiredCredentials, true, sharedDb,
						Map.copyOf(accounts));
			}
			String name = arg;
			String value = null;
			int equals = arg.indexOf('=');
			if (arg.startsWith("--") && equals > 0) {
				name = arg.substring(0, equals);
				value = arg.substring(equals + 1);
			}
			switch (name) {
				case "--port" -> port = parsePort((value != null) ? value : valueOf(args, ++i, name));
				case "--data-dir" -> dataDirectory = Path.of((value != null) ? value : valueOf(args, ++i, name));
				case "--ttl-sweep-interval" -> ttlSweepInterval = parseDuration(
						(value != null) ? value : valueOf(args, ++i, name), name, false);
				case "--transient-status-delay" -> transientStatusDelay = parseDuration(
						(value != null) ? value : valueOf(args, ++i, name), name, true);
				case "--require-credentials" -> requiredCredentials = parseCredentials(
						(value != null) ? value : valueOf(args, ++i, name));
				case "--shared-db" -> sharedDb = true;
				case "--account" -> {
					Map.Entry<String, String> account = parseAccount((value != null) ? value : valueOf(args, ++i, name));
					accounts.put(account.getKey(), account.getValue());
				}
				default -> throw new IllegalArgumentException("Unknown argument '" + arg + "'");
			}
		}
		return new ServerArguments(port, dataDirectory, ttlSweepInterval, transientStatusDelay, requiredCredentials, false,
				sharedDb, Map.copyOf(accounts));
	}

	/** {@code ACCESS_KEY:ACCOUNT_ID} with a 12-digit account id. */
	private static Map.Entry<String, String> parseAccount(String text) {
		int colon = text.indexOf(':');
		String account = (colon > 0) ? text.substring(colon + 1) : "";
		if (!account.matches("\\d{12}")) {
			throw new IllegalArgumentException("Invalid --account '" + text + "': expected ACCESS_KEY:ACCOUNT_ID with a 12-digit account id");
		}
		return Map.entry(text.substring(0, colon), account);
	}

	/** {@code ACCESS_KEY:SECRET}; the message never repeats the secret. */
	private static Map.Entry<String, String> parseCredentials(String text) {
		int colon = text.indexOf(':');
		if (colon <= 0 || colon == text.length() - 1) {
			throw new IllegalArgumentException(
					"Invalid --require-credentials: expected ACCESS_KEY:SECRET, both non-empty");
		}
		return Map.entry(text.substring(0, colon), text.substring(colon + 1));
	}

	@Override
	public String toString() {
		return "ServerArguments[port=" + port + ", dataDirectory=" + dataDirectory + ", ttlSweepInterval="
				+ ttlSweepInterval + ", transientStatusDelay=" + transientStatusDelay + ", requireCredentials="
				+ ((requiredCredentials != null) ? requiredCredentials.getKey() + ":****" : "off")
				+ ", help=" + help + ", sharedDb=" + sharedDb + ", accounts=" + accounts + "]";
	}

	private static String valueOf(String[] args, int index, String name) {
		if (index >= args.length || args[index].isEmpty()) {
			throw new IllegalArgumentException("Missing value for " + name);
		}
		return args[index];
	}

	private static int parsePort(String text) {
		try {
			int port = Integer.parseInt(text);
			if (port >= 0 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("Invalid --port '" + text + "': expected a number from 0 to 65535");
	}

	/** Reads {@code 500ms}, {@code 1s}, {@code 2m}, {@code 1h} or ISO-8601; no library here reads the short form. */
	static Duration parseDuration(String text, String option, boolean zeroAllowed) {
		String lower = text.trim().toLowerCase(Locale.ROOT);
		Duration duration;
		try {
			if (lower.equals("0")) {
				duration = Duration.ZERO;
			}
			else if (lower.startsWith("p")) {
				duration = Duration.parse(text.trim());
			}
			else if (lower.endsWith("ms")) {
				duration = Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2)));
			}
			else if (lower.endsWith("s")) {
				duration = Duration.ofSeconds(Long.parseLong(lower.substring(0, lower.length() - 1)));
			}
			else if (lower.endsWith("m")) {
				duration = Duration.ofMinutes(Long.parseLong(lower.substring(0, lower.length() - 1)));
			}
			else if (lower.endsWith("h")) {
				duration = Duration.ofHours(Long.parseLong(lower.substring(0, lower.length() - 1)));
			}
			else {
				duration = null;
			}
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			duration = null;
		}
		if (duration == null || duration.isNegative() || (duration.isZero() && !zeroAllowed)) {
			throw new IllegalArgumentException("Invalid " + option + " '" + text + "': expected a "
					+ (zeroAllowed ? "duration such as 0, " : "positive duration such as ") + "500ms, 1s, 2m or PT1S");
		}
		return duration;
	}

}
