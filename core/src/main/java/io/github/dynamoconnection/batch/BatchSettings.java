package io.github.dynamoconnection.batch;

/**
 * How a connection runs its batch calls: how unprocessed entries are retried, and how many
 * requests one {@code batchWriteItem}, {@code batchGetItem} or {@code parallelScan} keeps in flight
 * at most (a spec may ask for another bound per call).
 *
 * @param retryPolicy how unprocessed entries are retried
 * @param concurrency the most requests (scan segments) one batch call keeps in flight, at least 1
 */
public record BatchSettings(BatchRetryPolicy retryPolicy, int concurrency) {

	/**
	 * The default bound of requests in flight: 8, or the HTTP pool size when smaller. Eight requests
	 * of 25 items keep a server busy well past the point where the client's own conversion work is
	 * the limit, and stay far below the SDK's default pool of 50 connections.
	 */
	public static final int DEFAULT_CONCURRENCY = 8;

	/** The retry policy {@link BatchRetryPolicy#DEFAULT} with {@link #DEFAULT_CONCURRENCY}. */
	public static final BatchSettings DEFAULT = new BatchSettings(BatchRetryPolicy.DEFAULT, DEFAULT_CONCURRENCY);

	public BatchSettings {
		if (retryPolicy == null) {
			throw new IllegalArgumentException("retryPolicy must not be null");
		}
		checkConcurrency(concurrency);
	}

	/** {@link #DEFAULT_CONCURRENCY}, or {@code maxPoolConnections} when given and smaller. */
	public static int defaultConcurrency(Integer maxPoolConnections) {
		return (maxPoolConnections != null) ? Math.max(1, Math.min(DEFAULT_CONCURRENCY, maxPoolConnections))
				: DEFAULT_CONCURRENCY;
	}

	/**
	 * Refuses a bound below 1.
	 * @param concurrency the bound
	 * @return {@code concurrency}
	 * @throws IllegalArgumentException when it is below 1
	 */
	public static int checkConcurrency(int concurrency) {
		if (concurrency < 1) {
			throw new IllegalArgumentException("batch concurrency must be >= 1 (1 = one request at a time), got "
					+ concurrency);
		}
		return concurrency;
	}

}
