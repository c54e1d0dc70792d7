package io.github.dynamoconnection.table;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.dynamoconnection.spec.SpecBase;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * What {@link CreateTableSpec} and {@link UpdateTableSpec} share: billing mode, provisioned
 * capacity, stream, and how long to wait until the table is ACTIVE (the copying steps come from
 * {@link SpecBase}).
 *
 * @param <B> the builder of the concrete spec
 */
public abstract class TableSettingsBase<B extends TableSettingsBase.Builder<B>> extends SpecBase<B>
		implements CapacityHolder {

	/** How long {@code waitUntilActive()} waits. */
	public static final Duration DEFAULT_WAIT = Duration.ofMinutes(2);

	private final @Nullable BillingMode billingMode;

	private final ProvisionedCapacity capacity;

	private final @Nullable StreamSpecification streamSpecification;

	private final @Nullable Duration waitUntilActive;

	protected TableSettingsBase(Builder<?> builder, Supplier<B> newBuilder) {
		super(newBuilder);
		this.billingMode = builder.billingMode;
		this.capacity = builder.capacity;
		this.streamSpecification = builder.streamSpecification;
		this.waitUntilActive = builder.waitUntilActive;
	}

	@Override
	protected void copyTo(B builder) {
		builder.billingMode(billingMode).capacity(capacity).streamSpecification(streamSpecification);
		((Builder<?>) builder).waitUntilActive = waitUntilActive;
	}

	public @Nullable BillingMode billingMode() {
		return billingMode;
	}

	/** The table's provisioned capacity (unset parts: the connection's defaults, or unchanged on update). */
	@Override
	public ProvisionedCapacity capacity() {
		return capacity;
	}

	public @Nullable StreamSpecification streamSpecification() {
		return streamSpecification;
	}

	/** How long to wait for ACTIVE, or {@code null} not to wait. */
	public @Nullable Duration waitTimeout() {
		return waitUntilActive;
	}

	/**
	 * The setters both table builders share.
	 *
	 * @param <S> the concrete builder
	 */
	public abstract static class Builder<S extends Builder<S>> extends SpecBase.Builder<S> {

		private @Nullable BillingMode billingMode;

		private ProvisionedCapacity capacity = ProvisionedCapacity.unset();

		private @Nullable StreamSpecification streamSpecification;

		private @Nullable Duration waitUntilActive;

		protected Builder() {
		}

		/**
		 * PROVISIONED or PAY_PER_REQUEST (on create, default: the connection's default, else PROVISIONED
		 * when units are given; on update, default: unchanged).
		 */
		public S billingMode(@Nullable BillingMode billingMode) {
			this.billingMode = billingMode;
			return self();
		}

		/** Sets the table's provisioned capacity. */
		public S capacity(ProvisionedCapacity capacity) {
			this.capacity = capacity;
			return self();
		}

		/** Read capacity units (PROVISIONED). */
		public S readCapacityUnits(long units) {
			return capacity(capacity.withReadCapacityUnits(units));
		}

		/** Write capacity units (PROVISIONED). */
		public S writeCapacityUnits(long units) {
			return capacity(capacity.withWriteCapacityUnits(units));
		}

		/** Enables the stream with the given view type. */
		public S streamSpecification(StreamViewType viewType) {
			return streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(viewType).build());
		}

		/** Sets the stream specification as the SDK models it (e.g. {@code streamEnabled(false)} to disable). */
		public S streamSpecification(@Nullable StreamSpecification streamSpecification) {
			this.streamSpecification = streamSpecification;
			return self();
		}

		/** Waits (with the SDK waiter) until the table is ACTIVE, at most {@link TableSettingsBase#DEFAULT_WAIT}. */
		public S waitUntilActive() {
			return waitUntilActive(DEFAULT_WAIT);
		}

		/** Waits (with the SDK waiter) until the table is ACTIVE, at most {@code timeout}. */
		public S waitUntilActive(Duration timeout) {
			this.waitUntilActive = timeout;
			return self();
		}

	}

}
