package io.github.dynamoconnection.internal.batch;

import java.time.Duration;
import java.util.List;

import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.listener.CallOutcome;

/**
 * The rounds of one batch call, independent of how requests are sent: the input read, converted
 * and checked one request at a time ({@link #nextChunk()}), each request sent until DynamoDB leaves
 * nothing of it unprocessed ({@link Chunk}), at most {@link #concurrency()} of them in flight. The
 * sync and the async connection drive the same rounds, so chunking, retry bound, backoff and
 * leftover accounting are written once. Thread-safe: chunks may be driven concurrently.
 *
 * @param <Q> the SDK request
 * @param <R> the SDK response
 * @param <T> the batch result
 */
public interface BatchRounds<Q, R, T> {

	/** The tables of the batch, as the caller names them. */
	List<String> tables();

	/** The tables of the batch, as sent. */
	List<String> physicalTables();

	/** The most chunks to keep in flight. */
	int concurrency();

	/**
	 * Reads, converts and checks the next request's entries.
	 * @return the next chunk, or {@code null} when the input is used up or the batch has failed
	 * @throws DynamoConnectionException when the input is bad and nothing was handed out yet (empty, invalid entry)
	 */
	Chunk<Q, R> nextChunk();

	/**
	 * The result, once every chunk handed out is finished.
	 * @throws DynamoConnectionException carrying every entry not written when the batch failed
	 */
	T finish();

	/** What listeners see for the whole batch. */
	CallOutcome outcome(Duration duration);

	/**
	 * One request's entries, sent until written or given up.
	 *
	 * @param <Q> the SDK request
	 * @param <R> the SDK response
	 */
	interface Chunk<Q, R> {

		/** The request sending what is left of this chunk. */
		Q request();

		/**
		 * Records a response.
		 * @return how long to wait before sending {@link #request()} again, or {@code null} when the chunk is
		 * finished (written, or given up: then the batch has failed and what is left of it is recorded)
		 */
		Duration accept(R response);

		/** The request failed: what is left of this chunk is recorded and the batch fails. */
		void failed(Throwable failure);

		/** Waiting was interrupted: what is left of this chunk is recorded and the batch fails. */
		void interrupted();

	}

}
