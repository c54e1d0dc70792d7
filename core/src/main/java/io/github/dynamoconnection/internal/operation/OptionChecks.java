package io.github.dynamoconnection.internal.operation;

import io.github.dynamoconnection.internal.call.Operation;
import io.github.dynamoconnection.item.GetItemOptions;
import io.github.dynamoconnection.item.WriteOptions;
import io.github.dynamoconnection.internal.schema.IndexKeys;
import io.github.dynamoconnection.internal.schema.KeyValues;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Refuses option combinations DynamoDB would reject, before sending: enum values unknown to this
 * SDK version, ReturnValues other than NONE/ALL_OLD on PutItem and DeleteItem, Select that does not
 * fit the projection or index, consistent reads on a global index, non-positive limits.
 */
public final class OptionChecks {

	private OptionChecks() {
	}

	public static void write(Operation operation, String table, WriteOptions options) {
		known(operation, table, "ReturnValues", options.returnValues());
		known(operation, table, "ReturnValuesOnConditionCheckFailure", options.returnValuesOnConditionCheckFailure());
		known(operation, table, "ReturnConsumedCapacity", options.returnConsumedCapacity());
		known(operation, table, "ReturnItemCollectionMetrics", options.returnItemCollectionMetrics());
		ReturnValue returnValues = options.returnValues();
		if (operation != Operation.UPDATE_ITEM && returnValues != null && returnValues != ReturnValue.NONE
				&& returnValues != ReturnValue.ALL_OLD) {
			throw KeyValues.invalid(operation, table, "ReturnValues " + returnValues + " is not allowed; "
					+ operation.awsName() + " accepts only NONE and ALL_OLD");
		}
	}

	public static void get(Operation operation, String table, GetItemOptions options) {
		known(operation, table, "ReturnConsumedCapacity", options.returnConsumedCapacity());
	}

	public static void read(Operation operation, String table, String indexName, IndexKeys index, Select select,
			boolean hasProjection, Boolean consistentRead, Integer limit, Object returnConsumedCapacity) {
		known(operation, table, "Select", select);
		known(operation, table, "ReturnConsumedCapacity", returnConsumedCapacity);
		if (select == Select.SPECIFIC_ATTRIBUTES && !hasProjection) {
			throw KeyValues.invalid(operation, table, "Select SPECIFIC_ATTRIBUTES needs a projection");
		}
		if (hasProjection && select != null && select != Select.SPECIFIC_ATTRIBUTES) {
			throw KeyValues.invalid(operation, table, "a projection goes only with Select SPECIFIC_ATTRIBUTES, not " + select);
		}
		if (select == Select.ALL_PROJECTED_ATTRIBUTES && indexName == null) {
			throw KeyValues.invalid(operation, table, "Select ALL_PROJECTED_ATTRIBUTES needs an index");
		}
		if (Boolean.TRUE.equals(consistentRead) && index != null && index.global()) {
			throw KeyValues.invalid(operation, table, "consistent reads are not supported on global secondary index '"
					+ indexName + "'");
		}
		if (limit != null && limit < 1) {
			throw KeyValues.invalid(operation, table, "limit must be at least 1, got " + limit);
		}
	}

	private static void known(Operation operation, String table, String option, Object value) {
		if (value instanceof Enum<?> constant && "UNKNOWN_TO_SDK_VERSION".equals(constant.name())) {
			throw KeyValues.invalid(operation, table, option + " value UNKNOWN_TO_SDK_VERSION is not a valid value");
		}
	}

}
