package io.github.dynamoconnection.table;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
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
public final class UpdateTableSpec implements Consumer<UpdateTableSpec.Builder> {

	private final @Nullable BillingMode billingMode;

	private final @Nullable Long readCapacityUnits;

	private final @Nullable Long writeCapacityUnits;

	private final List<IndexCapacityUpdate> indexCapacityUpdates;

	private final List<GlobalSecondaryIndexSpec> indexesToCreate;

	private final List<String> indexesToDelete;

	private final @Nullable StreamSpecification streamSpecification;

	private final @Nullable Duration waitUntilActive;

	private UpdateTableSpec(Builder builder) {
		this.billingMode = builder.billingMode;
		this.readCapacityUnits = builder.readCapacityUnits;
		this.writeCapacityUnits = builder.writeCapacityUnits;
		this.indexCapacityUpdates = Collections.unmodifiableList(new ArrayList<>(builder.indexCapacityUpdates));
		this.indexesToCreate = Collections.unmodifiableList(new ArrayList<>(builder.indexesToCreate));
		this.indexesToDelete = Collections.unmodifiableList(new ArrayList<>(builder.indexesToDelete));
		this.streamSpecification = builder.streamSpecification;
		this.waitUntilActive = builder.waitUntilActive;
	}

	/** A new, empty builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** A spec filled in by {@code spec} on a new builder. */
	public static UpdateTableSpec of(Consumer<Builder> spec) {
		Builder builder = builder();
		spec.accept(builder);
		return builder.build();
	}

	/** A spec setting new provisioned capacity for the table. */
	public static UpdateTableSpec capacity(long readCapacityUnits, long writeCapacityUnits) {
		return builder().readCapacityUnits(readCapacityUnits).writeCapacityUnits(writeCapacityUnits).build();
	}

	/** A builder holding this spec, to change some of it. */
	public Builder toBuilder() {
		Builder builder = new Builder();
		accept(builder);
		return builder;
	}

	/** Copies this spec onto {@code builder}: a built spec serves wherever a {@code Consumer<Builder>} is taken. */
	@Override
	public void accept(Builder builder) {
		builder.billingMode = billingMode;
		builder.readCapacityUnits = readCapacityUnits;
		builder.writeCapacityUnits = writeCapacityUnits;
		builder.indexCapacityUpdates.clear();
		builder.indexCapacityUpdates.addAll(indexCapacityUpdates);
		builder.indexesToCreate.clear();
		builder.indexesToCreate.addAll(indexesToCreate);
		builder.indexesToDelete.clear();
		builder.indexesToDelete.addAll(indexesToDelete);
		builder.streamSpecification = streamSpecification;
		builder.waitUntilActive = waitUntilActive;
	}

	public @Nullable BillingMode billingMode() {
		return billingMode;
	}

	public @Nullable Long readCapacityUnits() {
		return readCapacityUnits;
	}

	public @Nullable Long writeCapacityUnits() {
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

	public @Nullable StreamSpecification streamSpecification() {
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

	/** Builder of {@link UpdateTableSpec}. */
	public static final class Builder {
		private @Nullable BillingMode billingMode;
		private @Nullable Long readCapacityUnits;
		private @Nullable Long writeCapacityUnits;
		private List<IndexCapacityUpdate> indexCapacityUpdates = new ArrayList<>();
		private List<GlobalSecondaryIndexSpec> indexesToCreate = new ArrayList<>();
		private List<String> indexesToDelete = new ArrayList<>();
		private @Nullable StreamSpecification streamSpecification;
		private @Nullable Duration waitUntilActive;

		private Builder() {
		}

		/** Changes the billing mode. */
		public Builder billingMode(@Nullable BillingMode billingMode) {
			this.billingMode = billingMode;
			return this;
		}

		/** Changes the table's read capacity units. */
		public Builder readCapacityUnits(long units) {
			this.readCapacityUnits = units;
			return this;
		}

		/** Changes the table's write capacity units. */
		public Builder writeCapacityUnits(long units) {
			this.writeCapacityUnits = units;
			return this;
		}

		/** Changes a global secondary index's capacity (PynamoDB's {@code global_secondary_index_updates}). */
		public Builder globalSecondaryIndexUpdate(String indexName, long readCapacityUnits, long writeCapacityUnits) {
			indexCapacityUpdates.add(new IndexCapacityUpdate(indexName, readCapacityUnits, writeCapacityUnits));
			return this;
		}

		/** Creates a global secondary index. */
		public Builder createGlobalSecondaryIndex(String indexName, Consumer<GlobalSecondaryIndexSpec.Builder> index) {
			indexesToCreate.add(GlobalSecondaryIndexSpec.of(indexName, index));
			return this;
		}

		/** Deletes a global secondary index. */
		public Builder deleteGlobalSecondaryIndex(String indexName) {
			indexesToDelete.add(indexName);
			return this;
		}

		/** Enables the stream with the given view type. */
		public Builder streamSpecification(StreamViewType viewType) {
			return streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(viewType).build());
		}

		/** Sets the stream specification as the SDK models it (e.g. {@code streamEnabled(false)} to disable). */
		public Builder streamSpecification(@Nullable StreamSpecification streamSpecification) {
			this.streamSpecification = streamSpecification;
			return this;
		}

		/** Waits (with the SDK waiter) until the table is ACTIVE again, at most {@code timeout}. */
		public Builder waitUntilActive(Duration timeout) {
			this.waitUntilActive = timeout;
			return this;
		}

		/** The spec. */
		public UpdateTableSpec build() {
			return new UpdateTableSpec(this);
		}

	}

}
