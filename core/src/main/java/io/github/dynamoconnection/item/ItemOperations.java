package io.github.dynamoconnection.item;

import java.util.Map;

import io.github.dynamoconnection.call.ConnectionCore;
import io.github.dynamoconnection.call.ExpressionAttributes;
import io.github.dynamoconnection.call.Operation;
import io.github.dynamoconnection.convert.AttributeValues;
import io.github.dynamoconnection.expression.KeyConditions;
import io.github.dynamoconnection.expression.Placeholders;
import io.github.dynamoconnection.expression.Update;
import io.github.dynamoconnection.schema.IndexKeys;
import io.github.dynamoconnection.schema.KeyAttribute;
import io.github.dynamoconnection.schema.KeySchema;
import io.github.dynamoconnection.schema.KeyValues;
import io.github.dynamoconnection.schema.TableName;
import io.github.dynamoconnection.schema.TableNames;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Single-item operations and Query/Scan: keys typed from the cached schema, options applied,
 * expressions rendered with one placeholder numbering per request.
 */
public final class ItemOperations {

	private final ConnectionCore core;

	public ItemOperations(ConnectionCore core) {
		this.core = core;
	}

	/** GetItem. */
	public GetItemResult getItem(String tableName, Object hashKey, Object rangeKey, GetItemOptions options) {
		Operation operation = Operation.GET_ITEM;
		TableName table = core.table(operation, tableName);
		return core.withSchema(operation, table, schema -> {
			GetItemRequest request = getItemRequest(table, schema, hashKey, rangeKey, options);
			GetItemResponse response = core.call(operation, table, () -> core.client().getItem(request),
					GetItemResponse::consumedCapacity);
			return result(response, core.tableNames());
		});
	}

	/** The GetItem request (shared with the async connection); bad input fails before anything is sent. */
	public static GetItemRequest getItemRequest(TableName table, KeySchema schema, Object hashKey, Object rangeKey,
			GetItemOptions options) {
		Operation operation = Operation.GET_ITEM;
		return ConnectionCore.prepare(operation, table.logicalList(), () -> {
			OptionChecks.get(operation, table.logical(), options);
			GetItemRequest.Builder builder = GetItemRequest.builder()
				.tableName(table.physical())
				.key(KeyValues.key(operation, schema, hashKey, rangeKey))
				.consistentRead(options.consistentRead())
				.returnConsumedCapacity(options.returnConsumedCapacity());
			if (options.projection() != null) {
				Placeholders placeholders = new Placeholders();
				builder.projectionExpression(options.projection().render(placeholders));
				ExpressionAttributes.applyNames(placeholders, builder::expressionAttributeNames);
			}
			return builder.build();
		});
	}

	/** The result of a GetItem response, capacity named as the caller spells the table. */
	public static GetItemResult result(GetItemResponse response, TableNames names) {
		return new GetItemResult(response.hasItem() ? response.item() : null, names.logical(response.consumedCapacity()));
	}

	/** PutItem of a whole item (keys inside). */
	public WriteResult putItem(String tableName, Map<String, ?> item, WriteOptions options) {
		return put(tableName, null, null, item, false, options);
	}

	/** PutItem of keys plus other attributes. */
	public WriteResult putItem(String tableName, Object hashKey, Object rangeKey, Map<String, ?> attributes,
			WriteOptions options) {
		return put(tableName, hashKey, rangeKey, attributes, true, options);
	}

	private WriteResult put(String tableName, Object hashKey, Object rangeKey, Map<String, ?> attributes,
			boolean keysGiven, WriteOptions options) {
		Operation operation = Operation.PUT_ITEM;
		TableName table = core.table(operation, tableName);
		return core.withSchema(operation, table, schema -> {
			PutItemRequest request = putItemRequest(table, schema, hashKey, rangeKey, attributes, keysGiven, options);
			PutItemResponse response = core.call(operation, table, () -> core.client().putItem(request),
					PutItemResponse::consumedCapacity);
			return result(response, core.tableNames());
		});
	}

	/**
	 * The PutItem request (shared with the async connection).
	 * @param keysGiven whether the key comes from {@code hashKey}/{@code rangeKey} rather than from inside the attributes
	 */
	public static PutItemRequest putItemRequest(TableName table, KeySchema schema, Object hashKey, Object rangeKey,
			Map<String, ?> attributes, boolean keysGiven, WriteOptions options) {
		Operation operation = Operation.PUT_ITEM;
		return ConnectionCore.prepare(operation, table.logicalList(), () -> {
			OptionChecks.write(operation, table.logical(), options);
			Map<String, AttributeValue> item = item(operation, schema, attributes, keysGiven, hashKey, rangeKey);
			PutItemRequest.Builder builder = PutItemRequest.builder()
				.tableName(table.physical())
				.item(item)
				.returnValues(options.returnValues())
				.returnValuesOnConditionCheckFailure(options.returnValuesOnConditionCheckFailure())
				.returnConsumedCapacity(options.returnConsumedCapacity())
				.returnItemCollectionMetrics(options.returnItemCollectionMetrics());
			if (options.condition() != null) {
				Placeholders placeholders = new Placeholders();
				builder.conditionExpression(options.condition().render(placeholders));
				ExpressionAttributes.apply(placeholders, builder::expressionAttributeNames, builder::expressionAttributeValues);
			}
			return builder.build();
		});
	}

	/** The result of a PutItem response. */
	public static WriteResult result(PutItemResponse response, TableNames names) {
		return new WriteResult(response.hasAttributes() ? response.attributes() : null,
				names.logical(response.consumedCapacity()), response.itemCollectionMetrics());
	}

	/**
	 * The item to put: the attributes converted and, when keys are given separately, the typed key
	 * added (a key attribute also present in {@code attributes} with another value is refused).
	 */
	static Map<String, AttributeValue> item(Operation operation, KeySchema schema, Map<String, ?> attributes,
			boolean keysGiven, Object hashKey, Object rangeKey) {
		Map<String, AttributeValue> item = new java.util.HashMap<>(
				(attributes != null) ? AttributeValues.toItem(attributes) : Map.of());
		if (keysGiven) {
			Map<String, AttributeValue> key = KeyValues.key(operation, schema, hashKey, rangeKey);
			key.forEach((name, value) -> {
				AttributeValue previous = item.put(name, value);
				if (previous != null && !previous.equals(value)) {
					throw KeyValues.invalid(operation, schema.tableName(), "key attribute '" + name
							+ "' is given both as key argument and in the attributes, with different values");
				}
			});
		}
		else {
			KeyValues.keyOf(operation, schema, item);
		}
		return item;
	}

	/** DeleteItem. */
	public WriteResult deleteItem(String tableName, Object hashKey, Object rangeKey, WriteOptions options) {
		Operation operation = Operation.DELETE_ITEM;
		TableName table = core.table(operation, tableName);
		return core.withSchema(operation, table, schema -> {
			DeleteItemRequest request = deleteItemRequest(table, schema, hashKey, rangeKey, options);
			DeleteItemResponse response = core.call(operation, table, () -> core.client().deleteItem(request),
					DeleteItemResponse::consumedCapacity);
			return result(response, core.tableNames());
		});
	}

	/** The DeleteItem request (shared with the async connection). */
	public static DeleteItemRequest deleteItemRequest(TableName table, KeySchema schema, Object hashKey, Object rangeKey,
			WriteOptions options) {
		Operation operation = Operation.DELETE_ITEM;
		return ConnectionCore.prepare(operation, table.logicalList(), () -> {
			OptionChecks.write(operation, table.logical(), options);
			DeleteItemRequest.Builder builder = DeleteItemRequest.builder()
				.tableName(table.physical())
				.key(KeyValues.key(operation, schema, hashKey, rangeKey))
				.returnValues(options.returnValues())
				.returnValuesOnConditionCheckFailure(options.returnValuesOnConditionCheckFailure())
				.returnConsumedCapacity(options.returnConsumedCapacity())
				.returnItemCollectionMetrics(options.returnItemCollectionMetrics());
			if (options.condition() != null) {
				Placeholders placeholders = new Placeholders();
				builder.conditionExpression(options.condition().render(placeholders));
				ExpressionAttributes.apply(placeholders, builder::expressionAttributeNames, builder::expressionAttributeValues);
			}
			return builder.build();
		});
	}

	/** The result of a DeleteItem response. */
	public static WriteResult result(DeleteItemResponse response, TableNames names) {
		return new WriteResult(response.hasAttributes() ? response.attributes() : null,
				names.logical(response.consumedCapacity()), response.itemCollectionMetrics());
	}

	/** UpdateItem; the update and the condition share one placeholder numbering. */
	public WriteResult updateItem(String tableName, Object hashKey, Object rangeKey, Update update, WriteOptions options) {
		Operation operation = Operation.UPDATE_ITEM;
		TableName table = core.table(operation, tableName);
		checkUpdate(table, update);
		return core.withSchema(operation, table, schema -> {
			UpdateItemRequest request = updateItemRequest(table, schema, hashKey, rangeKey, update, options);
			UpdateItemResponse response = core.call(operation, table, () -> core.client().updateItem(request),
					UpdateItemResponse::consumedCapacity);
			return result(response, core.tableNames());
		});
	}

	/** Refuses a missing update before the key schema is even resolved. */
	public static void checkUpdate(TableName table, Update update) {
		if (update == null) {
			throw KeyValues.invalid(Operation.UPDATE_ITEM, table.logical(), "an Update with at least one action is required");
		}
	}

	/** The UpdateItem request (shared with the async connection); the update and the condition share one numbering. */
	public static UpdateItemRequest updateItemRequest(TableName table, KeySchema schema, Object hashKey, Object rangeKey,
			Update update, WriteOptions options) {
		Operation operation = Operation.UPDATE_ITEM;
		return ConnectionCore.prepare(operation, table.logicalList(), () -> {
			OptionChecks.write(operation, table.logical(), options);
			Placeholders placeholders = new Placeholders();
			UpdateItemRequest.Builder builder = UpdateItemRequest.builder()
				.tableName(table.physical())
				.key(KeyValues.key(operation, schema, hashKey, rangeKey))
				.updateExpression(update.render(placeholders))
				.returnValues(options.returnValues())
				.returnValuesOnConditionCheckFailure(options.returnValuesOnConditionCheckFailure())
				.returnConsumedCapacity(options.returnConsumedCapacity())
				.returnItemCollectionMetrics(options.returnItemCollectionMetrics());
			if (options.condition() != null) {
				builder.conditionExpression(options.condition().render(placeholders));
			}
			ExpressionAttributes.apply(placeholders, builder::expressionAttributeNames, builder::expressionAttributeValues);
			return builder.build();
		});
	}

	/** The result of an UpdateItem response. */
	public static WriteResult result(UpdateItemResponse response, TableNames names) {
		return new WriteResult(response.hasAttributes() ? response.attributes() : null,
				names.logical(response.consumedCapacity()), response.itemCollectionMetrics());
	}

	/** One page of Query. */
	public Page query(String tableName, Object hashKey, QueryOptions options) {
		Operation operation = Operation.QUERY;
		TableName table = core.table(operation, tableName);
		return core.withSchema(operation, table, schema -> {
			QueryRequest request = queryRequest(table, schema, hashKey, options);
			QueryResponse response = core.call(operation, table, () -> core.client().query(request),
					QueryResponse::consumedCapacity);
			return page(response, core.tableNames());
		});
	}

	/** The Query request (shared with the async connection): key condition typed from the table's or index's keys. */
	public static QueryRequest queryRequest(TableName table, KeySchema schema, Object hashKey, QueryOptions options) {
		Operation operation = Operation.QUERY;
		return ConnectionCore.prepare(operation, table.logicalList(), () -> {
			KeyAttribute[] keys = keysOf(operation, schema, options.indexName());
			OptionChecks.read(operation, table.logical(), options.indexName(), index(schema, options.indexName()),
					options.select(), options.projection() != null, options.consistentRead(), options.limit(),
					options.returnConsumedCapacity());
			KeyAttribute hash = keys[0];
			AttributeValue hashValue = KeyValues.value(operation, table.logical(), hash, hashKey);
			if (options.rangeKeyCondition() != null && keys[1] == null) {
				throw KeyValues.invalidKey(operation, table.logical(), "a range key condition was given, but "
						+ ((options.indexName() != null) ? "index '" + options.indexName() + "'" : "the table")
						+ " has no range key");
			}
			Placeholders placeholders = new Placeholders();
			QueryRequest.Builder builder = QueryRequest.builder()
				.tableName(table.physical())
				.indexName(options.indexName())
				.keyConditionExpression(KeyConditions.render(placeholders, hash.name(), hashValue,
						(keys[1] != null) ? keys[1].name() : null, options.rangeKeyCondition()))
				.consistentRead(options.consistentRead())
				.limit(options.limit())
				.scanIndexForward(options.scanIndexForward())
				.select(options.select())
				.returnConsumedCapacity(options.returnConsumedCapacity());
			if (options.filter() != null) {
				builder.filterExpression(options.filter().render(placeholders));
			}
			if (options.projection() != null) {
				builder.projectionExpression(options.projection().render(placeholders));
			}
			if (options.exclusiveStartKey() != null) {
				builder.exclusiveStartKey(AttributeValues.toItem(options.exclusiveStartKey()));
			}
			ExpressionAttributes.apply(placeholders, builder::expressionAttributeNames, builder::expressionAttributeValues);
			return builder.build();
		});
	}

	/** The page of a Query response. */
	public static Page page(QueryResponse response, TableNames names) {
		return new Page(response.items(), response.count(), response.scannedCount(),
				response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null,
				names.logical(response.consumedCapacity()));
	}

	/** Every page of Query, lazily. */
	public PageIterable queryPages(String tableName, Object hashKey, QueryOptions options) {
		return new PageIterable(options.exclusiveStartKey(),
				startKey -> query(tableName, hashKey, options.toBuilder().exclusiveStartKey(startKey).build()));
	}

	/** One page of Scan. */
	public Page scan(String tableName, ScanOptions options) {
		Operation operation = Operation.SCAN;
		TableName table = core.table(operation, tableName);
		if (options.indexName() != null) {
			return core.withSchema(operation, table, schema -> {
				return scan(operation, table, options, scanIndex(schema, options.indexName()));
			});
		}
		return scan(operation, table, options, null);
	}

	private Page scan(Operation operation, TableName table, ScanOptions options, IndexKeys index) {
		ScanRequest request = scanRequest(table, options, index);
		ScanResponse response = core.call(operation, table, () -> core.client().scan(request),
				ScanResponse::consumedCapacity);
		return page(response, core.tableNames());
	}

	/** The index a Scan reads, refusing an unknown index name (shared with the async connection). */
	public static IndexKeys scanIndex(KeySchema schema, String indexName) {
		keysOf(Operation.SCAN, schema, indexName);
		return index(schema, indexName);
	}

	/**
	 * The Scan request (shared with the async connection).
	 * @param index the scanned index's keys, or {@code null} when scanning the table
	 */
	public static ScanRequest scanRequest(TableName table, ScanOptions options, IndexKeys index) {
		Operation operation = Operation.SCAN;
		return ConnectionCore.prepare(operation, table.logicalList(), () -> {
			OptionChecks.read(operation, table.logical(), options.indexName(), index, options.select(),
					options.projection() != null, options.consistentRead(), options.limit(), options.returnConsumedCapacity());
			if ((options.segment() == null) != (options.totalSegments() == null)) {
				throw KeyValues.invalid(operation, table.logical(), "segment and totalSegments must be given together");
			}
			if (options.segment() != null && (options.segment() < 0 || options.segment() >= options.totalSegments())) {
				throw KeyValues.invalid(operation, table.logical(), "segment must be in [0, " + options.totalSegments()
						+ "), got " + options.segment());
			}
			Placeholders placeholders = new Placeholders();
			ScanRequest.Builder builder = ScanRequest.builder()
				.tableName(table.physical())
				.indexName(options.indexName())
				.consistentRead(options.consistentRead())
				.limit(options.limit())
				.select(options.select())
				.segment(options.segment())
				.totalSegments(options.totalSegments())
				.returnConsumedCapacity(options.returnConsumedCapacity());
			if (options.filter() != null) {
				builder.filterExpression(options.filter().render(placeholders));
			}
			if (options.projection() != null) {
				builder.projectionExpression(options.projection().render(placeholders));
			}
			if (options.exclusiveStartKey() != null) {
				builder.exclusiveStartKey(AttributeValues.toItem(options.exclusiveStartKey()));
			}
			ExpressionAttributes.apply(placeholders, builder::expressionAttributeNames, builder::expressionAttributeValues);
			return builder.build();
		});
	}

	/** The page of a Scan response. */
	public static Page page(ScanResponse response, TableNames names) {
		return new Page(response.items(), response.count(), response.scannedCount(),
				response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null,
				names.logical(response.consumedCapacity()));
	}

	/** Every page of Scan, lazily. */
	public PageIterable scanPages(String tableName, ScanOptions options) {
		return new PageIterable(options.exclusiveStartKey(),
				startKey -> scan(tableName, options.toBuilder().exclusiveStartKey(startKey).build()));
	}

	private static IndexKeys index(KeySchema schema, String indexName) {
		return (indexName != null) ? schema.indexes().get(indexName) : null;
	}

	/** The partition and sort key of the table, or of the named index (refusing an unknown index). */
	static KeyAttribute[] keysOf(Operation operation, KeySchema schema, String indexName) {
		if (indexName == null) {
			return new KeyAttribute[] { schema.hashKey(), schema.rangeKey() };
		}
		IndexKeys index = schema.indexes().get(indexName);
		if (index == null) {
			throw KeyValues.invalidKey(operation, schema.tableName(), "unknown index '" + indexName + "'; the table has "
					+ (schema.indexes().isEmpty() ? "no secondary indexes" : "indexes " + new java.util.TreeSet<>(schema.indexes().keySet())));
		}
		return new KeyAttribute[] { index.hashKey(), index.rangeKey() };
	}


}
