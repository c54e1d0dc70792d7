package io.github.dynamoconnection.autoconfigure.metrics;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.github.dynamoconnection.autoconfigure.metrics.DynamoDbObservationDocumentation.HighCardinalityKeyNames;
import io.github.dynamoconnection.autoconfigure.metrics.DynamoDbObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Default {@link DynamoDbObservationConvention}: names {@value #CONNECTION_CALL_NAME} (calls of a
 * {@code Connection}) and {@value #CLIENT_CALL_NAME} (direct SDK client calls), contextual name
 * {@code <operation> <tables>} as OpenTelemetry names database spans, keys from
 * {@link DynamoDbObservationDocumentation}.
 */
public class DefaultDynamoDbObservationConvention implements DynamoDbObservationConvention {

	/** Name of the observation (and timer) of a {@code Connection} call. */
	public static final String CONNECTION_CALL_NAME = "dynamodb.connection.call";

	/** Name of the observation (and timer) of a direct SDK client call. */
	public static final String CLIENT_CALL_NAME = "dynamodb.client.call";

	/** Convention of {@code Connection} calls. */
	public static final DefaultDynamoDbObservationConvention CONNECTION = new DefaultDynamoDbObservationConvention(
			CONNECTION_CALL_NAME);

	/** Convention of direct SDK client calls. */
	public static final DefaultDynamoDbObservationConvention CLIENT = new DefaultDynamoDbObservationConvention(
			CLIENT_CALL_NAME);

	private static final String NONE = "none";

	private static final KeyValue DB_SYSTEM = KeyValue.of(LowCardinalityKeyNames.DB_SYSTEM_NAME, "aws.dynamodb");

	private final String name;

	/**
	 * Creates a convention with the given observation name.
	 * @param name the observation name
	 */
	public DefaultDynamoDbObservationConvention(String name) {
		this.name = name;
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public String getContextualName(DynamoDbObservationContext context) {
		return context.getTableNames().isEmpty() ? context.getOperation()
				: context.getOperation() + " " + String.join(",", context.getTableNames());
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(DynamoDbObservationContext context) {
		String tables = tablesValue(context.getTableNames());
		String errorType = (context.getErrorType() != null) ? context.getErrorType() : NONE;
		return KeyValues.of(DB_SYSTEM, KeyValue.of(LowCardinalityKeyNames.DB_OPERATION_NAME, context.getOperation()),
				KeyValue.of(LowCardinalityKeyNames.TABLE_NAMES, tables),
				KeyValue.of(LowCardinalityKeyNames.ERROR_TYPE, errorType),
				KeyValue.of(LowCardinalityKeyNames.CONNECTION_NAME, context.getConnectionName()));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(DynamoDbObservationContext context) {
		KeyValues values = KeyValues.empty();
		Double capacity = totalCapacity(context);
		if (capacity != null) {
			values = values.and(KeyValue.of(HighCardinalityKeyNames.CONSUMED_CAPACITY, String.format(Locale.ROOT, "%s", capacity)));
		}
		SdkResponse response = context.getResponse();
		if (response != null) {
			Integer count = response.getValueForField("Count", Integer.class).orElse(null);
			Integer scanned = response.getValueForField("ScannedCount", Integer.class).orElse(null);
			if (count != null) {
				values = values.and(KeyValue.of(HighCardinalityKeyNames.COUNT, count.toString()));
			}
			if (scanned != null) {
				values = values.and(KeyValue.of(HighCardinalityKeyNames.SCANNED_COUNT, scanned.toString()));
			}
		}
		if (context.getUnprocessedEntries() > 0) {
			values = values.and(KeyValue.of(HighCardinalityKeyNames.UNPROCESSED_ENTRIES,
					Integer.toString(context.getUnprocessedEntries())));
		}
		return values;
	}

	/**
	 * The {@code aws.dynamodb.table_names} value of a call on the given tables.
	 * @param tableNames physical table names
	 * @return the names sorted and comma-separated, or {@code none}
	 */
	static String tablesValue(List<String> tableNames) {
		return switch (tableNames.size()) {
			case 0 -> NONE;
			case 1 -> tableNames.get(0);
			default -> tableNames.stream().sorted().distinct().collect(Collectors.joining(","));
		};
	}

	private static @Nullable Double totalCapacity(DynamoDbObservationContext context) {
		Double total = null;
		for (ConsumedCapacity capacity : context.getConsumedCapacity()) {
			if (capacity.capacityUnits() != null) {
				total = ((total != null) ? total : 0.0) + capacity.capacityUnits();
			}
		}
		return total;
	}

}
