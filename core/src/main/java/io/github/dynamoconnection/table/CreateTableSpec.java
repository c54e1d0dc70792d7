package io.github.dynamoconnection.table;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * What {@code createTable} should create, in PynamoDB's terms: keys, capacity or PAY_PER_REQUEST,
 * global and local secondary indexes, stream, tags, and whether to wait until the table is ACTIVE.
 * Attribute definitions are derived from the keys. Fill it in a lambda:
 * <pre>{@code
 * conn.createTable("Thread", t -> t.hashKey("forum_name", S).rangeKey("subject", S)
 *     .readCapacityUnits(1).writeCapacityUnits(1)
 *     .globalSecondaryIndex("by_author", i -> i.hashKey("author", S).projectKeysOnly())
 *     .waitUntilActive(Duration.ofSeconds(30)));
 * }</pre>
 */
public final class CreateTableSpec implements Consumer<CreateTableSpec.Builder> {

	/** How long {@link #waitUntilActive()} waits. */
	public static final Duration DEFAULT_WAIT = Duration.ofMinutes(2);

	private final @Nullable String hashKeyName;

	private final @Nullable ScalarAttributeType hashKeyType;

	private final @Nullable String rangeKeyName;

	private final @Nullable ScalarAttributeType rangeKeyType;

	private final @Nullable BillingMode billingMode;

	private final @Nullable Long readCapacityUnits;

	private final @Nullable Long writeCapacityUnits;

	private final List<GlobalSecondaryIndexSpec> globalSecondaryIndexes;

	private final List<LocalSecondaryIndexSpec> localSecondaryIndexes;

	private final @Nullable StreamSpecification streamSpecification;

	private final Map<String, String> tags;

	private final @Nullable Duration waitUntilActive;

	private CreateTableSpec(Builder builder) {
		this.hashKeyName = builder.hashKeyName;
		this.hashKeyType = builder.hashKeyType;
		this.rangeKeyName = builder.rangeKeyName;
		this.rangeKeyType = builder.rangeKeyType;
		this.billingMode = builder.billingMode;
		this.readCapacityUnits = builder.readCapacityUnits;
		this.writeCapacityUnits = builder.writeCapacityUnits;
		this.globalSecondaryIndexes = Collections.unmodifiableList(new ArrayList<>(builder.globalSecondaryIndexes));
		this.localSecondaryIndexes = Collections.unmodifiableList(new ArrayList<>(builder.localSecondaryIndexes));
		this.streamSpecification = builder.streamSpecification;
		this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(builder.tags));
		this.waitUntilActive = builder.waitUntilActive;
	}

	/** A new, empty builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** A spec filled in by {@code spec} on a new builder. */
	public static CreateTableSpec of(Consumer<Builder> spec) {
		Builder builder = builder();
		spec.accept(builder);
		return builder.build();
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
		builder.hashKeyName = hashKeyName;
		builder.hashKeyType = hashKeyType;
		builder.rangeKeyName = rangeKeyName;
		builder.rangeKeyType = rangeKeyType;
		builder.billingMode = billingMode;
		builder.readCapacityUnits = readCapacityUnits;
		builder.writeCapacityUnits = writeCapacityUnits;
		builder.globalSecondaryIndexes.clear();
		builder.globalSecondaryIndexes.addAll(globalSecondaryIndexes);
		builder.localSecondaryIndexes.clear();
		builder.localSecondaryIndexes.addAll(localSecondaryIndexes);
		builder.streamSpecification = streamSpecification;
		builder.tags.clear();
		builder.tags.putAll(tags);
		builder.waitUntilActive = waitUntilActive;
	}

	public @Nullable String hashKeyName() {
		return hashKeyName;
	}

	public @Nullable ScalarAttributeType hashKeyType() {
		return hashKeyType;
	}

	public @Nullable String rangeKeyName() {
		return rangeKeyName;
	}

	public @Nullable ScalarAttributeType rangeKeyType() {
		return rangeKeyType;
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

	public List<GlobalSecondaryIndexSpec> globalSecondaryIndexes() {
		return Collections.unmodifiableList(globalSecondaryIndexes);
	}

	public List<LocalSecondaryIndexSpec> localSecondaryIndexes() {
		return Collections.unmodifiableList(localSecondaryIndexes);
	}

	public @Nullable StreamSpecification streamSpecification() {
		return streamSpecification;
	}

	public Map<String, String> tags() {
		return Collections.unmodifiableMap(tags);
	}

	/** How long to wait for ACTIVE, or {@code null} not to wait. */
	public Duration waitTimeout() {
		return waitUntilActive;
	}

	/** Builder of {@link CreateTableSpec}. */
	public static final class Builder {
		private @Nullable String hashKeyName;
		private @Nullable ScalarAttributeType hashKeyType;
		private @Nullable String rangeKeyName;
		private @Nullable ScalarAttributeType rangeKeyType;
		private @Nullable BillingMode billingMode;
		private @Nullable Long readCapacityUnits;
		private @Nullable Long writeCapacityUnits;
		private List<GlobalSecondaryIndexSpec> globalSecondaryIndexes = new ArrayList<>();
		private List<LocalSecondaryIndexSpec> localSecondaryIndexes = new ArrayList<>();
		private @Nullable StreamSpecification streamSpecification;
		private Map<String, String> tags = new LinkedHashMap<>();
		private @Nullable Duration waitUntilActive;

		private Builder() {
		}

		/** Sets the partition key. Required. */
		public Builder hashKey(String name, ScalarAttributeType type) {
			this.hashKeyName = name;
			this.hashKeyType = type;
			return this;
		}

		/** Sets the sort key. */
		public Builder rangeKey(String name, ScalarAttributeType type) {
			this.rangeKeyName = name;
			this.rangeKeyType = type;
			return this;
		}

		/** PROVISIONED or PAY_PER_REQUEST (default: the connection's default, else PROVISIONED when units are given). */
		public Builder billingMode(@Nullable BillingMode billingMode) {
			this.billingMode = billingMode;
			return this;
		}

		/** Read capacity units (PROVISIONED). */
		public Builder readCapacityUnits(long units) {
			this.readCapacityUnits = units;
			return this;
		}

		/** Write capacity units (PROVISIONED). */
		public Builder writeCapacityUnits(long units) {
			this.writeCapacityUnits = units;
			return this;
		}

		/** Adds a global secondary index. */
		public Builder globalSecondaryIndex(String indexName, Consumer<GlobalSecondaryIndexSpec.Builder> index) {
			globalSecondaryIndexes.add(GlobalSecondaryIndexSpec.of(indexName, index));
			return this;
		}

		/** Adds a local secondary index. */
		public Builder localSecondaryIndex(String indexName, Consumer<LocalSecondaryIndexSpec.Builder> index) {
			localSecondaryIndexes.add(LocalSecondaryIndexSpec.of(indexName, index));
			return this;
		}

		/** Enables a stream with the given view type. */
		public Builder streamSpecification(StreamViewType viewType) {
			return streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(viewType).build());
		}

		/** Sets the stream specification as the SDK models it. */
		public Builder streamSpecification(@Nullable StreamSpecification streamSpecification) {
			this.streamSpecification = streamSpecification;
			return this;
		}

		/** Adds tags. */
		public Builder tags(Map<String, String> tags) {
			this.tags.putAll(tags);
			return this;
		}

		/** Adds one tag. */
		public Builder tag(String key, String value) {
			this.tags.put(key, value);
			return this;
		}

		/** Waits (with the SDK waiter) until the table is ACTIVE, at most {@link #DEFAULT_WAIT}. */
		public Builder waitUntilActive() {
			return waitUntilActive(DEFAULT_WAIT);
		}

		/** Waits (with the SDK waiter) until the table is ACTIVE, at most {@code timeout}. */
		public Builder waitUntilActive(Duration timeout) {
			this.waitUntilActive = timeout;
			return this;
		}

		/** The spec. */
		public CreateTableSpec build() {
			return new CreateTableSpec(this);
		}

	}

}
