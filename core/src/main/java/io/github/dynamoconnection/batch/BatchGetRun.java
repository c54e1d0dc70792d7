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
import io.github.dynamoconnection.call.ExpressionAttributes;
import io.github.dynamoconnection.call.Operation;
import io.github.dynamoconnection.convert.AttributeValues;
import io.github.dynamoconnection.exceptions.BatchGetException;
import io.github.dynamoconnection.exceptions.DynamoConnectionException;
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
 * The rounds of one BatchGetItem call: keys typed from each table's schema (duplicates refused),
 * requests of 100 keys, {@code UnprocessedKeys} retried with backoff up to the policy's bound, and
 * {@link BatchGetException} carrying exactly the keys left (and the items read so far). Used by both
 * connections; not thread-safe (one call drives it at a time).
 */
public final class BatchGetRun implements BatchRounds<BatchGetItemRequest, BatchGetItemResponse, BatchGetResult> {

	private static final Operation OPERATION = Operation.BATCH_GET_ITEM;

	private final BatchGetSpec spec;

	private final TableNames names;

	private final BatchBackoff backoff;

	private final List<String> tables;

	private final List<String> physicalTables;

	private final List<Pending> all;

	private final Map<String, KeysAndAttributes> shapes;

	private final Map<String, List<Map<String, AttributeValue>>> found = new LinkedHashMap<>();

	private final List<ConsumedCapacity> capacity = new ArrayList<>();

	private BatchGetItemResponse lastResponse;

	private Map<String, KeysAndAttributes> chunk;

	private int next;

	private int retries;

	private int requests;

	private BatchGetRun(BatchGetSpec spec, TableNames names, BatchRetryPolicy policy, List<String> tables,
			List<String> physicalTables, List<Pending> all, Map<String, KeysAndAttributes> shapes) {
		this.spec = spec;
		this.names = names;
		this.backoff = new BatchBackoff(policy);
		this.tables = tables;
		this.physicalTables = physicalTables;
		this.all = all;
		this.shapes = shapes;
		tables.forEach(table -> found.put(table, new ArrayList<>()));
	}

	/**
	 * Checks and converts every key of {@code spec}.
	 * @param spec the batch
	 * @param names the connection's table names
	 * @param policy how unprocessed keys are retried
	 * @param schemas the key schema of each table
	 * @return the rounds, nothing sent yet
	 */
	public static BatchGetRun prepare(BatchGetSpec spec, TableNames names, BatchRetryPolicy policy,
			Function<TableName, KeySchema> schemas) {
		Set<String> logical = new LinkedHashSet<>();
		Set<String> physical = new LinkedHashSet<>();
		Map<String, KeysAndAttributes> shapes = new LinkedHashMap<>();
		List<Pending> pending = new ArrayList<>(spec.entries().size());
		Map<String, Set<Map<String, AttributeValue>>> keysByTable = new LinkedHashMap<>();
		for (BatchGetSpec.Entry entry : spec.entries()) {
			TableName table = ConnectionCore.table(names, OPERATION, entry.tableName());
			logical.add(table.logical());
			physical.add(table.physical());
			KeySchema schema = schemas.apply(table);
			Map<String, AttributeValue> key = ConnectionCore.prepare(OPERATION, table.logicalList(),
					() -> KeyValues.key(OPERATION, schema, entry.hashKey(), entry.rangeKey()));
			if (!keysByTable.computeIfAbsent(table.physical(), t -> new HashSet<>()).add(key)) {
				throw KeyValues.invalid(OPERATION, table.logical(), "duplicate key " + AttributeValues.toJavaItem(key)
						+ " in one batch (DynamoDB refuses a batch that reads the same item twice)");
			}
			shapes.computeIfAbsent(table.physical(), t -> ConnectionCore.prepare(OPERATION, table.logicalList(),
					() -> shape(spec.consistentRead(entry.tableName()), spec.projection(entry.tableName()))));
			pending.add(new Pending(table.physical(), key));
		}
		return new BatchGetRun(spec, names, policy, List.copyOf(logical), List.copyOf(physical), pending, shapes);
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

	/** The tables read, as the caller names them. */
	public List<String> tables() {
		return tables;
	}

	/** The tables read, as sent. */
	public List<String> physicalTables() {
		return physicalTables;
	}

	@Override
	public BatchGetItemRequest nextRequest() {
		if (chunk == null) {
			if (next >= all.size()) {
				return null;
			}
			int end = Math.min(next + BatchGetter.MAX_KEYS_PER_REQUEST, all.size());
			chunk = group(all.subList(next, end), shapes);
			next = end;
			retries = 0;
		}
		requests++;
		return BatchGetItemRequest.builder()
			.requestItems(chunk)
			.returnConsumedCapacity(spec.returnConsumedCapacity())
			.build();
	}

	@Override
	public Duration accept(BatchGetItemResponse response) {
		lastResponse = response;
		capacity.addAll(names.logical(response.consumedCapacity()));
		response.responses().forEach((table, items) -> found
			.computeIfAbsent(names.logical(table), t -> new ArrayList<>()).addAll(items));
		Map<String, KeysAndAttributes> unprocessed = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
		if (count(unprocessed) == 0) {
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
	public BatchGetException failed(Throwable failure) {
		DynamoConnectionException mapped = ExceptionTranslator.translate(OPERATION, tables, failure);
		return failure(mapped.errorCode(), mapped.getMessage(), failure);
	}

	@Override
	public BatchGetException interrupted() {
		return left();
	}

	private BatchGetException left() {
		return failure(null, ExceptionTranslator.describe(OPERATION, tables, null,
				count(chunk) + (all.size() - next) + " keys left unprocessed after " + retries + " retries"), null);
	}

	private BatchGetException failure(String code, String message, Throwable cause) {
		Map<String, List<Map<String, AttributeValue>>> left = new LinkedHashMap<>();
		chunk.forEach((table, keys) -> {
			if (keys.hasKeys() && !keys.keys().isEmpty()) {
				left.computeIfAbsent(names.logical(table), t -> new ArrayList<>()).addAll(keys.keys());
			}
		});
		all.subList(next, all.size()).forEach(entry -> left
			.computeIfAbsent(names.logical(entry.physicalTable()), t -> new ArrayList<>()).add(entry.key()));
		left.replaceAll((table, keys) -> List.copyOf(keys));
		Map<String, List<Map<String, AttributeValue>>> partial = new LinkedHashMap<>();
		found.forEach((table, items) -> partial.put(table, List.copyOf(items)));
		return new BatchGetException(OPERATION.awsName(), tables, code, message, cause, left, partial);
	}

	@Override
	public BatchGetResult result() {
		Map<String, List<Map<String, AttributeValue>>> items = new LinkedHashMap<>();
		found.forEach((table, list) -> items.put(table, List.copyOf(list)));
		return new BatchGetResult(items, requests, List.copyOf(capacity));
	}

	@Override
	public CallOutcome outcome(Duration duration) {
		return new CallOutcome(lastResponse, null, duration, capacity, 0);
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

}
