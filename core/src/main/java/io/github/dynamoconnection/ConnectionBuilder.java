package io.github.dynamoconnection;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.batch.BatchRetryPolicy;
import io.github.dynamoconnection.batch.BatchSettings;
import io.github.dynamoconnection.client.ClientSettings;
import io.github.dynamoconnection.internal.call.CallRunner;
import io.github.dynamoconnection.internal.client.SdkClients;
import io.github.dynamoconnection.internal.driver.SyncDriver;
import io.github.dynamoconnection.internal.operation.Operations;
import io.github.dynamoconnection.listener.ConnectionListener;
import io.github.dynamoconnection.table.TableDefaults;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;

/**
 * Builds a {@link Connection}: either around an existing {@link DynamoDbClient} ({@link #client}),
 * or from settings (endpoint, region, credentials, timeouts, retries, pool size, extra headers), in
 * which case the connection owns the client and closes it. Not thread-safe; the connection is.
 */
public final class ConnectionBuilder {

	private DynamoDbClient client;

	private SdkHttpClient httpClient;

	private URI endpoint;

	private Region region;

	private AwsCredentialsProvider credentialsProvider;

	private Duration connectTimeout;

	private Duration readTimeout;

	private Duration apiCallTimeout;

	private RetryMode retryMode;

	private Integer maxAttempts;

	private Integer maxPoolConnections;

	private final Map<String, String> extraHeaders = new LinkedHashMap<>();

	private String tablePrefix = "";

	private BillingMode defaultBillingMode;

	private Long defaultReadCapacityUnits;

	private Long defaultWriteCapacityUnits;

	private BatchRetryPolicy batchRetryPolicy = BatchRetryPolicy.DEFAULT;

	private Integer batchConcurrency;

	private final List<ConnectionListener> listeners = new ArrayList<>();

	ConnectionBuilder() {
	}

	/** Wraps an existing client; the connection never closes it. Excludes every client setting. */
	public ConnectionBuilder client(DynamoDbClient client) {
		this.client = client;
		return this;
	}

	/**
	 * Uses this HTTP client instead of Apache 5 (e.g. an in-process engine or a test transport); the
	 * caller closes it. Timeouts and pool size then belong to that HTTP client.
	 */
	public ConnectionBuilder httpClient(SdkHttpClient httpClient) {
		this.httpClient = httpClient;
		return this;
	}

	/** Endpoint URL, e.g. {@code http://localhost:8000} (PynamoDB's {@code host}). */
	public ConnectionBuilder host(String host) {
		return endpoint((host != null) ? URI.create(host) : null);
	}

	/** Endpoint URL override. */
	public ConnectionBuilder endpoint(URI endpoint) {
		this.endpoint = endpoint;
		return this;
	}

	/** Region by id, e.g. {@code eu-west-1} (default: the SDK's region chain, else us-east-1). */
	public ConnectionBuilder region(String region) {
		return region((region != null) ? Region.of(region) : null);
	}

	/** Region. */
	public ConnectionBuilder region(Region region) {
		this.region = region;
		return this;
	}

	/** Credentials (default: the SDK's default chain). Never printed. */
	public ConnectionBuilder credentialsProvider(AwsCredentialsProvider credentialsProvider) {
		this.credentialsProvider = credentialsProvider;
		return this;
	}

	/** TCP connect timeout. */
	public ConnectionBuilder connectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
		return this;
	}

	/** Socket read timeout. */
	public ConnectionBuilder readTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
		return this;
	}

	/** Timeout of a whole call, retries included. */
	public ConnectionBuilder apiCallTimeout(Duration apiCallTimeout) {
		this.apiCallTimeout = apiCallTimeout;
		return this;
	}

	/** SDK retry mode (STANDARD, ADAPTIVE, LEGACY...), mapped onto the SDK's own retry strategy. */
	public ConnectionBuilder retryMode(RetryMode retryMode) {
		this.retryMode = retryMode;
		return this;
	}

	/** Total attempts per call, first included: 1 = no retry. */
	public ConnectionBuilder maxAttempts(int maxAttempts) {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be >= 1 (1 = no retry), got " + maxAttempts);
		}
		this.maxAttempts = maxAttempts;
		return this;
	}

	/** HTTP connection pool size. */
	public ConnectionBuilder maxPoolConnections(int maxPoolConnections) {
		if (maxPoolConnections < 1) {
			throw new IllegalArgumentException("maxPoolConnections must be >= 1, got " + maxPoolConnections);
		}
		this.maxPoolConnections = maxPoolConnections;
		return this;
	}

	/** Headers added to every request after signing (never signed). */
	public ConnectionBuilder extraHeaders(Map<String, String> extraHeaders) {
		this.extraHeaders.putAll(extraHeaders);
		return this;
	}

	/** Prefix put before every table name sent; results and exceptions use the names without it. */
	public ConnectionBuilder tablePrefix(String tablePrefix) {
		this.tablePrefix = (tablePrefix != null) ? tablePrefix : "";
		return this;
	}

	/** Billing mode {@code createTable} uses when the call gives none. */
	public ConnectionBuilder defaultBillingMode(BillingMode billingMode) {
		this.defaultBillingMode = billingMode;
		return this;
	}

	/** Read units {@code createTable} uses for PROVISIONED tables when the call gives none. */
	public ConnectionBuilder defaultReadCapacityUnits(long units) {
		this.defaultReadCapacityUnits = units;
		return this;
	}

	/** Write units {@code createTable} uses for PROVISIONED tables when the call gives none. */
	public ConnectionBuilder defaultWriteCapacityUnits(long units) {
		this.defaultWriteCapacityUnits = units;
		return this;
	}

	/** How batch calls retry unprocessed entries (default {@link BatchRetryPolicy#DEFAULT}). */
	public ConnectionBuilder batchRetryPolicy(BatchRetryPolicy batchRetryPolicy) {
		this.batchRetryPolicy = batchRetryPolicy;
		return this;
	}

	/**
	 * The most requests one batch call ({@code batchWriteItem}, {@code batchGetItem},
	 * {@code parallelScan}) keeps in flight; a spec may ask for another bound per call. Default
	 * {@link BatchSettings#DEFAULT_CONCURRENCY}, or {@link #maxPoolConnections} when smaller.
	 */
	public ConnectionBuilder batchConcurrency(int batchConcurrency) {
		this.batchConcurrency = BatchSettings.checkConcurrency(batchConcurrency);
		return this;
	}

	/** Adds a listener that sees every call. */
	public ConnectionBuilder listener(ConnectionListener listener) {
		this.listeners.add(listener);
		return this;
	}

	/** Adds listeners that see every call. */
	public ConnectionBuilder listeners(Collection<? extends ConnectionListener> listeners) {
		this.listeners.addAll(listeners);
		return this;
	}

	/**
	 * Builds the connection.
	 * @return the connection
	 * @throws IllegalStateException when {@link #client} is combined with client settings
	 */
	public Connection build() {
		return assemble(client != null, (settings, prefix, defaults, policy, callListeners) -> (settings == null)
				? new Connection(new SyncDriver(client, new CallRunner(callListeners), Operations.of(prefix, defaults, policy)), false)
				: new Connection(new SyncDriver(SdkClients.sync(settings, httpClient), new CallRunner(callListeners),
						Operations.of(prefix, defaults, policy)), true));
	}

	/**
	 * Hands this builder's settings to {@code assembler}; the async connection's builder reuses them this way.
	 * @param wrapsClient whether the connection wraps an existing client, which excludes every client setting
	 * @param assembler builds the connection
	 * @return what the assembler built
	 * @throws IllegalStateException when a client is wrapped and client settings were given too
	 */
	public <C> C assemble(boolean wrapsClient, Assembler<C> assembler) {
		TableDefaults defaults = new TableDefaults(defaultBillingMode, defaultReadCapacityUnits, defaultWriteCapacityUnits);
		BatchSettings batch = new BatchSettings(batchRetryPolicy,
				(batchConcurrency != null) ? batchConcurrency : BatchSettings.defaultConcurrency(maxPoolConnections));
		if (wrapsClient) {
			List<String> conflicting = clientSettingsGiven();
			if (!conflicting.isEmpty()) {
				throw new IllegalStateException("client(..) wraps an existing client, so these settings "
						+ "cannot apply to it; configure them on that client instead: " + conflicting);
			}
			return assembler.assemble(null, tablePrefix, defaults, batch, List.copyOf(listeners));
		}
		ClientSettings settings = new ClientSettings(endpoint, region, credentialsProvider, connectTimeout,
				readTimeout, apiCallTimeout, retryMode, maxAttempts, maxPoolConnections, extraHeaders);
		return assembler.assemble(settings, tablePrefix, defaults, batch, List.copyOf(listeners));
	}

	/** Builds a connection from a builder's settings (see {@link #assemble}). */
	@FunctionalInterface
	public interface Assembler<C> {

		/**
		 * @param settings the client settings, or {@code null} when an existing client is wrapped
		 * @param tablePrefix the table prefix, possibly empty
		 * @param defaults the capacity defaults of {@code createTable}
		 * @param batch how batches retry unprocessed entries and how many requests they keep in flight
		 * @param listeners the listeners
		 * @return the connection
		 */
		C assemble(ClientSettings settings, String tablePrefix, TableDefaults defaults, BatchSettings batch,
				List<ConnectionListener> listeners);

	}

	private List<String> clientSettingsGiven() {
		List<String> given = new ArrayList<>();
		addIf(given, httpClient != null, "httpClient");
		addIf(given, endpoint != null, "host/endpoint");
		addIf(given, region != null, "region");
		addIf(given, credentialsProvider != null, "credentialsProvider");
		addIf(given, connectTimeout != null, "connectTimeout");
		addIf(given, readTimeout != null, "readTimeout");
		addIf(given, apiCallTimeout != null, "apiCallTimeout");
		addIf(given, retryMode != null, "retryMode");
		addIf(given, maxAttempts != null, "maxAttempts");
		addIf(given, maxPoolConnections != null, "maxPoolConnections");
		addIf(given, !extraHeaders.isEmpty(), "extraHeaders");
		return given;
	}

	private static void addIf(List<String> given, boolean condition, String name) {
		if (condition) {
			given.add(name);
		}
	}

}
