package io.github.dynamoconnection.item;

import io.github.dynamoconnection.expression.Projection;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Options of GetItem: consistent read, projection, consumed capacity.
 */
public final class GetItemOptions {

	private static final GetItemOptions DEFAULTS = builder().build();

	private final Boolean consistentRead;

	private final Projection projection;

	private final ReturnConsumedCapacity returnConsumedCapacity;

	private GetItemOptions(Builder builder) {
		this.consistentRead = builder.consistentRead;
		this.projection = builder.projection;
		this.returnConsumedCapacity = builder.returnConsumedCapacity;
	}

	/** Options filled in by {@code options} on a new builder. */
	public static GetItemOptions of(java.util.function.Consumer<Builder> options) {
		Builder builder = builder();
		options.accept(builder);
		return builder.build();
	}

	/** No options: DynamoDB's defaults. */
	public static GetItemOptions defaults() {
		return DEFAULTS;
	}

	public static Builder builder() {
		return new Builder();
	}

	public Boolean consistentRead() {
		return consistentRead;
	}

	public Projection projection() {
		return projection;
	}

	public ReturnConsumedCapacity returnConsumedCapacity() {
		return returnConsumedCapacity;
	}

	/** Builder of {@link GetItemOptions}. */
	public static final class Builder {

		private Boolean consistentRead;

		private Projection projection;

		private ReturnConsumedCapacity returnConsumedCapacity;

		private Builder() {
		}

		/** Strongly consistent read. */
		public Builder consistentRead(Boolean consistentRead) {
			this.consistentRead = consistentRead;
			return this;
		}

		/** Only these attributes. */
		public Builder projection(Projection projection) {
			this.projection = projection;
			return this;
		}

		/** Only these attributes (document paths allowed). */
		public Builder projection(String... attributes) {
			return projection(Projection.of(attributes));
		}

		/** Whether to return consumed capacity (INDEXES, TOTAL, NONE). */
		public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
			this.returnConsumedCapacity = returnConsumedCapacity;
			return this;
		}

		public GetItemOptions build() {
			return new GetItemOptions(this);
		}

	}

}
