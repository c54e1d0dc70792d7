package io.github.dynamoconnection.internal.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.batch.BatchRetryPolicy;
import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.internal.call.ExceptionTranslator;
import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.internal.schema.TableNames;
import io.github.dynamoconnection.listener.CallOutcome;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * What BatchWriteItem and BatchGetItem rounds share: chunks of a fixed size, each sent until
 * DynamoDB leaves nothing unprocessed or the retry bound is reached, and the exception carrying
 * every entry not done (what is left of the current chunk, then every later entry).
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

	private final BatchBackoff backoff;

	private final List<Pending<E>> all;

	private final List<String> tables;

	private final List<String> physicalTables;

	/** The connection's table names. */
	protected final TableNames names;

	/** Consumed capacity of every round, tables named as the caller does. */
	protected final List<ConsumedCapacity> capacity = new ArrayList<>();

	private R lastResponse;

	private C chunk;

	private int next;

	private int retries;

	private int requests;

	BatchRun(Operation operation, int chunkSize, TableNames names, BatchRetryPolicy policy, List<String> tables,
			List<String> physicalTables, List<Pending<E>> all) {
		this.operation = operation;
		this.chunkSize = chunkSize;
		this.names = names;
		this.backoff = new BatchBackoff(policy);
		this.tables = tables;
		this.physicalTables = physicalTables;
		this.all = all;
	}

	/** The tables of the batch, as the caller names them. */
	public List<String> tables() {
		return tables;
	}

	/** The tables of the batch, as sent. */
	public List<String> physicalTables() {
		return physicalTables;
	}

	/** Requests sent so far. */
	protected int requests() {
		return requests;
	}

	/** Every entry of the batch. */
	protected int size() {
		return all.size();
	}

	/** Groups entries by physical table into a chunk. */
	protected abstract C group(List<Pending<E>> entries);

	/** The request sending {@code chunk}. */
	protected abstract Q request(C chunk);

	/** Records what a response brought (capacity, items, metrics) and returns what it left unprocessed. */
	protected abstract C record(R response);

	/** How many entries a chunk holds. */
	protected abstract int count(C chunk);

	/** The entries of a chunk by physical table. */
	protected abstract Map<String, List<E>> entries(C chunk);

	/** The exception carrying the entries left, by table as the caller names them. */
	protected abstract DynamoConnectionException failure(String code, String message, Throwable cause,
			Map<String, List<E>> left);

	/** What an entry is called in messages ("entries", "keys"). */
	protected abstract String noun();

	@Override
	public Q nextRequest() {
		if (chunk == null) {
			if (next >= all.size()) {
				return null;
			}
			int end = Math.min(next + chunkSize, all.size());
			chunk = group(all.subList(next, end));
			next = end;
			retries = 0;
		}
		requests++;
		return request(chunk);
	}

	@Override
	public Duration accept(R response) {
		lastResponse = response;
		C unprocessed = record(response);
		if (count(unprocessed) == 0) {
			chunk = null;
			return null;
		}
		chunk = unprocessed;
		if (!backoff.canRetry(retries)) {
			throw interrupted();
		}
		return backoff.delay(++retries);
	}

	@Override
	public DynamoConnectionException failed(Throwable failure) {
		DynamoConnectionException mapped = ExceptionTranslator.translate(operation, tables, failure);
		return failure(mapped.errorCode(), mapped.getMessage(), failure, left());
	}

	/** Also what the retry bound ends with: everything left, with a message saying how much. */
	@Override
	public DynamoConnectionException interrupted() {
		return failure(null, ExceptionTranslator.describe(operation, tables, null, count(chunk) + (all.size() - next)
				+ " " + noun() + " left unprocessed after " + retries + " retries"), null, left());
	}

	private Map<String, List<E>> left() {
		Map<String, List<E>> left = new LinkedHashMap<>();
		entries(chunk).forEach((table, entries) -> {
			if (!entries.isEmpty()) {
				left.computeIfAbsent(names.logical(table), t -> new ArrayList<>()).addAll(entries);
			}
		});
		all.subList(next, all.size()).forEach(pending -> left
			.computeIfAbsent(names.logical(pending.physicalTable()), t -> new ArrayList<>()).add(pending.entry()));
		left.replaceAll((table, entries) -> List.copyOf(entries));
		return left;
	}

	@Override
	public CallOutcome outcome(Duration duration) {
		return new CallOutcome(lastResponse, null, duration, capacity, 0);
	}

	/** Entries grouped by physical table, in order. */
	static <E> Map<String, List<E>> byTable(List<Pending<E>> entries) {
		Map<String, List<E>> grouped = new LinkedHashMap<>();
		entries.forEach(pending -> grouped.computeIfAbsent(pending.physicalTable(), t -> new ArrayList<>()).add(pending.entry()));
		return grouped;
	}

	/**
	 * One entry with its table.
	 * @param physicalTable the table as sent
	 * @param entry the entry
	 */
	record Pending<E>(String physicalTable, E entry) {
	}

}
