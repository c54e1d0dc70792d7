package io.github.dynamoconnection.item;

import java.util.function.Consumer;

import io.github.dynamoconnection.expression.Projection;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Options of GetItem: consistent read, projection, consumed capacity.
 */
public final class GetItemOptions implements Consumer<GetItemOptions.Builder> {

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
	public static GetItemOptions of(Consumer<Builder> options) {
		Builder builder = builder();
		options.accept(builder);
		return builder.build();
	}

	/** No options: DynamoDB's defaults. */
	public static GetItemOptions defaults() {
		return DEFAULTS;
	}

	/** A builder holding these options, to change some of them. */
	public Builder toBuilder() {
		Builder builder = new Builder();
		accept(builder);
		return builder;
	}

	/** Copies these options onto {@code builder}: built options serve wherever a {@code Consumer<Builder>} is taken. */
	@Override
	public void accept(Builder builder) {
		builder.consistentRead(consistentRead).projection(projection).returnConsumedCapacity(returnConsumedCapacity);
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
