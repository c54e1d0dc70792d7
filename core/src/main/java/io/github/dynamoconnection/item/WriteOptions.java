package io.github.dynamoconnection.item;

import java.util.function.Consumer;

import io.github.dynamoconnection.expression.Condition;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Options of PutItem, UpdateItem and DeleteItem: condition, return values, item collection
 * metrics, and (from {@link ConditionalOptionsBase}) return values on a failed condition and
 * consumed capacity.
 * Immutable.
 */
public final class WriteOptions extends ConditionalOptionsBase<WriteOptions.Builder> {

	private static final WriteOptions DEFAULTS = builder().build();

	private final @Nullable Condition condition;

	private final @Nullable ReturnValue returnValues;

	private final @Nullable ReturnItemCollectionMetrics returnItemCollectionMetrics;

	private WriteOptions(Builder builder) {
		super(builder, WriteOptions::builder);
		this.condition = builder.condition;
		this.returnValues = builder.returnValues;
		this.returnItemCollectionMetrics = builder.returnItemCollectionMetrics;
	}

	/** Options filled in by {@code options} on a new builder. */
	public static WriteOptions of(Consumer<Builder> options) {
		return built(WriteOptions.class, options, WriteOptions::builder, Builder::build);
	}

	/** No options: DynamoDB's defaults. */
	public static WriteOptions defaults() {
		return DEFAULTS;
	}

	public static Builder builder() {
		return new Builder();
	}

	@Override
	protected void copyTo(Builder builder) {
		super.copyTo(builder);
		builder.condition(condition).returnValues(returnValues)
			.returnItemCollectionMetrics(returnItemCollectionMetrics);
	}

	public @Nullable Condition condition() {
		return condition;
	}

	public @Nullable ReturnValue returnValues() {
		return returnValues;
	}

	public @Nullable ReturnItemCollectionMetrics returnItemCollectionMetrics() {
		return returnItemCollectionMetrics;
	}

	/** Builder of {@link WriteOptions}. */
	public static final class Builder extends ConditionalOptionsBase.Builder<Builder> {

		private @Nullable Condition condition;

		private @Nullable ReturnValue returnValues;

		private @Nullable ReturnItemCollectionMetrics returnItemCollectionMetrics;

		private Builder() {
		}

		/** The write happens only if this condition holds. */
		public Builder condition(@Nullable Condition condition) {
			this.condition = condition;
			return this;
		}

		/** Which attributes to return (DeleteItem accepts only NONE and ALL_OLD). */
		public Builder returnValues(@Nullable ReturnValue returnValues) {
			this.returnValues = returnValues;
			return this;
		}

		/** Whether to return item collection metrics (SIZE, NONE). */
		public Builder returnItemCollectionMetrics(@Nullable ReturnItemCollectionMetrics returnItemCollectionMetrics) {
			this.returnItemCollectionMetrics = returnItemCollectionMetrics;
			return this;
		}

		public WriteOptions build() {
			return new WriteOptions(this);
		}

	}

}
