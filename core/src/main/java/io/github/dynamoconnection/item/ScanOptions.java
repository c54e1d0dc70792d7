package io.github.dynamoconnection.item;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Options of Scan: segment and total segments, plus the paged-read options of
 * {@link PagedReadOptionsBase} (filter, projection, consistent read, exclusive start key, index,
 * limit per page, select, consumed capacity). Immutable.
 */
public final class ScanOptions extends PagedReadOptionsBase<ScanOptions.Builder> {

	private static final ScanOptions DEFAULTS = builder().build();

	private final @Nullable Integer segment;

	private final @Nullable Integer totalSegments;

	private ScanOptions(Builder builder) {
		super(builder, ScanOptions::builder);
		this.segment = builder.segment;
		this.totalSegments = builder.totalSegments;
	}

	/** Options filled in by {@code options} on a new builder. */
	public static ScanOptions of(Consumer<Builder> options) {
		return built(ScanOptions.class, options, ScanOptions::builder, Builder::build);
	}

	/** No options: DynamoDB's defaults. */
	public static ScanOptions defaults() {
		return DEFAULTS;
	}

	public static Builder builder() {
		return new Builder();
	}

	@Override
	protected void copyTo(Builder builder) {
		super.copyTo(builder);
		builder.segment(segment, totalSegments);
	}

	public @Nullable Integer segment() {
		return segment;
	}

	public @Nullable Integer totalSegments() {
		return totalSegments;
	}

	/** Builder of {@link ScanOptions}. */
	public static final class Builder extends PagedReadOptionsBase.Builder<Builder> {

		private @Nullable Integer segment;

		private @Nullable Integer totalSegments;

		private Builder() {
		}

		/** Scan only segment {@code segment} of {@code totalSegments} (both or neither). */
		public Builder segment(@Nullable Integer segment, @Nullable Integer totalSegments) {
			this.segment = segment;
			this.totalSegments = totalSegments;
			return this;
		}

		public ScanOptions build() {
			return new ScanOptions(this);
		}

	}

}
