package io.github.dynamoconnection.sample.storage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Timestamps stored as sort keys: ISO-8601 in UTC with a fixed six-digit fraction, so that their
 * string order (DynamoDB's order for S keys) is their time order. {@link Instant#toString()} would
 * drop trailing zeros and break that.
 */
public final class Timestamps {

	private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private Timestamps() {
	}

	/** The current time, sortable. */
	public static String now() {
		return SORTABLE.format(Instant.now());
	}

}
