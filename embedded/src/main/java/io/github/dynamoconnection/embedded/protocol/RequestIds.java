package io.github.dynamoconnection.embedded.protocol;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cheap, process-unique request ids in DynamoDB's shape (52 upper-case letters and digits): a random
 * prefix drawn once plus a counter, so no secure random number is drawn per call.
 */
final class RequestIds {

	private static final int LENGTH = 52;

	private static final int COUNTER_DIGITS = 13;

	private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

	private final String prefix;

	private final AtomicLong counter = new AtomicLong();

	RequestIds() {
		char[] chars = new char[LENGTH - COUNTER_DIGITS];
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
		}
		this.prefix = new String(chars);
	}

	/** The next request id. */
	String next() {
		long value = counter.incrementAndGet();
		char[] digits = new char[COUNTER_DIGITS];
		for (int i = COUNTER_DIGITS - 1; i >= 0; i--) {
			digits[i] = ALPHABET[(int) (value % ALPHABET.length)];
			value /= ALPHABET.length;
		}
		return prefix.concat(new String(digits));
	}

}
