package io.github.dynamoconnection.transaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.call.ConnectionCore;
import io.github.dynamoconnection.call.ExpressionAttributes;
import io.github.dynamoconnection.call.Operation;
import io.github.dynamoconnection.convert.AttributeValues;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import io.github.dynamoconnection.expression.Placeholders;
import io.github.dynamoconnection.schema.KeySchema;
import io.github.dynamoconnection.schema.KeyValues;
import io.github.dynamoconnection.schema.TableName;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * TransactWriteItems and TransactGetItems: every item keyed from its table's schema and given its
 * own placeholder numbering; a cancellation becomes {@code TransactionCanceledException} with one
 * reason per item, in item order.
 */
public final class TransactionOperations {

	/** DynamoDB's limit of items per transaction. */
	public static final int MAX_ITEMS = 100;

	private final ConnectionCore core;

	public TransactionOperations(ConnectionCore core) {
		this.core = core;
	}

	/** TransactWriteItems; a stale cached schema is refreshed once (a failed transaction applied nothing). */
	public TransactWriteResult write(TransactWriteSpec spec) {
		Operation operation = Operation.TRANSACT_WRITE_ITEMS;
		check(operation, spec.entries().size());
		return core.retryOnStaleSchemas(operation, spec.entries().stream().map(TransactWriteSpec.Entry::tableName).toList(),
				() -> attemptWrite(operation, spec), ex -> true);
	}

	private TransactWriteResult attemptWrite(Operation operation, TransactWriteSpec spec) {
		Set<String> logical = new LinkedHashSet<>();
		Set<String> physical = new LinkedHashSet<>();
		List<TransactWriteItem> items = new ArrayList<>(spec.entries().size());
		for (TransactWriteSpec.Entry entry : spec.entries()) {
			TableName table = core.table(operation, entry.tableName());
			logical.add(table.logical());
			physical.add(table.physical());
			KeySchema schema = core.schema(operation, table);
			items.add(core.prepare(operation, table.logicalList(), () -> writeItem(operation, table, schema, entry, spec)));
		}
		TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
			.transactItems(items)
			.clientRequestToken(spec.clientRequestToken())
			.returnConsumedCapacity(spec.returnConsumedCapacity())
			.returnItemCollectionMetrics(spec.returnItemCollectionMetrics())
			.build();
		TransactWriteItemsResponse response = core.call(operation, List.copyOf(logical), List.copyOf(physical),
				() -> core.client().transactWriteItems(request), TransactWriteItemsResponse::consumedCapacity);
		Map<String, List<ItemCollectionMetrics>> metrics = new LinkedHashMap<>();
		if (response.hasItemCollectionMetrics()) {
			response.itemCollectionMetrics().forEach((table, list) -> metrics.put(core.tableNames().logical(table), list));
		}
		return new TransactWriteResult(core.logical(response.consumedCapacity()), metrics);
	}

	private static TransactWriteItem writeItem(Operation operation, TableName table, KeySchema schema,
			TransactWriteSpec.Entry entry, TransactWriteSpec spec) {
		Placeholders placeholders = new Placeholders();
		String condition = (entry.condition() != null) ? entry.condition().render(placeholders) : null;
		TransactWriteItem.Builder item = TransactWriteItem.builder();
		switch (entry.kind()) {
			case PUT -> {
				if (entry.item() == null) {
					throw KeyValues.invalid(operation, table.logical(), "put item must not be null");
				}
				Map<String, AttributeValue> converted = AttributeValues.toItem(entry.item());
				KeyValues.keyOf(operation, schema, converted);
				Put.Builder put = Put.builder().tableName(table.physical()).item(converted).conditionExpression(condition)
					.returnValuesOnConditionCheckFailure(spec.returnValuesOnConditionCheckFailure());
				ExpressionAttributes.apply(placeholders, put::expressionAttributeNames, put::expressionAttributeValues);
				item.put(put.build());
			}
			case UPDATE -> {
				if (entry.update() == null) {
					throw KeyValues.invalid(operation, table.logical(), "update needs an Update with at least one action");
				}
				Update.Builder update = Update.builder().tableName(table.physical())
					.key(KeyValues.key(operation, schema, entry.hashKey(), entry.rangeKey()))
					.updateExpression(entry.update().render(placeholders)).conditionExpression(condition)
					.returnValuesOnConditionCheckFailure(spec.returnValuesOnConditionCheckFailure());
				ExpressionAttributes.apply(placeholders, update::expressionAttributeNames, update::expressionAttributeValues);
				item.update(update.build());
			}
			case DELETE -> {
				Delete.Builder delete = Delete.builder().tableName(table.physical())
					.key(KeyValues.key(operation, schema, entry.hashKey(), entry.rangeKey())).conditionExpression(condition)
					.returnValuesOnConditionCheckFailure(spec.returnValuesOnConditionCheckFailure());
				ExpressionAttributes.apply(placeholders, delete::expressionAttributeNames, delete::expressionAttributeValues);
				item.delete(delete.build());
			}
			case CONDITION_CHECK -> {
				if (condition == null) {
					throw KeyValues.invalid(operation, table.logical(), "a condition check needs a condition");
				}
				ConditionCheck.Builder check = ConditionCheck.builder().tableName(table.physical())
					.key(KeyValues.key(operation, schema, entry.hashKey(), entry.rangeKey())).conditionExpression(condition)
					.returnValuesOnConditionCheckFailure(spec.returnValuesOnConditionCheckFailure());
				ExpressionAttributes.apply(placeholders, check::expressionAttributeNames, check::expressionAttributeValues);
				item.conditionCheck(check.build());
			}
		}
		return item.build();
	}

	/** TransactGetItems; a stale cached schema is refreshed once. */
	public TransactGetResult get(TransactGetSpec spec) {
		Operation operation = Operation.TRANSACT_GET_ITEMS;
		check(operation, spec.entries().size());
		return core.retryOnStaleSchemas(operation, spec.entries().stream().map(TransactGetSpec.Entry::tableName).toList(),
				() -> attemptGet(operation, spec), ex -> true);
	}

	private TransactGetResult attemptGet(Operation operation, TransactGetSpec spec) {
		Set<String> logical = new LinkedHashSet<>();
		Set<String> physical = new LinkedHashSet<>();
		List<TransactGetItem> items = new ArrayList<>(spec.entries().size());
		for (TransactGetSpec.Entry entry : spec.entries()) {
			TableName table = core.table(operation, entry.tableName());
			logical.add(table.logical());
			physical.add(table.physical());
			KeySchema schema = core.schema(operation, table);
			items.add(core.prepare(operation, table.logicalList(), () -> {
				Get.Builder get = Get.builder().tableName(table.physical())
					.key(KeyValues.key(operation, schema, entry.hashKey(), entry.rangeKey()));
				if (entry.projection() != null) {
					Placeholders placeholders = new Placeholders();
					get.projectionExpression(entry.projection().render(placeholders));
					ExpressionAttributes.applyNames(placeholders, get::expressionAttributeNames);
				}
				return TransactGetItem.builder().get(get.build()).build();
			}));
		}
		TransactGetItemsRequest request = TransactGetItemsRequest.builder()
			.transactItems(items)
			.returnConsumedCapacity(spec.returnConsumedCapacity())
			.build();
		TransactGetItemsResponse response = core.call(operation, List.copyOf(logical), List.copyOf(physical),
				() -> core.client().transactGetItems(request), TransactGetItemsResponse::consumedCapacity);
		List<Map<String, AttributeValue>> found = new ArrayList<>(items.size());
		for (ItemResponse item : response.responses()) {
			found.add((item != null && item.hasItem() && !item.item().isEmpty()) ? item.item() : null);
		}
		return new TransactGetResult(java.util.Collections.unmodifiableList(found), core.logical(response.consumedCapacity()));
	}

	private static void check(Operation operation, int size) {
		if (size == 0) {
			throw new InvalidArgumentException(operation.awsName(), List.of(), operation.awsName() + ": the transaction is empty");
		}
		if (size > MAX_ITEMS) {
			throw new InvalidArgumentException(operation.awsName(), List.of(), operation.awsName()
					+ ": a transaction holds at most " + MAX_ITEMS + " items, got " + size);
		}
	}


}
