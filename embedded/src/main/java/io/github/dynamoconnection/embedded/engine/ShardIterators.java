package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Shard iterators: opaque strings naming a stream, its shard, the index of the next record to read
 * and when the iterator was issued. An iterator expires 15 minutes after it was issued, as in
 * DynamoDB Streams.
 */
final class ShardIterators {

	static final Duration LIFETIME = Duration.ofMinutes(15);

	private static final String VERSION = "v1";

	private final Clock clock;

	ShardIterators(Clock clock) {
		this.clock = clock;
	}

	/** Where an iterator points. */
	record Position(String streamArn, String shardId, long index) {
	}

	/** A new iterator at this record index. */
	String issue(TableStream stream, long index) {
		String plain = VERSION + "|" + clock.millis() + "|" + index + "|" + stream.shardId + "|" + stream.arn;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads an iterator.
	 * @throws EngineException ValidationException when it is not one, ExpiredIteratorException when
	 * it is older than 15 minutes
	 */
	Position read(String iterator) {
		if (iterator.isEmpty() || iterator.length() > 2048) {
			throw Requests.constraint(iterator, "shardIterator", "Member must have length between 1 and 2048");
		}
		String[] parts;
		long issued;
		long index;
		try {
			parts = new String(Base64.getUrlDecoder().decode(iterator), StandardCharsets.UTF_8).split("\\|", 5);
			if (parts.length != 5 || !parts[0].equals(VERSION)) {
				throw invalid();
			}
			issued = Long.parseLong(parts[1]);
			index = Long.parseLong(parts[2]);
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		long now = clock.millis();
		if (now - issued > LIFETIME.toMillis()) {
			throw new EngineException("ExpiredIteratorException", "Iterator expired. The iterator was created at time "
					+ issued + " while right now it is " + now + " which is further in the future than the tolerated delay of "
					+ LIFETIME.toMillis() + " milliseconds.");
		}
		return new Position(parts[4], parts[3], index);
	}

	private static EngineException invalid() {
		return EngineException.validation("Invalid ShardIterator");
	}

}
