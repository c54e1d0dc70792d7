package io.github.dynamoconnection.embedded.protocol;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The {@code Date} header value of the engine's answers (RFC 1123, from the engine's clock: the
 * AWS SDKs correct their clock skew from it), formatted once per second rather than per answer.
 */
public final class HttpDate {

	private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	private final Clock clock;

	private volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

	/** Dates from this clock. */
	public HttpDate(Clock clock) {
		this.clock = clock;
	}

	/** The current date as a {@code Date} header value. */
	public String now() {
		long second = clock.millis() / 1000;
		Formatted formatted = last;
		if (formatted.second != second) {
			formatted = new Formatted(second, RFC_1123.format(Instant.ofEpochSecond(second)));
			last = formatted;
		}
		return formatted.text;
	}

	private record Formatted(long second, String text) {
	}

}
