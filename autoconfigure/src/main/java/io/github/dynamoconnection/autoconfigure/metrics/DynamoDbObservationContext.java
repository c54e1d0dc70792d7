package io.github.dynamoconnection.autoconfigure.metrics;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.micrometer.observation.Observation;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * What an observed DynamoDB call is about: the operation, the tables, the connection, and once it
 * ended its response or error type, consumed capacity and unprocessed batch entries.
 */
public class DynamoDbObservationContext extends Observation.Context {

	private final String operation;

	private final List<String> tableNames;

	private final String connectionName;

	private @Nullable SdkResponse response;

	private @Nullable String errorType;

	private List<ConsumedCapacity> consumedCapacity = List.of();

	private int unprocessedEntries;

	/**
	 * Creates a context.
	 * @param operation the DynamoDB operation, e.g. {@code GetItem}
	 * @param tableNames physical table names
	 * @param connectionName the connection's name
	 */
	public DynamoDbObservationContext(String operation, List<String> tableNames, String connectionName) {
		this.operation = operation;
		this.tableNames = List.copyOf(tableNames);
		this.connectionName = connectionName;
	}

	/** @return the DynamoDB operation */
	public String getOperation() {
		return this.operation;
	}

	/** @return the physical table names, empty for table-less calls */
	public List<String> getTableNames() {
		return this.tableNames;
	}

	/** @return the connection's name */
	public String getConnectionName() {
		return this.connectionName;
	}

	/** @return the response, or {@code null} before the end or on failure */
	public @Nullable SdkResponse getResponse() {
		return this.response;
	}

	/** @param response the response */
	public void setResponse(@Nullable SdkResponse response) {
		this.response = response;
	}

	/** @return the AWS error code or exception name, or {@code null} on success */
	public @Nullable String getErrorType() {
		return this.errorType;
	}

	/** @param errorType the AWS error code or exception name */
	public void setErrorType(@Nullable String errorType) {
		this.errorType = errorType;
	}

	/** @return the consumed capacity reported by DynamoDB */
	public List<ConsumedCapacity> getConsumedCapacity() {
		return this.consumedCapacity;
	}

	/** @param consumedCapacity the consumed capacity reported by DynamoDB */
	public void setConsumedCapacity(List<ConsumedCapacity> consumedCapacity) {
		this.consumedCapacity = List.copyOf(consumedCapacity);
	}

	/** @return batch entries still unprocessed at the end */
	public int getUnprocessedEntries() {
		return this.unprocessedEntries;
	}

	/** @param unprocessedEntries batch entries still unprocessed at the end */
	public void setUnprocessedEntries(int unprocessedEntries) {
		this.unprocessedEntries = unprocessedEntries;
	}

}
