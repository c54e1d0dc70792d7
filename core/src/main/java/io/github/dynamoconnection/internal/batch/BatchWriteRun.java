package io.github.dynamoconnection.internal.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.github.dynamoconnection.batch.BatchRetryPolicy;
import io.github.dynamoconnection.batch.BatchWriteResult;
import io.github.dynamoconnection.batch.BatchWriteSpec;
import io.github.dynamoconnection.convert.AttributeValues;
import io.github.dynamoconnection.exceptions.BatchWriteException;
import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.internal.call.Requests;
import io.github.dynamoconnection.internal.schema.KeySchema;
import io.github.dynamoconnection.internal.schema.KeyValues;
import io.github.dynamoconnection.internal.schema.TableName;
import io.github.dynamoconnection.internal.schema.TableNames;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The rounds of one BatchWriteItem call: entries read as requests go out, each checked against its
 * table's key schema (duplicate keys within a request refused), requests of 25,
 * {@code UnprocessedItems} retried with backoff up to the policy's bound, and
 * {@link BatchWriteException} carrying exactly the entries not written. Used by both connections.
 */
public final class BatchWriteRun extends BatchRun<WriteRequest, Map<String, List<WriteRequest>>, BatchWriteItemRequest,
		BatchWriteItemResponse, BatchWriteResult> {

	/** DynamoDB's limit of write requests per BatchWriteItem. */
	public static final int MAX_ENTRIES_PER_REQUEST = 25;

	private static final Operation OPERATION = Operation.BATCH_WRITE_ITEM;

	private final BatchWriteSpec spec;

	private final Map<String, List<ItemCollectionMetrics>> metrics = new LinkedHashMap<>();

	private BatchWriteRun(BatchWriteSpec spec, TableNames names, BatchRetryPolicy policy, int concurrency,
			List<String> tables, List<String> physicalTables, Iterator<Pending<WriteRequest>> input) {
		super(OPERATION, MAX_ENTRIES_PER_REQUEST, concurrency, names, policy, tables, physicalTables, input);
		this.spec = spec;
	}

	/**
	 * The rounds of {@code spec}, nothing read yet: each entry is converted and checked against its
	 * table's key schema as its request is about to be sent.
	 * @param spec the batch
	 * @param names the connection's table names
	 * @param policy how unprocessed entries are retried
	 * @param concurrency the most requests in flight
	 * @param schemas the key schema of each table
	 * @return the rounds
	 */
	public static BatchWriteRun prepare(BatchWriteSpec spec, TableNames names, BatchRetryPolicy policy, int concurrency,
			Function<TableName, KeySchema> schemas) {
		Set<String> logical = new LinkedHashSet<>();
		Set<String> physical = new LinkedHashSet<>();
		Map<String, TableName> tables = new HashMap<>();
		for (String name : spec.tableNames()) {
			TableName table = names.of(OPERATION, name);
			tables.put(name, table);
			logical.add(table.logical());
			physical.add(table.physical());
		}
		Iterator<BatchWriteSpec.Entry> entries = spec.entrySequence().iterator();
		Iterator<Pending<WriteRequest>> input = new Iterator<>() {
			@Override
			public boolean hasNext() {
				return entries.hasNext();
			}

			@Override
			public Pending<WriteRequest> next() {
				BatchWriteSpec.Entry entry = entries.next();
				TableName table = tables.computeIfAbsent(entry.tableName(), name -> names.of(OPERATION, name));
				KeySchema schema = schemas.apply(table);
				WriteRequest request = Requests.prepare(OPERATION, table.logicalList(), () -> request(schema, entry));
				Map<String, AttributeValue> key = entry.put()
						? KeyValues.keyOf(OPERATION, schema, request.putRequest().item()) : request.deleteRequest().key();
				return new Pending<>(table.physical(), request, key);
			}
		};
		return new BatchWriteRun(spec, names, policy, concurrency, List.copyOf(logical), List.copyOf(physical), input);
	}

	private static WriteRequest request(KeySchema schema, BatchWriteSpec.Entry entry) {
		if (entry.put()) {
			if (entry.item() == null) {
				throw KeyValues.invalid(OPERATION, schema.tableName(), "put item must not be null");
			}
			return WriteRequest.builder().putRequest(p -> p.item(AttributeValues.toItem(entry.item()))).build();
		}
		Map<String, AttributeValue> key = KeyValues.key(OPERATION, schema, entry.key());
		return WriteRequest.builder().deleteRequest(d -> d.key(key)).build();
	}

	@Override
	protected Map<String, List<WriteRequest>> group(Map<String, List<WriteRequest>> entries) {
		return entries;
	}

	@Override
	protected BatchWriteItemRequest request(Map<String, List<WriteRequest>> chunk) {
		return BatchWriteItemRequest.builder()
			.requestItems(chunk)
			.returnConsumedCapacity(spec.returnConsumedCapacity())
			.returnItemCollectionMetrics(spec.returnItemCollectionMetrics())
			.build();
	}

	@Override
	protected Map<String, List<WriteRequest>> record(BatchWriteItemResponse response) {
		capacity.addAll(names.logical(response.consumedCapacity()));
		if (response.hasItemCollectionMetrics()) {
			response.itemCollectionMetrics().forEach((table, list) -> metrics
				.computeIfAbsent(names.logical(table), t -> new ArrayList<>()).addAll(list));
		}
		return response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
	}

	@Override
	protected Map<String, List<WriteRequest>> entries(Map<String, List<WriteRequest>> chunk) {
		return chunk;
	}

	@Override
	protected BatchWriteException failure(String code, String message, Throwable cause,
			Map<String, List<WriteRequest>> left) {
		return new BatchWriteException(OPERATION.awsName(), tables(), code, message, cause, left);
	}

	@Override
	protected String noun() {
		return "entries";
	}

	@Override
	protected String verb() {
		return "writes";
	}

	@Override
	protected BatchWriteResult result() {
		return new BatchWriteResult(read(), requests(), List.copyOf(capacity), metrics);
	}

}
