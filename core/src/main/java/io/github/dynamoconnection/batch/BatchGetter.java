package io.github.dynamoconnection.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.call.ConnectionCore;
import io.github.dynamoconnection.call.ExpressionAttributes;
import io.github.dynamoconnection.call.ExceptionTranslator;
import io.github.dynamoconnection.call.Operation;
import io.github.dynamoconnection.convert.AttributeValues;
import io.github.dynamoconnection.exceptions.BatchGetException;
import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.expression.Placeholders;
import io.github.dynamoconnection.expression.Projection;
import io.github.dynamoconnection.listener.CallOutcome;
import io.github.dynamoconnection.schema.KeySchema;
import io.github.dynamoconnection.schema.KeyValues;
import io.github.dynamoconnection.schema.TableName;
import io.github.dynamoconnection.schema.TableNames;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * BatchGetItem done fully: keys typed from each table's schema, empty batches and duplicate keys
 * refused, requests of 100 keys, {@code UnprocessedKeys} retried with backoff and jitter up to the
 * policy's bound; if keys are left, {@link BatchGetException} carries exactly them (and the items
 * read so far). Listeners see the whole batch as one call.
 */
public final class BatchGetter {

	/** DynamoDB's limit of keys per BatchGetItem. */
	public static final int MAX_KEYS_PER_REQUEST = 100;

	private static final Operation OPERATION = Operation.BATCH_GET_ITEM;

	private final ConnectionCore core;

	public BatchGetter(ConnectionCore core) {
		this.core = core;
	}

	/** Reads every key of {@code spec}; a stale cached schema is refreshed once. */
	public BatchGetResult get(BatchGetSpec spec) {
		if (spec.entries().isEmpty()) {
			throw new InvalidArgumentException(OPERATION.awsName(), List.of(), "BatchGetItem: the batch is empty");
		}
		return core.retryOnStaleSchemas(OPERATION, spec.entries().stream().map(BatchGetSpec.Entry::tableName).toList(),
				() -> attempt(spec), ex -> true);
	}

	private BatchGetResult attempt(BatchGetSpec spec) {
		Set<String> logical = new LinkedHashSet<>();
		Set<String> physical = new LinkedHashSet<>();
		Map<String, KeysAndAttributes> shapes = new LinkedHashMap<>();
		List<Pending> pending = prepare(spec, logical, physical, shapes);
		List<String> tables = List.copyOf(logical);
		Progress progress = new Progress();
		return core.runner().run(OPERATION, tables, List.copyOf(physical),
				() -> send(spec, tables, pending, shapes, progress),
				(result, duration) -> new CallOutcome(progress.lastResponse, null, duration, progress.capacity, 0));
	}

	private List<Pending> prepare(BatchGetSpec spec, Set<String> logical, Set<String> physical,
			Map<String, KeysAndAttributes> shapes) {
		List<Pending> pending = new ArrayList<>(spec.entries().size());
		Map<String, Set<Map<String, AttributeValue>>> keysByTable = new LinkedHashMap<>();
		for (BatchGetSpec.Entry entry : spec.entries()) {
			TableName table = core.table(OPERATION, entry.tableName());
			logical.add(table.logical());
			physical.add(table.physical());
			KeySchema schema = core.schema(OPERATION, table);
			Map<String, AttributeValue> key = core.prepare(OPERATION, table.logicalList(),
					() -> KeyValues.key(OPERATION, schema, entry.hashKey(), entry.rangeKey()));
			if (!keysByTable.computeIfAbsent(table.physical(), t -> new HashSet<>()).add(key)) {
				throw KeyValues.invalid(OPERATION, table.logical(), "duplicate key " + AttributeValues.toJavaItem(key)
						+ " in one batch (DynamoDB refuses a batch that reads the same item twice)");
			}
			shapes.computeIfAbsent(table.physical(), t -> core.prepare(OPERATION, table.logicalList(),
					() -> shape(spec.consistentRead(entry.tableName()), spec.projection(entry.tableName()))));
			pending.add(new Pending(table.physical(), key));
		}
		return pending;
	}

	private static KeysAndAttributes shape(Boolean consistentRead, Projection projection) {
		KeysAndAttributes.Builder shape = KeysAndAttributes.builder().consistentRead(consistentRead);
		if (projection != null) {
			Placeholders placeholders = new Placeholders();
			shape.projectionExpression(projection.render(placeholders));
			ExpressionAttributes.applyNames(placeholders, shape::expressionAttributeNames);
		}
		return shape.build();
	}

	private BatchGetResult send(BatchGetSpec spec, List<String> tables, List<Pending> all,
			Map<String, KeysAndAttributes> shapes, Progress progress) {
		BatchBackoff backoff = new BatchBackoff(core.batchRetryPolicy());
		TableNames names = core.tableNames();
		Map<String, List<Map<String, AttributeValue>>> found = new LinkedHashMap<>();
		for (String table : tables) {
			found.put(table, new ArrayList<>());
		}
		for (int start = 0; start < all.size(); start += MAX_KEYS_PER_REQUEST) {
			Map<String, KeysAndAttributes> chunk = group(all.subList(start, Math.min(start + MAX_KEYS_PER_REQUEST, all.size())), shapes);
			List<Pending> later = all.subList(Math.min(start + MAX_KEYS_PER_REQUEST, all.size()), all.size());
			int retries = 0;
			while (true) {
				BatchGetItemResponse response;
				try {
					BatchGetItemRequest request = BatchGetItemRequest.builder()
						.requestItems(chunk)
						.returnConsumedCapacity(spec.returnConsumedCapacity())
						.build();
					progress.requests++;
					response = core.client().batchGetItem(request);
				}
				catch (RuntimeException ex) {
					DynamoConnectionException mapped = ExceptionTranslator.translate(OPERATION, tables, ex);
					throw failure(tables, mapped.errorCode(), mapped.getMessage(), ex, chunk, later, found);
				}
				progress.lastResponse = response;
				progress.capacity.addAll(core.logical(response.consumedCapacity()));
				response.responses().forEach((table, items) -> found
					.computeIfAbsent(names.logical(table), t -> new ArrayList<>()).addAll(items));
				Map<String, KeysAndAttributes> unprocessed = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
				if (count(unprocessed) == 0) {
					break;
				}
				if (!backoff.canRetry(retries) || !backoff.pause(++retries)) {
					throw failure(tables, null, ExceptionTranslator.describe(OPERATION, tables, null,
							count(unprocessed) + later.size() + " keys left unprocessed after " + retries + " retries"),
							null, unprocessed, later, found);
				}
				chunk = unprocessed;
			}
		}
		found.replaceAll((table, items) -> List.copyOf(items));
		return new BatchGetResult(found, progress.requests, List.copyOf(progress.capacity));
	}

	private BatchGetException failure(List<String> tables, String code, String message, Throwable cause,
			Map<String, KeysAndAttributes> chunk, List<Pending> later, Map<String, List<Map<String, AttributeValue>>> found) {
		TableNames names = core.tableNames();
		Map<String, List<Map<String, AttributeValue>>> left = new LinkedHashMap<>();
		chunk.forEach((table, keys) -> {
			if (keys.hasKeys() && !keys.keys().isEmpty()) {
				left.computeIfAbsent(names.logical(table), t -> new ArrayList<>()).addAll(keys.keys());
			}
		});
		later.forEach(entry -> left.computeIfAbsent(names.logical(entry.physicalTable()), t -> new ArrayList<>())
			.add(entry.key()));
		left.replaceAll((table, keys) -> List.copyOf(keys));
		Map<String, List<Map<String, AttributeValue>>> partial = new LinkedHashMap<>();
		found.forEach((table, items) -> partial.put(table, List.copyOf(items)));
		return new BatchGetException(OPERATION.awsName(), tables, code, message, cause, left, partial);
	}

	private static Map<String, KeysAndAttributes> group(List<Pending> entries, Map<String, KeysAndAttributes> shapes) {
		Map<String, List<Map<String, AttributeValue>>> keys = new LinkedHashMap<>();
		entries.forEach(entry -> keys.computeIfAbsent(entry.physicalTable(), t -> new ArrayList<>()).add(entry.key()));
		Map<String, KeysAndAttributes> grouped = new LinkedHashMap<>();
		keys.forEach((table, list) -> grouped.put(table, shapes.get(table).toBuilder().keys(list).build()));
		return grouped;
	}

	private static int count(Map<String, KeysAndAttributes> grouped) {
		int count = 0;
		for (KeysAndAttributes keys : grouped.values()) {
			count += keys.hasKeys() ? keys.keys().size() : 0;
		}
		return count;
	}

	private record Pending(String physicalTable, Map<String, AttributeValue> key) {
	}

	private static final class Progress {

		private BatchGetItemResponse lastResponse;

		private final List<ConsumedCapacity> capacity = new ArrayList<>();

		private int requests;

	}

}
