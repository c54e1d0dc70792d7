package io.github.dynamoconnection.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What {@code updateTable} should change: GSI capacity (as in PynamoDB), GSI creation and deletion,
 * and (from {@link TableSettingsBase}) table capacity, billing mode, stream and waiting. Fill it in
 * a lambda:
 * <pre>{@code
 * conn.updateTable("table_name", u -> u.globalSecondaryIndexUpdate("index_name", 10, 10));
 * }</pre>
 */
public final class UpdateTableSpec extends TableSettingsBase<UpdateTableSpec.Builder> {

	private final List<IndexCapacityUpdate> indexCapacityUpdates;

	private final List<GlobalSecondaryIndexSpec> indexesToCreate;

	private final List<String> indexesToDelete;

	private UpdateTableSpec(Builder builder) {
		super(builder, UpdateTableSpec::builder);
		this.indexCapacityUpdates = List.copyOf(builder.indexCapacityUpdates);
		this.indexesToCreate = List.copyOf(builder.indexesToCreate);
		this.indexesToDelete = List.copyOf(builder.indexesToDelete);
	}

	/** A new, empty builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** A spec filled in by {@code spec} on a new builder. */
	public static UpdateTableSpec of(Consumer<Builder> spec) {
		return built(UpdateTableSpec.class, spec, UpdateTableSpec::builder, Builder::build);
	}

	/** A spec setting new provisioned capacity for the table. */
	public static UpdateTableSpec capacity(long readCapacityUnits, long writeCapacityUnits) {
		return builder().capacity(ProvisionedCapacity.of(readCapacityUnits, writeCapacityUnits)).build();
	}

	@Override
	protected void copyTo(Builder builder) {
		super.copyTo(builder);
		builder.indexCapacityUpdates.clear();
		builder.indexCapacityUpdates.addAll(indexCapacityUpdates);
		builder.indexesToCreate.clear();
		builder.indexesToCreate.addAll(indexesToCreate);
		builder.indexesToDelete.clear();
		builder.indexesToDelete.addAll(indexesToDelete);
	}

	public List<IndexCapacityUpdate> indexCapacityUpdates() {
		return indexCapacityUpdates;
	}

	public List<GlobalSecondaryIndexSpec> indexesToCreate() {
		return indexesToCreate;
	}

	public List<String> indexesToDelete() {
		return indexesToDelete;
	}

	/**
	 * New capacity for one global secondary index.
	 *
	 * @param indexName the index
	 * @param readCapacityUnits new read units
	 * @param writeCapacityUnits new write units
	 */
	public record IndexCapacityUpdate(String indexName, long readCapacityUnits, long writeCapacityUnits) {

		/** The new capacity as the shared value. */
		public ProvisionedCapacity capacity() {
			return ProvisionedCapacity.of(readCapacityUnits, writeCapacityUnits);
		}

	}

	/** Builder of {@link UpdateTableSpec}. */
	public static final class Builder extends TableSettingsBase.Builder<Builder> {
		private final List<IndexCapacityUpdate> indexCapacityUpdates = new ArrayList<>();
		private final List<GlobalSecondaryIndexSpec> indexesToCreate = new ArrayList<>();
		private final List<String> indexesToDelete = new ArrayList<>();

		private Builder() {
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

		/** The spec. */
		public UpdateTableSpec build() {
			return new UpdateTableSpec(this);
		}

	}

}
