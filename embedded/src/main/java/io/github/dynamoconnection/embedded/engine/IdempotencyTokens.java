package io.github.dynamoconnection.embedded.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.dynamoconnection.embedded.contract.EngineException;
import tools.jackson.databind.node.ObjectNode;

/**
 * ClientRequestToken bookkeeping for TransactWriteItems: a token seen within the last 10 minutes
 * with the same request answers the first response again; with another request it is an
 * IdempotentParameterMismatchException.
 */
final class IdempotencyTokens {

	static final Duration WINDOW = Duration.ofMinutes(10);

	private final Clock clock;

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	IdempotencyTokens(Clock clock) {
		this.clock = clock;
	}

	/** The earlier response for this token and request, {@code null} when the token is new. */
	synchronized ObjectNode replay(String token, String requestFingerprint) {
		expire();
		Entry entry = entries.get(token);
		if (entry == null) {
			return null;
		}
		if (!entry.fingerprint.equals(requestFingerprint)) {
			throw new EngineException("IdempotentParameterMismatchException",
					"Specified idempotent token was used with different request parameters within the 10 minute idempotency window");
		}
		return entry.response.deepCopy();
	}

	/** Remembers the response of a successful request with this token. */
	synchronized void remember(String token, String requestFingerprint, ObjectNode response) {
		entries.put(token, new Entry(requestFingerprint, response.deepCopy(), clock.instant()));
	}

	private void expire() {
		Instant oldest = clock.instant().minus(WINDOW);
		Iterator<Entry> values = entries.values().iterator();
		while (values.hasNext()) {
			if (values.next().time.isBefore(oldest)) {
				values.remove();
			}
			else {
				break;
			}
		}
	}

	private record Entry(String fingerprint, ObjectNode response, Instant time) {
	}

}
