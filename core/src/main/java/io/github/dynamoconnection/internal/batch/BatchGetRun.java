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

import io.github.dynamoconnection.batch.BatchGetResult;
import io.github.dynamoconnection.batch.BatchGetSpec;
import io.github.dynamoconnection.batch.BatchRetryPolicy;
import io.github.dynamoconnection.exceptions.BatchGetException;
import io.github.dynamoconnection.expression.Placeholders;
import io.github.dynamoconnection.expression.Projection;
import io.github.dynamoconnection.internal.call.ExpressionAttributes;
import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.internal.call.Requests;
import io.github.dynamoconnection.internal.schema.KeySchema;
import io.github.dynamoconnection.internal.schema.KeyValues;
import io.github.dynamoconnection.internal.schema.TableName;
import io.github.dynamoconnection.internal.schema.TableNames;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The rounds of one BatchGetItem call: keys typed from each table's schema (duplicates within a request refused),
 * requests of 100 keys, {@code UnprocessedKeys} retried with backoff up to the policy's bound, and
 * {@link BatchGetException} carrying exactly the keys left (and the items read so far). Used by both
 * connections.
 */
public final class BatchGetRun extends BatchRun<Map<String, AttributeValue>, Map<String, KeysAndAttributes>,
		BatchGetItemRequest, BatchGetItemResponse, BatchGetResult> {

	/** DynamoDB's limit of keys per BatchGetItem. */
	public static final int MAX_KEYS_PER_REQUEST = 100;

	private static final Operation OPERATION = Operation.BATCH_GET_ITEM;

	private final BatchGetSpec spec;

	private final Map<String, KeysAndAttributes> shapes;

	private final Map<String, List<Map<String, AttributeValue>>> found = new LinkedHashMap<>();

	private BatchGetRun(BatchGetSpec spec, TableNames names, BatchRetryPolicy policy, int concurrency, List<String> tables,
			List<String> physicalTables, Iterator<Pending<Map<String, AttributeValue>>> input, Map<String, KeysAndAttributes> shapes) {
		super(OPERATION, MAX_KEYS_PER_REQUEST, concurrency, names, policy, tables, physicalTables, input);
		this.spec = spec;
		this.shapes = shapes;
		tables.forEach(table -> found.put(table, new ArrayList<>()));
	}

	/**
	 * The rounds of {@code spec}, nothing sent yet: each key is converted as its request is about to be sent.
	 * @param spec the batch
	 * @param names the connection's table names
	 * @param policy how unprocessed keys are retried
	 * @param concurrency the most requests in flight
	 * @param schemas the key schema of each table
	 * @return the rounds
	 */
	public static BatchGetRun prepare(BatchGetSpec spec, TableNames names, BatchRetryPolicy policy, int concurrency,
			Function<TableName, KeySchema> schemas) {
		Set<String> logical = new LinkedHashSet<>();
		Set<String> physical = new LinkedHashSet<>();
		Map<String, KeysAndAttributes> shapes = new LinkedHashMap<>();
		Map<String, TableName> tables = new HashMap<>();
		for (String name : new LinkedHashSet<>(spec.tableNames())) {
			TableName table = names.of(OPERATION, name);
			tables.put(name, table);
			logical.add(table.logical());
			physical.add(table.physical());
			shapes.computeIfAbsent(table.physical(), t -> Requests.prepare(OPERATION, table.logicalList(),
					() -> shape(spec.consistentRead(name), spec.projection(name))));
		}
		Iterator<BatchGetSpec.Entry> entries = spec.entries().iterator();
		Iterator<Pending<Map<String, AttributeValue>>> input = new Iterator<>() {
			@Override
			public boolean hasNext() {
				return entries.hasNext();
			}

			@Override
			public Pending<Map<String, AttributeValue>> next() {
				BatchGetSpec.Entry entry = entries.next();
				TableName table = tables.get(entry.tableName());
				KeySchema schema = schemas.apply(table);
				Map<String, AttributeValue> key = Requests.prepare(OPERATION, table.logicalList(),
						() -> KeyValues.key(OPERATION, schema, entry.key()));
				return new Pending<>(table.physical(), key, key);
			}
		};
		return new BatchGetRun(spec, names, policy, concurrency, List.copyOf(logical), List.copyOf(physical), input, shapes);
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

	@Override
	protected Map<String, KeysAndAttributes> group(Map<String, List<Map<String, AttributeValue>>> entries) {
		Map<String, KeysAndAttributes> grouped = new LinkedHashMap<>();
		entries.forEach((table, keys) -> grouped.put(table, shapes.get(table).toBuilder().keys(keys).build()));
		return grouped;
	}

	@Override
	protected BatchGetItemRequest request(Map<String, KeysAndAttributes> chunk) {
		return BatchGetItemRequest.builder()
			.requestItems(chunk)
			.returnConsumedCapacity(spec.returnConsumedCapacity())
			.build();
	}

	@Override
	protected Map<String, KeysAndAttributes> record(BatchGetItemResponse response) {
		capacity.addAll(names.logical(response.consumedCapacity()));
		response.responses().forEach((table, items) -> found
			.computeIfAbsent(names.logical(table), t -> new ArrayList<>()).addAll(items));
		return response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
	}

	@Override
	protected Map<String, List<Map<String, AttributeValue>>> entries(Map<String, KeysAndAttributes> chunk) {
		Map<String, List<Map<String, AttributeValue>>> keys = new LinkedHashMap<>();
		chunk.forEach((table, shape) -> keys.put(table, shape.hasKeys() ? shape.keys() : List.of()));
		return keys;
	}

	@Override
	protected BatchGetException failure(String code, String message, Throwable cause,
			Map<String, List<Map<String, AttributeValue>>> left) {
		return new BatchGetException(OPERATION.awsName(), tables(), code, message, cause, left, copy(found));
	}

	@Override
	protected String noun() {
		return "keys";
	}

	@Override
	protected String verb() {
		return "reads";
	}

	@Override
	protected BatchGetResult result() {
		return new BatchGetResult(copy(found), requests(), List.copyOf(capacity));
	}

	private static Map<String, List<Map<String, AttributeValue>>> copy(Map<String, List<Map<String, AttributeValue>>> items) {
		Map<String, List<Map<String, AttributeValue>>> copy = new LinkedHashMap<>();
		items.forEach((table, list) -> copy.put(table, List.copyOf(list)));
		return copy;
	}

}
