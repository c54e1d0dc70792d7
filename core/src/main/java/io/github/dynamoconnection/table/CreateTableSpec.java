package io.github.dynamoconnection.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * What {@code createTable} should create, in PynamoDB's terms: keys, global and local secondary
 * indexes, tags, and (from {@link TableSettingsBase}) capacity or PAY_PER_REQUEST, stream, and
 * whether to wait until the table is ACTIVE. Attribute definitions are derived from the keys. Fill
 * it in a lambda:
 * <pre>{@code
 * conn.createTable("Thread", t -> t.hashKey("forum_name", S).rangeKey("subject", S)
 *     .readCapacityUnits(1).writeCapacityUnits(1)
 *     .globalSecondaryIndex("by_author", i -> i.hashKey("author", S).projectKeysOnly())
 *     .waitUntilActive(Duration.ofSeconds(30)));
 * }</pre>
 */
public final class CreateTableSpec extends TableSettingsBase<CreateTableSpec.Builder> {

	private final @Nullable IndexKeyAttribute hashKey;

	private final @Nullable IndexKeyAttribute rangeKey;

	private final List<GlobalSecondaryIndexSpec> globalSecondaryIndexes;

	private final List<LocalSecondaryIndexSpec> localSecondaryIndexes;

	private final Map<String, String> tags;

	private CreateTableSpec(Builder builder) {
		super(builder, CreateTableSpec::builder);
		this.hashKey = builder.hashKey;
		this.rangeKey = builder.rangeKey;
		this.globalSecondaryIndexes = List.copyOf(builder.globalSecondaryIndexes);
		this.localSecondaryIndexes = List.copyOf(builder.localSecondaryIndexes);
		this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(builder.tags));
	}

	/** A new, empty builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** A spec filled in by {@code spec} on a new builder. */
	public static CreateTableSpec of(Consumer<Builder> spec) {
		return built(CreateTableSpec.class, spec, CreateTableSpec::builder, Builder::build);
	}

	@Override
	protected void copyTo(Builder builder) {
		super.copyTo(builder);
		builder.hashKey = hashKey;
		builder.rangeKey = rangeKey;
		builder.globalSecondaryIndexes.clear();
		builder.globalSecondaryIndexes.addAll(globalSecondaryIndexes);
		builder.localSecondaryIndexes.clear();
		builder.localSecondaryIndexes.addAll(localSecondaryIndexes);
		builder.tags.clear();
		builder.tags.putAll(tags);
	}

	public @Nullable String hashKeyName() {
		return (hashKey != null) ? hashKey.name() : null;
	}

	public @Nullable ScalarAttributeType hashKeyType() {
		return (hashKey != null) ? hashKey.type() : null;
	}

	public @Nullable String rangeKeyName() {
		return (rangeKey != null) ? rangeKey.name() : null;
	}

	public @Nullable ScalarAttributeType rangeKeyType() {
		return (rangeKey != null) ? rangeKey.type() : null;
	}

	public List<GlobalSecondaryIndexSpec> globalSecondaryIndexes() {
		return globalSecondaryIndexes;
	}

	public List<LocalSecondaryIndexSpec> localSecondaryIndexes() {
		return localSecondaryIndexes;
	}

	/** The tags, in the order given. */
	public Map<String, String> tags() {
		return tags;
	}

	/** Builder of {@link CreateTableSpec}. */
	public static final class Builder extends TableSettingsBase.Builder<Builder> {
		private @Nullable IndexKeyAttribute hashKey;
		private @Nullable IndexKeyAttribute rangeKey;
		private final List<GlobalSecondaryIndexSpec> globalSecondaryIndexes = new ArrayList<>();
		private final List<LocalSecondaryIndexSpec> localSecondaryIndexes = new ArrayList<>();
		private final Map<String, String> tags = new LinkedHashMap<>();

		private Builder() {
		}

		/** Sets the partition key. Required. */
		public Builder hashKey(String name, ScalarAttributeType type) {
			this.hashKey = new IndexKeyAttribute(name, type);
			return this;
		}

		/** Sets the sort key. */
		public Builder rangeKey(String name, ScalarAttributeType type) {
			this.rangeKey = new IndexKeyAttribute(name, type);
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

		/** The spec. */
		public CreateTableSpec build() {
			return new CreateTableSpec(this);
		}

	}

}
