package io.github.dynamoconnection.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration properties for dynamo-connection, under the {@code dynamodb} prefix. Values are
 * checked as Spring Boot binds them (the properties are their own {@link Validator}); an invalid
 * one fails start-up with Boot's bind validation failure analysis, naming the property, its value,
 * where it came from (file and line) and what it accepts.
 */
@ConfigurationProperties("dynamodb")
public class DynamoDbProperties extends DynamoDbConnectionProperties implements Validator {

	private static final Validator VALIDATOR = new DynamoDbPropertiesValidator();

	/**
	 * Further connections by name (another region or endpoint), each a DynamoDbClient and
	 * Connection bean qualified with the name; every key not set under a name inherits the
	 * top-level dynamodb.* value.
	 */
	private Map<String, NamedConnectionProperties> connections = new LinkedHashMap<>();

	/**
	 * Defaults used by createTable when a call gives no billing mode or capacity.
	 */
	private final Defaults defaults = new Defaults();

	/**
	 * What happens to the declared tables at start-up, unless a table sets its own mode:
	 * embedded creates missing tables on the embedded engine and on a local (loopback)
	 * endpoint and validates them elsewhere; always creates them everywhere; validate only
	 * checks them; never leaves them alone.
	 */
	private TableInitialization tableInitialization = TableInitialization.EMBEDDED;

	/**
	 * Tables declared by name (without the table prefix), created or validated at start-up.
	 */
	private Map<String, Table> tables = new LinkedHashMap<>();

	/**
	 * Health indicator settings.
	 */
	private final Health health = new Health();

	/**
	 * Micrometer metrics settings.
	 */
	private final Metrics metrics = new Metrics();

	/**
	 * Micrometer observation settings (Connection call timers and spans).
	 */
	private final Observations observations = new Observations();

	/**
	 * Embedded engine settings, used when dynamo-connection-embedded is on the class path.
	 */
	private final Embedded embedded = new Embedded();

	/**
	 * Batch call settings (batchWriteItem, batchGetItem, parallelScan).
	 */
	private final Batch batch = new Batch();

	/**
	 * Whether this validator checks objects of a type: these properties and their nested
	 * objects, as Spring Boot binds them.
	 * @param type the type of a bound object
	 * @return whether it is checked
	 */
	@Override
	public boolean supports(Class<?> type) {
		return VALIDATOR.supports(type);
	}

	/**
	 * Checks a bound object: these properties or one of their nested objects.
	 * @param target the bound object
	 * @param errors where rejected values go
	 */
	@Override
	public void validate(Object target, Errors errors) {
		VALIDATOR.validate(target, errors);
	}

	public Map<String, NamedConnectionProperties> getConnections() {
		return this.connections;
	}

	public void setConnections(Map<String, NamedConnectionProperties> connections) {
		this.connections = connections;
	}

	public Defaults getDefaults() {
		return this.defaults;
	}

	public TableInitialization getTableInitialization() {
		return this.tableInitialization;
	}

	public void setTableInitialization(TableInitialization tableInitialization) {
		this.tableInitialization = tableInitialization;
	}

	public Map<String, Table> getTables() {
		return this.tables;
	}

	public void setTables(Map<String, Table> tables) {
		this.tables = tables;
	}

	public Health getHealth() {
		return this.health;
	}

	public Metrics getMetrics() {
		return this.metrics;
	}

	public Observations getObservations() {
		return this.observations;
	}

	public Embedded getEmbedded() {
		return this.embedded;
	}

	public Batch getBatch() {
		return this.batch;
	}

	/**
	 * Credentials: static keys or a profile. Never printed.
	 */
	public static class Credentials {

		/**
		 * AWS access key id for static credentials.
		 */
		private @Nullable String accessKeyId;

		/**
		 * AWS secret access key for static credentials.
		 */
		private @Nullable String secretAccessKey;

		/**
		 * AWS session token, for temporary static credentials.
		 */
		private @Nullable String sessionToken;

		/**
		 * Name of a profile in the AWS shared config and credentials files.
		 */
		private @Nullable String profile;

		public @Nullable String getAccessKeyId() {
			return this.accessKeyId;
		}

		public void setAccessKeyId(@Nullable String accessKeyId) {
			this.accessKeyId = accessKeyId;
		}

		public @Nullable String getSecretAccessKey() {
			return this.secretAccessKey;
		}

		public void setSecretAccessKey(@Nullable String secretAccessKey) {
			this.secretAccessKey = secretAccessKey;
		}

		public @Nullable String getSessionToken() {
			return this.sessionToken;
		}

		public void setSessionToken(@Nullable String sessionToken) {
			this.sessionToken = sessionToken;
		}

		public @Nullable String getProfile() {
			return this.profile;
		}

		public void setProfile(@Nullable String profile) {
			this.profile = profile;
		}

		@Override
		public String toString() {
			return "Credentials[" + ((this.accessKeyId != null) ? "static" : (this.profile != null) ? "profile"
					: "default chain") + "]";
		}

	}

	/**
	 * Retry settings.
	 */
	public static class Retry {

		/**
		 * Retry mode of the SDK client. When not set, the SDK's default (standard).
		 */
		private @Nullable RetryMode mode;

		/**
		 * Maximum number of attempts per call, the first one included.
		 */
		private @Nullable Integer maxAttempts;

		public @Nullable RetryMode getMode() {
			return this.mode;
		}

		public void setMode(@Nullable RetryMode mode) {
			this.mode = mode;
		}

		public @Nullable Integer getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(@Nullable Integer maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

	}

	/**
	 * Capacity defaults for createTable.
	 */
	public static class Defaults {

		/**
		 * Billing mode of tables created without one.
		 */
		private BillingMode billingMode = BillingMode.PAY_PER_REQUEST;

		/**
		 * Provisioned read capacity units of tables created without any.
		 */
		private @Nullable Long readCapacityUnits;

		/**
		 * Provisioned write capacity units of tables created without any.
		 */
		private @Nullable Long writeCapacityUnits;

		public BillingMode getBillingMode() {
			return this.billingMode;
		}

		public void setBillingMode(BillingMode billingMode) {
			this.billingMode = billingMode;
		}

		public @Nullable Long getReadCapacityUnits() {
			return this.readCapacityUnits;
		}

		public void setReadCapacityUnits(@Nullable Long readCapacityUnits) {
			this.readCapacityUnits = readCapacityUnits;
		}

		public @Nullable Long getWriteCapacityUnits() {
			return this.writeCapacityUnits;
		}

		public void setWriteCapacityUnits(@Nullable Long writeCapacityUnits) {
			this.writeCapacityUnits = writeCapacityUnits;
		}

	}

	/**
	 * Batch call settings.
	 */
	public static class Batch {

		/**
		 * Most requests one batch call (batchWriteItem, batchGetItem, or segments of a
		 * parallelScan) keeps in flight. Default: 8, or max-pool-connections when smaller.
		 */
		private @Nullable Integer concurrency;

		public @Nullable Integer getConcurrency() {
			return this.concurrency;
		}

		public void setConcurrency(@Nullable Integer concurrency) {
			this.concurrency = concurrency;
		}

	}

	/**
	 * A table declared in configuration.
	 */
	public static class Table {

		/**
		 * What to do with this table at start-up. When not set, dynamodb.table-initialization
		 * decides.
		 */
		private @Nullable TableMode mode;

		/**
		 * Partition (hash) key attribute.
		 */
		private final KeyAttribute hashKey = new KeyAttribute();

		/**
		 * Sort (range) key attribute, if the table has one.
		 */
		private final KeyAttribute rangeKey = new KeyAttribute();

		/**
		 * Billing mode. When not set, dynamodb.defaults.billing-mode.
		 */
		private @Nullable BillingMode billingMode;

		/**
		 * Provisioned read capacity units. When not set, dynamodb.defaults.read-capacity-units.
		 */
		private @Nullable Long readCapacityUnits;

		/**
		 * Provisioned write capacity units. When not set, dynamodb.defaults.write-capacity-units.
		 */
		private @Nullable Long writeCapacityUnits;

		/**
		 * Name of the attribute holding the expiry time (epoch seconds); enables time to live.
		 */
		private @Nullable String ttlAttribute;

		/**
		 * What the table's stream records of each item change; enables a stream. When not set,
		 * no stream is declared (an existing one is left alone).
		 */
		private @Nullable StreamViewType streamViewType;

		/**
		 * Global secondary indexes, by index name.
		 */
		private Map<String, GlobalIndex> globalIndexes = new LinkedHashMap<>();

		/**
		 * Local secondary indexes, by index name.
		 */
		private Map<String, LocalIndex> localIndexes = new LinkedHashMap<>();

		public @Nullable TableMode getMode() {
			return this.mode;
		}

		public void setMode(@Nullable TableMode mode) {
			this.mode = mode;
		}

		public KeyAttribute getHashKey() {
			return this.hashKey;
		}

		public KeyAttribute getRangeKey() {
			return this.rangeKey;
		}

		public @Nullable BillingMode getBillingMode() {
			return this.billingMode;
		}

		public void setBillingMode(@Nullable BillingMode billingMode) {
			this.billingMode = billingMode;
		}

		public @Nullable Long getReadCapacityUnits() {
			return this.readCapacityUnits;
		}

		public void setReadCapacityUnits(@Nullable Long readCapacityUnits) {
			this.readCapacityUnits = readCapacityUnits;
		}

		public @Nullable Long getWriteCapacityUnits() {
			return this.writeCapacityUnits;
		}

		public void setWriteCapacityUnits(@Nullable Long writeCapacityUnits) {
			this.writeCapacityUnits = writeCapacityUnits;
		}

		public @Nullable String getTtlAttribute() {
			return this.ttlAttribute;
		}

		public void setTtlAttribute(@Nullable String ttlAttribute) {
			this.ttlAttribute = ttlAttribute;
		}

		public @Nullable StreamViewType getStreamViewType() {
			return this.streamViewType;
		}

		public void setStreamViewType(@Nullable StreamViewType streamViewType) {
			this.streamViewType = streamViewType;
		}

		public Map<String, GlobalIndex> getGlobalIndexes() {
			return this.globalIndexes;
		}

		public void setGlobalIndexes(Map<String, GlobalIndex> globalIndexes) {
			this.globalIndexes = globalIndexes;
		}

		public Map<String, LocalIndex> getLocalIndexes() {
			return this.localIndexes;
		}

		public void setLocalIndexes(Map<String, LocalIndex> localIndexes) {
			this.localIndexes = localIndexes;
		}

	}

	/**
	 * A key attribute: name and scalar type.
	 */
	public static class KeyAttribute {

		/**
		 * Attribute name.
		 */
		private @Nullable String name;

		/**
		 * Attribute type: S (string), N (number) or B (binary).
		 */
		private AttributeType type = AttributeType.S;

		public @Nullable String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public AttributeType getType() {
			return this.type;
		}

		public void setType(AttributeType type) {
			this.type = type;
		}

	}

	/**
	 * A global secondary index.
	 */
	public static class GlobalIndex {

		/**
		 * Partition (hash) key attribute of the index.
		 */
		private final KeyAttribute hashKey = new KeyAttribute();

		/**
		 * Sort (range) key attribute of the index, if any.
		 */
		private final KeyAttribute rangeKey = new KeyAttribute();

		/**
		 * Partition key attributes of a multi-attribute index key, in order (up to 4); instead
		 * of hash-key.
		 */
		private List<KeyAttribute> hashKeys = new ArrayList<>();

		/**
		 * Sort key attributes of a multi-attribute index key, in order (up to 4); instead of
		 * range-key.
		 */
		private List<KeyAttribute> rangeKeys = new ArrayList<>();

		/**
		 * Attributes projected into the index.
		 */
		private ProjectionType projection = ProjectionType.ALL;

		/**
		 * Non-key attributes projected when the projection is include.
		 */
		private List<String> nonKeyAttributes = new ArrayList<>();

		/**
		 * Provisioned read capacity units of the index (provisioned tables only). When not
		 * set, the table's.
		 */
		private @Nullable Long readCapacityUnits;

		/**
		 * Provisioned write capacity units of the index (provisioned tables only). When not
		 * set, the table's.
		 */
		private @Nullable Long writeCapacityUnits;

		public KeyAttribute getHashKey() {
			return this.hashKey;
		}

		public KeyAttribute getRangeKey() {
			return this.rangeKey;
		}

		public List<KeyAttribute> getHashKeys() {
			return this.hashKeys;
		}

		public void setHashKeys(List<KeyAttribute> hashKeys) {
			this.hashKeys = hashKeys;
		}

		public List<KeyAttribute> getRangeKeys() {
			return this.rangeKeys;
		}

		public void setRangeKeys(List<KeyAttribute> rangeKeys) {
			this.rangeKeys = rangeKeys;
		}

		public ProjectionType getProjection() {
			return this.projection;
		}

		public void setProjection(ProjectionType projection) {
			this.projection = projection;
		}

		public List<String> getNonKeyAttributes() {
			return this.nonKeyAttributes;
		}

		public void setNonKeyAttributes(List<String> nonKeyAttributes) {
			this.nonKeyAttributes = nonKeyAttributes;
		}

		public @Nullable Long getReadCapacityUnits() {
			return this.readCapacityUnits;
		}

		public void setReadCapacityUnits(@Nullable Long readCapacityUnits) {
			this.readCapacityUnits = readCapacityUnits;
		}

		public @Nullable Long getWriteCapacityUnits() {
			return this.writeCapacityUnits;
		}

		public void setWriteCapacityUnits(@Nullable Long writeCapacityUnits) {
			this.writeCapacityUnits = writeCapacityUnits;
		}

	}

	/**
	 * A local secondary index: the table's partition key with another sort key.
	 */
	public static class LocalIndex {

		/**
		 * Sort (range) key attribute of the index.
		 */
		private final KeyAttribute rangeKey = new KeyAttribute();

		/**
		 * Attributes projected into the index.
		 */
		private ProjectionType projection = ProjectionType.ALL;

		/**
		 * Non-key attributes projected when the projection is include.
		 */
		private List<String> nonKeyAttributes = new ArrayList<>();

		public KeyAttribute getRangeKey() {
			return this.rangeKey;
		}

		public ProjectionType getProjection() {
			return this.projection;
		}

		public void setProjection(ProjectionType projection) {
			this.projection = projection;
		}

		public List<String> getNonKeyAttributes() {
			return this.nonKeyAttributes;
		}

		public void setNonKeyAttributes(List<String> nonKeyAttributes) {
			this.nonKeyAttributes = nonKeyAttributes;
		}

	}

	/**
	 * Health indicator settings.
	 */
	public static class Health {

		/**
		 * Tables (without the table prefix) whose status the health indicator checks with
		 * DescribeTable. When empty, one ListTables call with limit 1 is made.
		 */
		private List<String> tables = new ArrayList<>();

		/**
		 * Time limit of the health check; a slower endpoint is reported DOWN.
		 */
		private Duration timeout = Duration.ofSeconds(2);

		public List<String> getTables() {
			return this.tables;
		}

		public void setTables(List<String> tables) {
			this.tables = tables;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

	/**
	 * Micrometer observation settings.
	 */
	public static class Observations {

		/**
		 * Whether every Connection call is an observation ("dynamodb.connection.call": one
		 * timer, and a span when tracing is set up) when an ObservationRegistry or a
		 * MeterRegistry is available.
		 */
		private boolean enabled = true;

		/**
		 * Whether calls made on the SDK client directly (not through a Connection) are
		 * observations too ("dynamodb.client.call").
		 */
		private boolean clientCalls = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public boolean isClientCalls() {
			return this.clientCalls;
		}

		public void setClientCalls(boolean clientCalls) {
			this.clientCalls = clientCalls;
		}

	}

	/**
	 * Micrometer metrics settings.
	 */
	public static class Metrics {

		/**
		 * Whether to record SDK client and Connection metrics when a MeterRegistry is
		 * available.
		 */
		private boolean enabled = true;

		/**
		 * HTTP connection pool gauges.
		 */
		private final HttpPool httpPool = new HttpPool();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public HttpPool getHttpPool() {
			return this.httpPool;
		}

	}

	/**
	 * HTTP connection pool gauges ("dynamodb.metrics.http-pool"), which only the SDK's metric
	 * collection reports.
	 */
	public static class HttpPool {

		/**
		 * Whether to record the HTTP connection pool gauges (leased, available, pending, max).
		 * They need an SDK MetricPublisher, which makes the SDK collect metrics on every call
		 * and attempt: a few percent of a call's time.
		 */
		private boolean enabled;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Embedded engine settings.
	 */
	public static class Embedded {

		/**
		 * Whether to start the embedded engine and use it. When not set, it is the default
		 * only in development and tests with no dynamodb.host set (not in a packaged
		 * application, refused on AWS compute); true uses it even then, false never.
		 */
		private @Nullable Boolean enabled;

		/**
		 * Port on 127.0.0.1 where the embedded engine also serves HTTP, for other tools (0
		 * picks a free port). When not set, the engine is in-process only.
		 */
		private @Nullable Integer port;

		/**
		 * Directory where the embedded engine persists its tables. When not set, data lives
		 * in memory only.
		 */
		private @Nullable Path dataDir;

		public @Nullable Boolean getEnabled() {
			return this.enabled;
		}

		public void setEnabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable Integer getPort() {
			return this.port;
		}

		public void setPort(@Nullable Integer port) {
			this.port = port;
		}

		public @Nullable Path getDataDir() {
			return this.dataDir;
		}

		public void setDataDir(@Nullable Path dataDir) {
			this.dataDir = dataDir;
		}

	}

	/**
	 * Retry modes of the SDK client.
	 */
	public enum RetryMode {

		/**
		 * Standard retries with exponential backoff and a retry quota.
		 */
		STANDARD,

		/**
		 * Standard retries plus client-side rate limiting when throttled.
		 */
		ADAPTIVE,

		/**
		 * The SDK's legacy retry behaviour.
		 */
		LEGACY

	}

	/**
	 * Billing modes of a table.
	 */
	public enum BillingMode {

		/**
		 * On-demand capacity.
		 */
		PAY_PER_REQUEST,

		/**
		 * Provisioned read and write capacity units.
		 */
		PROVISIONED

	}

	/**
	 * What happens to the declared tables at start-up, following spring.sql.init.mode.
	 */
	public enum TableInitialization {

		/**
		 * Create missing tables on the embedded engine and on a local (loopback) endpoint;
		 * validate them anywhere else.
		 */
		EMBEDDED,

		/**
		 * Create missing tables on any endpoint.
		 */
		ALWAYS,

		/**
		 * Require the tables to exist and match their declaration.
		 */
		VALIDATE,

		/**
		 * Leave the tables alone.
		 */
		NEVER

	}

	/**
	 * What happens to a declared table at start-up.
	 */
	public enum TableMode {

		/**
		 * Create the table when it does not exist, then check it like validate.
		 */
		CREATE_IF_MISSING,

		/**
		 * Require the table to exist and match its declaration.
		 */
		VALIDATE,

		/**
		 * Do nothing.
		 */
		NONE

	}

	/**
	 * Scalar types a key attribute can have.
	 */
	public enum AttributeType {

		/**
		 * String.
		 */
		S,

		/**
		 * Number.
		 */
		N,

		/**
		 * Binary.
		 */
		B

	}

	/**
	 * What a table's stream records of each item change.
	 */
	public enum StreamViewType {

		/**
		 * Only the key attributes of the changed item.
		 */
		KEYS_ONLY,

		/**
		 * The item as it is after the change.
		 */
		NEW_IMAGE,

		/**
		 * The item as it was before the change.
		 */
		OLD_IMAGE,

		/**
		 * The item before and after the change.
		 */
		NEW_AND_OLD_IMAGES

	}

	/**
	 * Projections of a secondary index.
	 */
	public enum ProjectionType {

		/**
		 * Every attribute.
		 */
		ALL,

		/**
		 * Only the index and table keys.
		 */
		KEYS_ONLY,

		/**
		 * The keys plus the listed non-key attributes.
		 */
		INCLUDE

	}

}
