package io.github.dynamoconnection.internal.operation;

import java.util.TreeSet;

import io.github.dynamoconnection.internal.call.Requests;
import io.github.dynamoconnection.internal.call.ExpressionAttributes;
import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.convert.AttributeValues;
import io.github.dynamoconnection.expression.KeyCondition;
import io.github.dynamoconnection.expression.KeyConditions;
import io.github.dynamoconnection.expression.Placeholders;
import io.github.dynamoconnection.item.Page;
import io.github.dynamoconnection.item.QueryOptions;
import io.github.dynamoconnection.item.ScanOptions;
import io.github.dynamoconnection.internal.schema.IndexKeys;
import io.github.dynamoconnection.internal.schema.KeyAttribute;
import io.github.dynamoconnection.internal.schema.KeySchema;
import io.github.dynamoconnection.internal.schema.KeyValues;
import io.github.dynamoconnection.internal.schema.TableName;
import io.github.dynamoconnection.internal.schema.TableNames;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The requests and pages of Query and Scan: the key condition typed from the table's or the index's
 * keys, options checked and applied. Bad input fails before anything is sent.
 */
public final class ReadRequests {

	private ReadRequests() {
	}

	/**
	 * The Query request: key condition typed from the table's or index's keys, or rendered from a
	 * {@link KeyCondition} given as the hash key (a key of several attributes).
	 */
	public static QueryRequest queryRequest(TableName table, KeySchema schema, Object hashKey, QueryOptions options) {
		Operation operation = Operation.QUERY;
		return Requests.prepare(operation, table.logicalList(), () -> {
			KeyAttribute[] keys = keysOf(operation, schema, options.indexName());
			OptionChecks.read(operation, table.logical(), options.indexName(), index(schema, options.indexName()),
					options.select(), options.projection() != null, options.consistentRead(), options.limit(),
					options.returnConsumedCapacity());
			Placeholders placeholders = new Placeholders();
			String keyCondition;
			if (hashKey instanceof KeyCondition condition) {
				if (options.rangeKeyCondition() != null) {
					throw KeyValues.invalidKey(operation, table.logical(), "a KeyCondition carries the sort key "
							+ "conditions itself; give it no rangeKeyCondition");
				}
				keyCondition = condition.render(placeholders);
			}
			else {
				KeyAttribute hash = keys[0];
				AttributeValue hashValue = KeyValues.value(operation, table.logical(), hash, hashKey);
				if (options.rangeKeyCondition() != null && keys[1] == null) {
					throw KeyValues.invalidKey(operation, table.logical(), "a range key condition was given, but "
							+ ((options.indexName() != null) ? "index '" + options.indexName() + "'" : "the table")
							+ " has no range key");
				}
				keyCondition = KeyConditions.render(placeholders, hash.name(), hashValue,
						(keys[1] != null) ? keys[1].name() : null, options.rangeKeyCondition());
			}
			QueryRequest.Builder builder = QueryRequest.builder()
				.tableName(table.physical())
				.indexName(options.indexName())
				.keyConditionExpression(keyCondition)
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

	/** The index a Scan reads, refusing an unknown index name . */
	public static IndexKeys scanIndex(KeySchema schema, String indexName) {
		keysOf(Operation.SCAN, schema, indexName);
		return index(schema, indexName);
	}

	/**
	 * The Scan request .
	 * @param index the scanned index's keys, or {@code null} when scanning the table
	 */
	public static ScanRequest scanRequest(TableName table, ScanOptions options, IndexKeys index) {
		Operation operation = Operation.SCAN;
		return Requests.prepare(operation, table.logicalList(), () -> {
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

	/** The partition and sort key of the table, or of the named index (refusing an unknown index). */
	static KeyAttribute[] keysOf(Operation operation, KeySchema schema, String indexName) {
		if (indexName == null) {
			return new KeyAttribute[] { schema.hashKey(), schema.rangeKey() };
		}
		IndexKeys index = schema.indexes().get(indexName);
		if (index == null) {
			throw KeyValues.invalidKey(operation, schema.tableName(), "unknown index '" + indexName + "'; the table has "
					+ (schema.indexes().isEmpty() ? "no secondary indexes" : "indexes " + new TreeSet<>(schema.indexes().keySet())));
		}
		return new KeyAttribute[] { index.hashKey(), index.rangeKey() };
	}

	private static IndexKeys index(KeySchema schema, String indexName) {
		return (indexName != null) ? schema.indexes().get(indexName) : null;
	}

}
