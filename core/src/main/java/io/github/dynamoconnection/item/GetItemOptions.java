package io.github.dynamoconnection.item;

import java.util.function.Consumer;

/**
 * Options of GetItem: consistent read, projection, consumed capacity (all from
 * {@link ReadOptionsBase}). Immutable.
 */
public final class GetItemOptions extends ReadOptionsBase<GetItemOptions.Builder> {

	private static final GetItemOptions DEFAULTS = builder().build();

	private GetItemOptions(Builder builder) {
		super(builder, GetItemOptions::builder);
	}

	/** Options filled in by {@code options} on a new builder. */
	public static GetItemOptions of(Consumer<Builder> options) {
		return built(GetItemOptions.class, options, GetItemOptions::builder, Builder::build);
	}

	/** No options: DynamoDB's defaults. */
	public static GetItemOptions defaults() {
		return DEFAULTS;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Builder of {@link GetItemOptions}. */
	public static final class Builder extends ReadOptionsBase.Builder<Builder> {

		private Builder() {
		}

		public GetItemOptions build() {
			return new GetItemOptions(this);
		}

	}

}
