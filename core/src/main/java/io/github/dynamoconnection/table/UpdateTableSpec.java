package io.github.dynamoconnection.table;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * What {@code updateTable} should change: table capacity, billing mode, GSI capacity (as in
 * PynamoDB), GSI creation and deletion, stream. Fill it in a lambda:
 * <pre>{@code
 * conn.updateTable("table_name", u -> u.globalSecondaryIndexUpdate("index_name", 10, 10));
 * }</pre>
 */
public final class UpdateTableSpec {

	private BillingMode billingMode;

	private Long readCapacityUnits;

	private Long writeCapacityUnits;

	private final List<IndexCapacityUpdate> indexCapacityUpdates = new ArrayList<>();

	private final List<GlobalSecondaryIndexSpec> indexesToCreate = new ArrayList<>();

	private final List<String> indexesToDelete = new ArrayList<>();

	private StreamSpecification streamSpecification;

	private Duration waitUntilActive;

	/** A spec setting new provisioned capacity for the table. */
	public static UpdateTableSpec capacity(long readCapacityUnits, long writeCapacityUnits) {
		return new UpdateTableSpec().readCapacityUnits(readCapacityUnits).writeCapacityUnits(writeCapacityUnits);
	}

	/** A spec filled in by {@code spec}. */
	public static UpdateTableSpec of(java.util.function.Consumer<UpdateTableSpec> spec) {
		UpdateTableSpec filled = new UpdateTableSpec();
		spec.accept(filled);
		return filled;
	}

	/** Changes the billing mode. */
	public UpdateTableSpec billingMode(BillingMode billingMode) {
		this.billingMode = billingMode;
		return this;
	}

	/** Changes the table's read capacity units. */
	public UpdateTableSpec readCapacityUnits(long units) {
		this.readCapacityUnits = units;
		return this;
	}

	/** Changes the table's write capacity units. */
	public UpdateTableSpec writeCapacityUnits(long units) {
		this.writeCapacityUnits = units;
		return this;
	}

	/** Changes a global secondary index's capacity (PynamoDB's {@code global_secondary_index_updates}). */
	public UpdateTableSpec globalSecondaryIndexUpdate(String indexName, long readCapacityUnits, long writeCapacityUnits) {
		indexCapacityUpdates.add(new IndexCapacityUpdate(indexName, readCapacityUnits, writeCapacityUnits));
		return this;
	}

	/** Creates a global secondary index. */
	public UpdateTableSpec createGlobalSecondaryIndex(String indexName, Consumer<GlobalSecondaryIndexSpec> index) {
		GlobalSecondaryIndexSpec spec = new GlobalSecondaryIndexSpec(indexName);
		index.accept(spec);
		indexesToCreate.add(spec);
		return this;
	}

	/** Deletes a global secondary index. */
	public UpdateTableSpec deleteGlobalSecondaryIndex(String indexName) {
		indexesToDelete.add(indexName);
		return this;
	}

	/** Enables the stream with the given view type. */
	public UpdateTableSpec streamSpecification(StreamViewType viewType) {
		return streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(viewType).build());
	}

	/** Sets the stream specification as the SDK models it (e.g. {@code streamEnabled(false)} to disable). */
	public UpdateTableSpec streamSpecification(StreamSpecification streamSpecification) {
		this.streamSpecification = streamSpecification;
		return this;
	}

	/** Waits (with the SDK waiter) until the table is ACTIVE again, at most {@code timeout}. */
	public UpdateTableSpec waitUntilActive(Duration timeout) {
		this.waitUntilActive = timeout;
		return this;
	}

	public BillingMode billingMode() {
		return billingMode;
	}

	public Long readCapacityUnits() {
		return readCapacityUnits;
	}

	public Long writeCapacityUnits() {
		return writeCapacityUnits;
	}

	public List<IndexCapacityUpdate> indexCapacityUpdates() {
		return Collections.unmodifiableList(indexCapacityUpdates);
	}

	public List<GlobalSecondaryIndexSpec> indexesToCreate() {
		return Collections.unmodifiableList(indexesToCreate);
	}

	public List<String> indexesToDelete() {
		return Collections.unmodifiableList(indexesToDelete);
	}

	public StreamSpecification streamSpecification() {
		return streamSpecification;
	}

	/** How long to wait for ACTIVE, or {@code null} not to wait. */
	public Duration waitTimeout() {
		return waitUntilActive;
	}

	/**
	 * New capacity for one global secondary index.
	 *
	 * @param indexName the index
	 * @param readCapacityUnits new read units
	 * @param writeCapacityUnits new write units
	 */
	public record IndexCapacityUpdate(String indexName, long readCapacityUnits, long writeCapacityUnits) {
	}

}
