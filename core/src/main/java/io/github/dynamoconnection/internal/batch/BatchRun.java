package io.github.dynamoconnection.internal.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.batch.BatchRetryPolicy;
import io.github.dynamoconnection.convert.AttributeValues;
import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.internal.call.ExceptionTranslator;
import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.internal.schema.KeyValues;
import io.github.dynamoconnection.internal.schema.TableNames;
import io.github.dynamoconnection.listener.CallOutcome;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * What BatchWriteItem and BatchGetItem rounds share: the input read lazily, a fixed number of
 * entries at a time, each chunk checked for duplicate keys (DynamoDB refuses them within one
 * request) and sent until nothing of it is unprocessed or the retry bound is reached. On failure no
 * further chunk is handed out, and the exception carries every entry not done: what is left of each
 * chunk given up, then the rest of the input. All state is guarded by this object's lock.
 *
 * @param <E> one entry as sent (a write request, a key)
 * @param <C> a chunk as sent, grouped by physical table
 * @param <Q> the SDK request
 * @param <R> the SDK response
 * @param <T> the batch result
 */
abstract class BatchRun<E, C, Q, R extends DynamoDbResponse, T> implements BatchRounds<Q, R, T> {

	private final Operation operation;

	private final int chunkSize;

	private final int concurrency;

	private final BatchBackoff backoff;

	private final Iterator<Pending<E>> input;

	private final List<String> tables;

	private final List<String> physicalTables;

	/** The connection's table names. */
	protected final TableNames names;

	/** Consumed capacity of every round, tables named as the caller does. */
	protected final List<ConsumedCapacity> capacity = new ArrayList<>();

	private final Leftovers<E> left = new Leftovers<>();

	private R lastResponse;

	private int handedOut;

	private int read;

	private int done;

	private int requests;

	private boolean failed;

	private String failureCode;

	private String failureMessage;

	private Throwable failureCause;

	private String failureReason;

	BatchRun(Operation operation, int chunkSize, int concurrency, TableNames names, BatchRetryPolicy policy,
			List<String> tables, List<String> physicalTables, Iterator<Pending<E>> input) {
		this.operation = operation;
		this.chunkSize = chunkSize;
		this.concurrency = concurrency;
		this.names = names;
		this.backoff = new BatchBackoff(policy);
		this.tables = tables;
		this.physicalTables = physicalTables;
		this.input = input;
	}

	@Override
	public List<String> tables() {
		return tables;
	}

	@Override
	public List<String> physicalTables() {
		return physicalTables;
	}

	@Override
	public int concurrency() {
		return concurrency;
	}

	/** Requests sent so far. */
	protected synchronized int requests() {
		return requests;
	}

	/** Entries read from the input so far. */
	protected synchronized int read() {
		return read;
	}

	/** Whether no entry was written (or read) yet. */
	public synchronized boolean nothingDone() {
		return done == 0;
	}

	/** Groups entries by physical table into a chunk. */
	protected abstract C group(Map<String, List<E>> entries);

	/** The request sending {@code chunk}. */
	protected abstract Q request(C chunk);

	/** Records what a response brought (capacity, items, metrics) and returns what it left unprocessed. */
	protected abstract C record(R response);

	/** The entries of a chunk by physical table. */
	protected abstract Map<String, List<E>> entries(C chunk);

	/** The exception carrying the entries left, by table as the caller names them. */
	protected abstract DynamoConnectionException failure(String code, String message, Throwable cause,
			Map<String, List<E>> left);

	/** What an entry is called in messages ("entries", "keys"). */
	protected abstract String noun();

	/** What the request does to an item, for messages ("writes", "reads"). */
	protected abstract String verb();

	@Override
	public synchronized Chunk<Q, R> nextChunk() {
		if (failed) {
			return null;
		}
		Map<String, List<E>> entries = new LinkedHashMap<>();
		Set<List<Object>> keys = new HashSet<>();
		int count = 0;
		try {
			while (count < chunkSize && input.hasNext()) {
				Pending<E> pending = input.next();
				if (!keys.add(List.of(pending.physicalTable(), pending.key()))) {
					throw KeyValues.invalid(operation, names.logical(pending.physicalTable()), "duplicate key "
							+ AttributeValues.toJavaItem(pending.key()) + " in one request of " + chunkSize + " (DynamoDB refuses a "
							+ "request that " + verb() + " the same item twice)");
				}
				entries.computeIfAbsent(pending.physicalTable(), t -> new ArrayList<>()).add(pending.entry());
				count++;
			}
		}
		catch (RuntimeException ex) {
			if (handedOut == 0) {
				throw ex;
			}
			read += count;
			entries.forEach(left::keep);
			DynamoConnectionException mapped = ExceptionTranslator.translate(operation, tables, ex);
			fail(mapped.errorCode(), mapped.getMessage() + " (the input was refused after " + read + " " + noun()
					+ " were read; the requests before it were sent)", ex, null);
			return null;
		}
		if (count == 0) {
			if (handedOut == 0) {
				throw new InvalidArgumentException(operation.awsName(), List.of(), operation.awsName() + ": the batch is empty");
			}
			return null;
		}
		handedOut++;
		read += count;
		return new Round(group(entries), count);
	}

	@Override
	public synchronized T finish() {
		if (!failed) {
			return result();
		}
		int skipped = left.drain(input, chunkSize);
		Map<String, List<E>> byLogical = left.byLogicalTable(names);
		int count = byLogical.values().stream().mapToInt(List::size).sum();
		String message = (failureReason != null)
				? ExceptionTranslator.describe(operation, tables, null, count + " " + noun() + " left unprocessed " + failureReason)
				: failureMessage + " (" + count + " " + noun() + " not done)";
		if (skipped > 0) {
			message += "; " + skipped + " more " + noun() + " of the input could not be converted and are not carried";
		}
		throw failure(failureCode, message, failureCause, byLogical);
	}

	/** The result once every chunk is written. */
	protected abstract T result();

	@Override
	public synchronized CallOutcome outcome(Duration duration) {
		return new CallOutcome(lastResponse, null, duration, List.copyOf(capacity), 0);
	}

	/** Records the batch's first failure: a request's ({@code code}, {@code message}, {@code cause}) or a {@code reason}. */
	private void fail(String code, String message, Throwable cause, String reason) {
		if (!failed) {
			failed = true;
			failureCode = code;
			failureMessage = message;
			failureCause = cause;
			failureReason = reason;
		}
	}

	/** One request's entries and its retries; its methods take the run's lock. */
	private final class Round implements Chunk<Q, R> {

		private C current;

		private int size;

		private int retries;

		Round(C chunk, int size) {
			this.current = chunk;
			this.size = size;
		}

		@Override
		public Q request() {
			synchronized (BatchRun.this) {
				requests++;
				return BatchRun.this.request(current);
			}
		}

		@Override
		public Duration accept(R response) {
			synchronized (BatchRun.this) {
				lastResponse = response;
				C unprocessed = record(response);
				int unprocessedCount = entries(unprocessed).values().stream().mapToInt(List::size).sum();
				done += size - unprocessedCount;
				size = unprocessedCount;
				current = unprocessed;
				if (unprocessedCount == 0) {
					return null;
				}
				if (failed) {
					giveUp();
					return null;
				}
				if (!backoff.canRetry(retries)) {
					giveUp();
					fail(null, null, null, "after " + retries + " retries");
					return null;
				}
				return backoff.delay(++retries);
			}
		}

		@Override
		public void failed(Throwable cause) {
			synchronized (BatchRun.this) {
				giveUp();
				DynamoConnectionException mapped = ExceptionTranslator.translate(operation, tables, cause);
				fail(mapped.errorCode(), mapped.getMessage(), cause, null);
			}
		}

		@Override
		public void interrupted() {
			synchronized (BatchRun.this) {
				giveUp();
				fail(null, null, null, "after " + retries + " retries (the wait before the next one was interrupted)");
			}
		}

		private void giveUp() {
			entries(current).forEach(left::keep);
			size = 0;
		}

	}

}
