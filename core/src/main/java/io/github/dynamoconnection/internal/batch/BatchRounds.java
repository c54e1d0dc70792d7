package io.github.dynamoconnection.internal.batch;

import java.time.Duration;
import java.util.function.Function;

import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.listener.CallOutcome;

/**
 * The rounds of one batch call, independent of how requests are sent: the sync and the async
 * connection drive the same rounds (chunks, then the entries DynamoDB left unprocessed), so the
 * chunking, retry bound, backoff and leftover accounting are written once.
 *
 * @param <Q> the SDK request
 * @param <R> the SDK response
 * @param <T> the batch result
 */
public interface BatchRounds<Q, R, T> {

	/** The tables of the batch, as the caller names them. */
	java.util.List<String> tables();

	/** The tables of the batch, as sent. */
	java.util.List<String> physicalTables();

	/** The next request to send, or {@code null} when every entry is done. */
	Q nextRequest();

	/**
	 * Records a response.
	 * @return how long to wait before the retry round {@link #nextRequest()} then sends, or {@code null} when
	 * nothing is retried
	 * @throws DynamoConnectionException carrying the entries left when the retries are used up
	 */
	Duration accept(R response);

	/** The exception for a failed request, carrying every entry not done. */
	DynamoConnectionException failed(Throwable failure);

	/** The exception when waiting was interrupted, carrying every entry not done. */
	DynamoConnectionException interrupted();

	/** The result once {@link #nextRequest()} returned {@code null}. */
	T result();

	/** What listeners see for the whole batch. */
	CallOutcome outcome(Duration duration);

	/**
	 * Drives the rounds on the calling thread, sleeping between retry rounds.
	 * @param rounds the rounds
	 * @param send sends one request
	 * @return the result
	 */
	static <Q, R, T> T runBlocking(BatchRounds<Q, R, T> rounds, Function<Q, R> send) {
		Q request;
		while ((request = rounds.nextRequest()) != null) {
			R response;
			try {
				response = send.apply(request);
			}
			catch (RuntimeException ex) {
				throw rounds.failed(ex);
			}
			Duration delay = rounds.accept(response);
			if (delay != null && !BatchBackoff.sleep(delay)) {
				throw rounds.interrupted();
			}
		}
		return rounds.result();
	}

}
