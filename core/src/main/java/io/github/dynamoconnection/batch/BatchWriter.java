package io.github.dynamoconnection.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.call.ConnectionCore;
import io.github.dynamoconnection.call.ExceptionTranslator;
import io.github.dynamoconnection.call.Operation;
import io.github.dynamoconnection.convert.AttributeValues;
import io.github.dynamoconnection.exceptions.BatchWriteException;
import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
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
 * BatchWriteItem done fully: checks every entry against its table's key schema, refuses empty
 * batches and duplicate keys, sends requests of 25, retries {@code UnprocessedItems} with backoff
 * and jitter up to the policy's bound, and if anything is left throws {@link BatchWriteException}
 * carrying exactly the entries not written. Listeners see the whole batch as one call.
 */
public final class BatchWriter {

	/** DynamoDB's limit of write requests per BatchWriteItem. */
	public static final int MAX_ENTRIES_PER_REQUEST = 25;

	private static final Operation OPERATION = Operation.BATCH_WRITE_ITEM;

	private final ConnectionCore core;

	public BatchWriter(ConnectionCore core) {
		this.core = core;
	}

	/** Writes every entry of {@code spec}; a stale cached schema is refreshed once if nothing was written. */
	public BatchWriteResult write(BatchWriteSpec spec) {
		if (spec.entries().isEmpty()) {
			throw new InvalidArgumentException(OPERATION.awsName(), List.of(), "BatchWriteItem: the batch is empty");
		}
		return core.retryOnStaleSchemas(OPERATION, spec.entries().stream().map(BatchWriteSpec.Entry::tableName).toList(),
				() -> attempt(spec), ex -> ex instanceof BatchWriteException batch
						&& batch.unprocessedCount() == spec.entries().size());
	}

	private BatchWriteResult attempt(BatchWriteSpec spec) {
		Set<String> logical = new LinkedHashSet<>();
		Set<String> physical = new LinkedHashSet<>();
		List<Pending> pending = prepare(spec, logical, physical);
		List<String> tables = List.copyOf(logical);
		Progress progress = new Progress();
		return core.runner().run(OPERATION, tables, List.copyOf(physical), () -> send(spec, tables, pending, progress),
				(result, duration) -> new CallOutcome(progress.lastResponse, null, duration, progress.capacity, 0));
	}

	private List<Pending> prepare(BatchWriteSpec spec, Set<String> logical, Set<String> physical) {
		List<Pending> pending = new ArrayList<>(spec.entries().size());
		Map<String, Set<Map<String, AttributeValue>>> keysByTable = new LinkedHashMap<>();
		for (BatchWriteSpec.Entry entry : spec.entries()) {
			TableName table = core.table(OPERATION, entry.tableName());
			logical.add(table.logical());
			physical.add(table.physical());
			KeySchema schema = core.schema(OPERATION, table);
			WriteRequest request = core.prepare(OPERATION, table.logicalList(), () -> request(schema, entry));
			Map<String, AttributeValue> key = entry.put() ? KeyValues.keyOf(OPERATION, schema, request.putRequest().item())
					: request.deleteRequest().key();
			if (!keysByTable.computeIfAbsent(table.physical(), t -> new HashSet<>()).add(key)) {
				throw KeyValues.invalid(OPERATION, table.logical(), "duplicate key " + AttributeValues.toJavaItem(key)
						+ " in one batch (DynamoDB refuses a batch that writes the same item twice)");
			}
			pending.add(new Pending(table.physical(), request));
		}
		return pending;
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

	private BatchWriteResult send(BatchWriteSpec spec, List<String> tables, List<Pending> all, Progress progress) {
		BatchBackoff backoff = new BatchBackoff(core.batchRetryPolicy());
		Map<String, List<ItemCollectionMetrics>> metrics = new LinkedHashMap<>();
		for (int start = 0; start < all.size(); start += MAX_ENTRIES_PER_REQUEST) {
			Map<String, List<WriteRequest>> chunk = group(all.subList(start, Math.min(start + MAX_ENTRIES_PER_REQUEST, all.size())));
			List<Pending> later = all.subList(Math.min(start + MAX_ENTRIES_PER_REQUEST, all.size()), all.size());
			int retries = 0;
			while (true) {
				BatchWriteItemResponse response;
				try {
					BatchWriteItemRequest request = BatchWriteItemRequest.builder()
						.requestItems(chunk)
						.returnConsumedCapacity(spec.returnConsumedCapacity())
						.returnItemCollectionMetrics(spec.returnItemCollectionMetrics())
						.build();
					progress.requests++;
					response = core.client().batchWriteItem(request);
				}
				catch (RuntimeException ex) {
					DynamoConnectionException mapped = ExceptionTranslator.translate(OPERATION, tables, ex);
					throw failure(tables, mapped.errorCode(), mapped.getMessage(), ex, chunk, later);
				}
				progress.lastResponse = response;
				progress.capacity.addAll(core.logical(response.consumedCapacity()));
				if (response.hasItemCollectionMetrics()) {
					response.itemCollectionMetrics().forEach((table, list) -> metrics
						.computeIfAbsent(core.tableNames().logical(table), t -> new ArrayList<>()).addAll(list));
				}
				Map<String, List<WriteRequest>> unprocessed = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
				if (unprocessed.isEmpty() || unprocessed.values().stream().allMatch(List::isEmpty)) {
					break;
				}
				if (!backoff.canRetry(retries) || !backoff.pause(++retries)) {
					throw failure(tables, null, ExceptionTranslator.describe(OPERATION, tables, null,
							count(unprocessed) + count(later) + " entries left unprocessed after " + retries
									+ " retries"), null, unprocessed, later);
				}
				chunk = unprocessed;
			}
		}
		return new BatchWriteResult(all.size(), progress.requests, List.copyOf(progress.capacity), metrics);
	}

	private BatchWriteException failure(List<String> tables, String code, String message, Throwable cause,
			Map<String, List<WriteRequest>> chunk, List<Pending> later) {
		TableNames names = core.tableNames();
		Map<String, List<WriteRequest>> left = new LinkedHashMap<>();
		chunk.forEach((table, requests) -> {
			if (!requests.isEmpty()) {
				left.computeIfAbsent(names.logical(table), t -> new ArrayList<>()).addAll(requests);
			}
		});
		later.forEach(entry -> left.computeIfAbsent(names.logical(entry.physicalTable()), t -> new ArrayList<>())
			.add(entry.request()));
		left.replaceAll((table, requests) -> List.copyOf(requests));
		return new BatchWriteException(OPERATION.awsName(), tables, code, message, cause, left);
	}

	private static Map<String, List<WriteRequest>> group(List<Pending> entries) {
		Map<String, List<WriteRequest>> grouped = new LinkedHashMap<>();
		entries.forEach(entry -> grouped.computeIfAbsent(entry.physicalTable(), t -> new ArrayList<>()).add(entry.request()));
		return grouped;
	}

	private static int count(Map<String, List<WriteRequest>> grouped) {
		return grouped.values().stream().mapToInt(List::size).sum();
	}

	private static int count(List<Pending> entries) {
		return entries.size();
	}

	private record Pending(String physicalTable, WriteRequest request) {
	}

	private static final class Progress {

		private BatchWriteItemResponse lastResponse;

		private final List<ConsumedCapacity> capacity = new ArrayList<>();

		private int requests;

	}

}
