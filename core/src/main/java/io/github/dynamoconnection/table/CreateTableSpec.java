package io.github.dynamoconnection.table;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
public final class CreateTableSpec {

	/** How long {@link #waitUntilActive()} waits. */
	public static final Duration DEFAULT_WAIT = Duration.ofMinutes(2);

	private String hashKeyName;

	private ScalarAttributeType hashKeyType;

	private String rangeKeyName;

	private ScalarAttributeType rangeKeyType;

	private BillingMode billingMode;

	private Long readCapacityUnits;

	private Long writeCapacityUnits;

	private final List<GlobalSecondaryIndexSpec> globalSecondaryIndexes = new ArrayList<>();

	private final List<LocalSecondaryIndexSpec> localSecondaryIndexes = new ArrayList<>();

	private StreamSpecification streamSpecification;

	private final Map<String, String> tags = new LinkedHashMap<>();

	private Duration waitUntilActive;

	/** A spec filled in by {@code spec}. */
	public static CreateTableSpec of(java.util.function.Consumer<CreateTableSpec> spec) {
		CreateTableSpec filled = new CreateTableSpec();
		spec.accept(filled);
		return filled;
	}

	/** Sets the partition key. Required. */
	public CreateTableSpec hashKey(String name, ScalarAttributeType type) {
		this.hashKeyName = name;
		this.hashKeyType = type;
		return this;
	}

	/** Sets the sort key. */
	public CreateTableSpec rangeKey(String name, ScalarAttributeType type) {
		this.rangeKeyName = name;
		this.rangeKeyType = type;
		return this;
	}

	/** PROVISIONED or PAY_PER_REQUEST (default: the connection's default, else PROVISIONED when units are given). */
	public CreateTableSpec billingMode(BillingMode billingMode) {
		this.billingMode = billingMode;
		return this;
	}

	/** Read capacity units (PROVISIONED). */
	public CreateTableSpec readCapacityUnits(long units) {
		this.readCapacityUnits = units;
		return this;
	}

	/** Write capacity units (PROVISIONED). */
	public CreateTableSpec writeCapacityUnits(long units) {
		this.writeCapacityUnits = units;
		return this;
	}

	/** Adds a global secondary index. */
	public CreateTableSpec globalSecondaryIndex(String indexName, Consumer<GlobalSecondaryIndexSpec> index) {
		GlobalSecondaryIndexSpec spec = new GlobalSecondaryIndexSpec(indexName);
		index.accept(spec);
		globalSecondaryIndexes.add(spec);
		return this;
	}

	/** Adds a local secondary index. */
	public CreateTableSpec localSecondaryIndex(String indexName, Consumer<LocalSecondaryIndexSpec> index) {
		LocalSecondaryIndexSpec spec = new LocalSecondaryIndexSpec(indexName);
		index.accept(spec);
		localSecondaryIndexes.add(spec);
		return this;
	}

	/** Enables a stream with the given view type. */
	public CreateTableSpec streamSpecification(StreamViewType viewType) {
		return streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(viewType).build());
	}

	/** Sets the stream specification as the SDK models it. */
	public CreateTableSpec streamSpecification(StreamSpecification streamSpecification) {
		this.streamSpecification = streamSpecification;
		return this;
	}

	/** Adds tags. */
	public CreateTableSpec tags(Map<String, String> tags) {
		this.tags.putAll(tags);
		return this;
	}

	/** Adds one tag. */
	public CreateTableSpec tag(String key, String value) {
		this.tags.put(key, value);
		return this;
	}

	/** Waits (with the SDK waiter) until the table is ACTIVE, at most {@link #DEFAULT_WAIT}. */
	public CreateTableSpec waitUntilActive() {
		return waitUntilActive(DEFAULT_WAIT);
	}

	/** Waits (with the SDK waiter) until the table is ACTIVE, at most {@code timeout}. */
	public CreateTableSpec waitUntilActive(Duration timeout) {
		this.waitUntilActive = timeout;
		return this;
	}

	public String hashKeyName() {
		return hashKeyName;
	}

	public ScalarAttributeType hashKeyType() {
		return hashKeyType;
	}

	public String rangeKeyName() {
		return rangeKeyName;
	}

	public ScalarAttributeType rangeKeyType() {
		return rangeKeyType;
	}

	public BillingMode billingMode() {
		return billingMode;
	}

	public Long readCapacityUnits() {
		return readCapacityUnits;
	}

	public Long writeCapacityUnits() {
		return writeCapacityUnits;
	}

	public List<GlobalSecondaryIndexSpec> globalSecondaryIndexes() {
		return Collections.unmodifiableList(globalSecondaryIndexes);
	}

	public List<LocalSecondaryIndexSpec> localSecondaryIndexes() {
		return Collections.unmodifiableList(localSecondaryIndexes);
	}

	public StreamSpecification streamSpecification() {
		return streamSpecification;
	}

	public Map<String, String> tags() {
		return Collections.unmodifiableMap(tags);
	}

	/** How long to wait for ACTIVE, or {@code null} not to wait. */
	public Duration waitTimeout() {
		return waitUntilActive;
	}

}
