package io.github.dynamoconnection.statement;

import java.util.function.Consumer;

import io.github.dynamoconnection.item.ConditionalOptionsBase;
import org.jspecify.annotations.Nullable;

/**
 * Options of ExecuteStatement: consistent read, page token and limit, and (from
 * {@link ConditionalOptionsBase}) return values on a failed condition and consumed capacity. Immutable.
 */
public final class StatementOptions extends ConditionalOptionsBase<StatementOptions.Builder> {

	private static final StatementOptions DEFAULTS = builder().build();

	private final @Nullable Boolean consistentRead;

	private final @Nullable String nextToken;

	private final @Nullable Integer limit;

	private StatementOptions(Builder builder) {
		super(builder, StatementOptions::builder);
		this.consistentRead = builder.consistentRead;
		this.nextToken = builder.nextToken;
		this.limit = builder.limit;
	}

	/** Options filled in by {@code options} on a new builder. */
	public static StatementOptions of(Consumer<Builder> options) {
		return built(StatementOptions.class, options, StatementOptions::builder, Builder::build);
	}

	/** No options. */
	public static StatementOptions defaults() {
		return DEFAULTS;
	}

	public static Builder builder() {
		return new Builder();
	}

	@Override
	protected void copyTo(Builder builder) {
		super.copyTo(builder);
		builder.consistentRead(consistentRead).nextToken(nextToken).limit(limit);
	}

	public @Nullable Boolean consistentRead() {
		return consistentRead;
	}

	public @Nullable String nextToken() {
		return nextToken;
	}

	public @Nullable Integer limit() {
		return limit;
	}

	/** Builder of {@link StatementOptions}. */
	public static final class Builder extends ConditionalOptionsBase.Builder<Builder> {

		private @Nullable Boolean consistentRead;

		private @Nullable String nextToken;

		private @Nullable Integer limit;

		private Builder() {
		}

		/** Strongly consistent read. */
		public Builder consistentRead(@Nullable Boolean consistentRead) {
			this.consistentRead = consistentRead;
			return this;
		}

		/** Continue from a previous result's {@code nextToken()}. */
		public Builder nextToken(@Nullable String nextToken) {
			this.nextToken = nextToken;
			return this;
		}

		/** At most this many items evaluated. */
		public Builder limit(@Nullable Integer limit) {
			this.limit = limit;
			return this;
		}

		public StatementOptions build() {
			return new StatementOptions(this);
		}

	}

}
