package io.github.dynamoconnection.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.github.dynamoconnection.call.ConnectionCore;
import io.github.dynamoconnection.call.ExceptionTranslator;
import io.github.dynamoconnection.call.Operation;
import io.github.dynamoconnection.convert.AttributeValues;
import io.github.dynamoconnection.exceptions.BatchWriteException;
import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.listener.CallOutcome;
import io.github.dynamoconnection.schema.KeySchema;
import io.github.dynamoconnection.schema.KeyValues;
import io.github.dynamoconnection.schema.TableName;
import io.github.dynamoconnection.schema.TableNames;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The rounds of one BatchWriteItem call: every entry checked against its table's key schema
 * (duplicate keys refused), requests of 25, {@code UnprocessedItems} retried with backoff up to the
 * policy's bound, and {@link BatchWriteException} carrying exactly the entries not written. Used by
 * both connections; not thread-safe (one call drives it at a time).
 */
public final class BatchWriteRun implements BatchRounds<BatchWriteItemRequest, BatchWriteItemResponse, BatchWriteResult> {

	private static final Operation OPERATION = Operation.BATCH_WRITE_ITEM;

	private final BatchWriteSpec spec;

	private final TableNames names;

	private final BatchBackoff backoff;

	private final List<String> tables;

	private final List<String> physicalTables;

	private final List<Pending> all;

	private final Map<String, List<ItemCollectionMetrics>> metrics = new LinkedHashMap<>();

	private final List<ConsumedCapacity> capacity = new ArrayList<>();

	private BatchWriteItemResponse lastResponse;

	private Map<String, List<WriteRequest>> chunk;

	private int next;

	private int retries;

	private int requests;

	private BatchWriteRun(BatchWriteSpec spec, TableNames names, BatchRetryPolicy policy, List<String> tables,
			List<String> physicalTables, List<Pending> all) {
		this.spec = spec;
		this.names = names;
		this.backoff = new BatchBackoff(policy);
		this.tables = tables;
		this.physicalTables = physicalTables;
		this.all = all;
	}

	/**
	 * Checks and converts every entry of {@code spec}.
	 * @param spec the batch
	 * @param names the connection's table names
	 * @param policy how unprocessed entries are retried
	 * @param schemas the key schema of each table
	 * @return the rounds, nothing sent yet
	 */
	public static BatchWriteRun prepare(BatchWriteSpec spec, TableNames names, BatchRetryPolicy policy,
			Function<TableName, KeySchema> schemas) {
		Set<String> logical = new LinkedHashSet<>();
		Set<String> physical = new LinkedHashSet<>();
		List<Pending> pending = new ArrayList<>(spec.entries().size());
		Map<String, Set<Map<String, AttributeValue>>> keysByTable = new LinkedHashMap<>();
		for (BatchWriteSpec.Entry entry : spec.entries()) {
			TableName table = ConnectionCore.table(names, OPERATION, entry.tableName());
			logical.add(table.logical());
			physical.add(table.physical());
			KeySchema schema = schemas.apply(table);
			WriteRequest request = ConnectionCore.prepare(OPERATION, table.logicalList(), () -> request(schema, entry));
			Map<String, AttributeValue> key = entry.put() ? KeyValues.keyOf(OPERATION, schema, request.putRequest().item())
					: request.deleteRequest().key();
			if (!keysByTable.computeIfAbsent(table.physical(), t -> new HashSet<>()).add(key)) {
				throw KeyValues.invalid(OPERATION, table.logical(), "duplicate key " + AttributeValues.toJavaItem(key)
						+ " in one batch (DynamoDB refuses a batch that writes the same item twice)");
			}
			pending.add(new Pending(table.physical(), request));
		}
		return new BatchWriteRun(spec, names, policy, List.copyOf(logical), List.copyOf(physical), pending);
	}

	private static WriteRequest request(KeySchema schema, BatchWriteSpec.Entry entry) {
		if (entry.put()) {
			if (entry.item() == null) {
				throw KeyValues.invalid(OPERATION, schema.tableName(), "put item must not be null");
			}
			return WriteRequest.builder().putRequest(p -> p.item(AttributeValues.toItem(entry.item()))).build();
		}
		Map<String, AttributeValue> key = KeyValues.key(OPERATION, schema, entry.hashKey(), entry.rangeKey());
		return WriteRequest.builder().deleteRequest(d -> d.key(key)).build();
	}

	/** The tables written, as the caller names them. */
	public List<String> tables() {
		return tables;
	}

	/** The tables written, as sent. */
	public List<String> physicalTables() {
		return physicalTables;
	}

	@Override
	public BatchWriteItemRequest nextRequest() {
		if (chunk == null) {
			if (next >= all.size()) {
				return null;
			}
			int end = Math.min(next + BatchWriter.MAX_ENTRIES_PER_REQUEST, all.size());
			chunk = group(all.subList(next, end));
			next = end;
			retries = 0;
		}
		requests++;
		return BatchWriteItemRequest.builder()
			.requestItems(chunk)
			.returnConsumedCapacity(spec.returnConsumedCapacity())
			.returnItemCollectionMetrics(spec.returnItemCollectionMetrics())
			.build();
	}

	@Override
	public Duration accept(BatchWriteItemResponse response) {
		lastResponse = response;
		capacity.addAll(names.logical(response.consumedCapacity()));
		if (response.hasItemCollectionMetrics()) {
			response.itemCollectionMetrics().forEach((table, list) -> metrics
				.computeIfAbsent(names.logical(table), t -> new ArrayList<>()).addAll(list));
		}
		Map<String, List<WriteRequest>> unprocessed = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
		if (unprocessed.isEmpty() || unprocessed.values().stream().allMatch(List::isEmpty)) {
			chunk = null;
			return null;
		}
		chunk = unprocessed;
		if (!backoff.canRetry(retries)) {
			throw left();
		}
		return backoff.delay(++retries);
	}

	@Override
	public BatchWriteException failed(Throwable failure) {
		DynamoConnectionException mapped = ExceptionTranslator.translate(OPERATION, tables, failure);
		return failure(mapped.errorCode(), mapped.getMessage(), failure);
	}

	@Override
	public BatchWriteException interrupted() {
		return left();
	}

	private BatchWriteException left() {
		return failure(null, ExceptionTranslator.describe(OPERATION, tables, null, count(chunk) + (all.size() - next)
				+ " entries left unprocessed after " + retries + " retries"), null);
	}

	private BatchWriteException failure(String code, String message, Throwable cause) {
		Map<String, List<WriteRequest>> left = new LinkedHashMap<>();
		chunk.forEach((table, requests) -> {
			if (!requests.isEmpty()) {
				left.computeIfAbsent(names.logical(table), t -> new ArrayList<>()).addAll(requests);
			}
		});
		all.subList(next, all.size()).forEach(entry -> left
			.computeIfAbsent(names.logical(entry.physicalTable()), t -> new ArrayList<>()).add(entry.request()));
		left.replaceAll((table, requests) -> List.copyOf(requests));
		return new BatchWriteException(OPERATION.awsName(), tables, code, message, cause, left);
	}

	@Override
	public BatchWriteResult result() {
		return new BatchWriteResult(all.size(), requests, List.copyOf(capacity), metrics);
	}

	@Override
	public CallOutcome outcome(Duration duration) {
		return new CallOutcome(lastResponse, null, duration, capacity, 0);
	}

	private static Map<String, List<WriteRequest>> group(List<Pending> entries) {
		Map<String, List<WriteRequest>> grouped = new LinkedHashMap<>();
		entries.forEach(entry -> grouped.computeIfAbsent(entry.physicalTable(), t -> new ArrayList<>()).add(entry.request()));
		return grouped;
	}

	private static int count(Map<String, List<WriteRequest>> grouped) {
		return grouped.values().stream().mapToInt(List::size).sum();
	}

	private record Pending(String physicalTable, WriteRequest request) {
	}

}
