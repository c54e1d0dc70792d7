package io.github.dynamoconnection.internal.operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.github.dynamoconnection.internal.call.Requests;
import io.github.dynamoconnection.internal.call.ExpressionAttributes;
import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.convert.AttributeValues;
import io.github.dynamoconnection.expression.Placeholders;
import io.github.dynamoconnection.internal.schema.KeySchema;
import io.github.dynamoconnection.internal.schema.KeyValues;
import io.github.dynamoconnection.internal.schema.TableName;
import io.github.dynamoconnection.internal.schema.TableNames;
import io.github.dynamoconnection.transaction.TransactGetResult;
import io.github.dynamoconnection.transaction.TransactGetSpec;
import io.github.dynamoconnection.transaction.TransactWriteResult;
import io.github.dynamoconnection.transaction.TransactWriteSpec;
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
public final class TransactionRequests {

	/**
	 * A transaction request with the tables it touches.
	 * @param request the SDK request
	 * @param tables the tables as the caller named them
	 * @param physicalTables the tables as sent
	 */
	public record Prepared<R>(R request, List<String> tables, List<String> physicalTables) {
	}

	private TransactionRequests() {
	}

	/**
	 * The TransactWriteItems request.
	 * @param spec the transaction
	 * @param names the connection's table names
	 * @param schemas the key schema of each table
	 * @return the request and the tables it touches
	 */
	public static Prepared<TransactWriteItemsRequest> writeRequest(TransactWriteSpec spec, TableNames names,
			Function<TableName, KeySchema> schemas) {
		Operation operation = Operation.TRANSACT_WRITE_ITEMS;
		Set<String> logical = new LinkedHashSet<>();
		Set<String> physical = new LinkedHashSet<>();
		List<TransactWriteItem> items = new ArrayList<>(spec.entries().size());
		for (TransactWriteSpec.Entry entry : spec.entries()) {
			TableName table = names.of(operation, entry.tableName());
			logical.add(table.logical());
			physical.add(table.physical());
			KeySchema schema = schemas.apply(table);
			items.add(Requests.prepare(operation, table.logicalList(), () -> writeItem(operation, table, schema, entry, spec)));
		}
		TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
			.transactItems(items)
			.clientRequestToken(spec.clientRequestToken())
			.returnConsumedCapacity(spec.returnConsumedCapacity())
			.returnItemCollectionMetrics(spec.returnItemCollectionMetrics())
			.build();
		return new Prepared<>(request, List.copyOf(logical), List.copyOf(physical));
	}

	/** The result of a TransactWriteItems response. */
	public static TransactWriteResult result(TransactWriteItemsResponse response, TableNames names) {
		Map<String, List<ItemCollectionMetrics>> metrics = new LinkedHashMap<>();
		if (response.hasItemCollectionMetrics()) {
			response.itemCollectionMetrics().forEach((table, list) -> metrics.put(names.logical(table), list));
		}
		return new TransactWriteResult(names.logical(response.consumedCapacity()), metrics);
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
					.key(KeyValues.key(operation, schema, entry.key()))
					.updateExpression(entry.update().render(placeholders)).conditionExpression(condition)
					.returnValuesOnConditionCheckFailure(spec.returnValuesOnConditionCheckFailure());
				ExpressionAttributes.apply(placeholders, update::expressionAttributeNames, update::expressionAttributeValues);
				item.update(update.build());
			}
			case DELETE -> {
				Delete.Builder delete = Delete.builder().tableName(table.physical())
					.key(KeyValues.key(operation, schema, entry.key())).conditionExpression(condition)
					.returnValuesOnConditionCheckFailure(spec.returnValuesOnConditionCheckFailure());
				ExpressionAttributes.apply(placeholders, delete::expressionAttributeNames, delete::expressionAttributeValues);
				item.delete(delete.build());
			}
			case CONDITION_CHECK -> {
				if (condition == null) {
					throw KeyValues.invalid(operation, table.logical(), "a condition check needs a condition");
				}
				ConditionCheck.Builder check = ConditionCheck.builder().tableName(table.physical())
					.key(KeyValues.key(operation, schema, entry.key())).conditionExpression(condition)
					.returnValuesOnConditionCheckFailure(spec.returnValuesOnConditionCheckFailure());
				ExpressionAttributes.apply(placeholders, check::expressionAttributeNames, check::expressionAttributeValues);
				item.conditionCheck(check.build());
			}
		}
		return item.build();
	}

	/**
	 * The TransactGetItems request.
	 * @param spec the transaction
	 * @param names the connection's table names
	 * @param schemas the key schema of each table
	 * @return the request and the tables it touches
	 */
	public static Prepared<TransactGetItemsRequest> getRequest(TransactGetSpec spec, TableNames names,
			Function<TableName, KeySchema> schemas) {
		Operation operation = Operation.TRANSACT_GET_ITEMS;
		Set<String> logical = new LinkedHashSet<>();
		Set<String> physical = new LinkedHashSet<>();
		List<TransactGetItem> items = new ArrayList<>(spec.entries().size());
		for (TransactGetSpec.Entry entry : spec.entries()) {
			TableName table = names.of(operation, entry.tableName());
			logical.add(table.logical());
			physical.add(table.physical());
			KeySchema schema = schemas.apply(table);
			items.add(Requests.prepare(operation, table.logicalList(), () -> {
				Get.Builder get = Get.builder().tableName(table.physical())
					.key(KeyValues.key(operation, schema, entry.key()));
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
		return new Prepared<>(request, List.copyOf(logical), List.copyOf(physical));
	}

	/** The result of a TransactGetItems response: one item (or {@code null}) per requested item, in order. */
	public static TransactGetResult result(TransactGetItemsResponse response, TableNames names) {
		List<Map<String, AttributeValue>> found = new ArrayList<>(response.responses().size());
		for (ItemResponse item : response.responses()) {
			found.add((item != null && item.hasItem() && !item.item().isEmpty()) ? item.item() : null);
		}
		return new TransactGetResult(java.util.Collections.unmodifiableList(found), names.logical(response.consumedCapacity()));
	}

}
