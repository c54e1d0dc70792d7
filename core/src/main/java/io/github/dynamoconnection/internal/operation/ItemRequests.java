package io.github.dynamoconnection.internal.operation;

import java.util.HashMap;
import java.util.Map;

import io.github.dynamoconnection.internal.call.Requests;
import io.github.dynamoconnection.internal.call.ExpressionAttributes;
import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.convert.AttributeValues;
import io.github.dynamoconnection.expression.Placeholders;
import io.github.dynamoconnection.expression.Update;
import io.github.dynamoconnection.item.GetItemOptions;
import io.github.dynamoconnection.item.Key;
import io.github.dynamoconnection.item.GetItemResult;
import io.github.dynamoconnection.item.WriteOptions;
import io.github.dynamoconnection.item.WriteResult;
import io.github.dynamoconnection.internal.schema.KeySchema;
import io.github.dynamoconnection.internal.schema.KeyValues;
import io.github.dynamoconnection.internal.schema.TableName;
import io.github.dynamoconnection.internal.schema.TableNames;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The requests and results of GetItem, PutItem, DeleteItem and UpdateItem: keys typed from the
 * table's schema, options checked and applied, expressions rendered with one placeholder numbering
 * per request. Bad input fails before anything is sent.
 */
public final class ItemRequests {

	private ItemRequests() {
	}

	/** The GetItem request; bad input fails before anything is sent. */
	public static GetItemRequest getItemRequest(TableName table, KeySchema schema, Key key,
			GetItemOptions options) {
		Operation operation = Operation.GET_ITEM;
		return Requests.prepare(operation, table.logicalList(), () -> {
			OptionChecks.get(operation, table.logical(), options);
			GetItemRequest.Builder builder = GetItemRequest.builder()
				.tableName(table.physical())
				.key(KeyValues.key(operation, schema, key))
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

	/**
	 * The PutItem request.
	 * @param key the key, given apart from the attributes, or {@code null} when the attributes hold it
	 */
	public static PutItemRequest putItemRequest(TableName table, KeySchema schema, @Nullable Key key,
			Map<String, ?> attributes, WriteOptions options) {
		Operation operation = Operation.PUT_ITEM;
		return Requests.prepare(operation, table.logicalList(), () -> {
			OptionChecks.write(operation, table.logical(), options);
			Map<String, AttributeValue> item = item(operation, schema, attributes, key);
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
			@Nullable Key given) {
		Map<String, AttributeValue> item = new HashMap<>(
				(attributes != null) ? AttributeValues.toItem(attributes) : Map.of());
		if (given != null) {
			Map<String, AttributeValue> key = KeyValues.key(operation, schema, given);
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

	/** The DeleteItem request. */
	public static DeleteItemRequest deleteItemRequest(TableName table, KeySchema schema, Key key,
			WriteOptions options) {
		Operation operation = Operation.DELETE_ITEM;
		return Requests.prepare(operation, table.logicalList(), () -> {
			OptionChecks.write(operation, table.logical(), options);
			DeleteItemRequest.Builder builder = DeleteItemRequest.builder()
				.tableName(table.physical())
				.key(KeyValues.key(operation, schema, key))
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

	/** Refuses a missing update before the key schema is even resolved. */
	public static void checkUpdate(TableName table, Update update) {
		if (update == null) {
			throw KeyValues.invalid(Operation.UPDATE_ITEM, table.logical(), "an Update with at least one action is required");
		}
	}

	/** The UpdateItem request; the update and the condition share one numbering. */
	public static UpdateItemRequest updateItemRequest(TableName table, KeySchema schema, Key key,
			Update update, WriteOptions options) {
		Operation operation = Operation.UPDATE_ITEM;
		return Requests.prepare(operation, table.logicalList(), () -> {
			OptionChecks.write(operation, table.logical(), options);
			Placeholders placeholders = new Placeholders();
			UpdateItemRequest.Builder builder = UpdateItemRequest.builder()
				.tableName(table.physical())
				.key(KeyValues.key(operation, schema, key))
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

}
