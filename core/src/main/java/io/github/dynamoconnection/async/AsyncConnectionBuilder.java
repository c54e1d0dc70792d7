package io.github.dynamoconnection.async;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.ConnectionBuilder;
import io.github.dynamoconnection.batch.BatchRetryPolicy;
import io.github.dynamoconnection.internal.call.CallRunner;
import io.github.dynamoconnection.internal.client.SdkClients;
import io.github.dynamoconnection.internal.driver.AsyncDriver;
import io.github.dynamoconnection.internal.operation.Operations;
import io.github.dynamoconnection.listener.ConnectionListener;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;

/**
 * Builds an {@link AsyncConnection}: either around an existing {@link DynamoDbAsyncClient}
 * ({@link #client}), or from settings, in which case the connection owns a Netty-based client and
 * closes it. The settings and their checks are the sync {@link ConnectionBuilder}'s, which this
 * builder fills. Not thread-safe; the connection is.
 */
public final class AsyncConnectionBuilder {

	private final ConnectionBuilder settings = Connection.builder();

	private DynamoDbAsyncClient client;

	private SdkAsyncHttpClient httpClient;

	AsyncConnectionBuilder() {
	}

	/** Wraps an existing client; the connection never closes it. Excludes every client setting. */
	public AsyncConnectionBuilder client(DynamoDbAsyncClient client) {
		this.client = client;
		return this;
	}

	/** Uses this async HTTP client instead of Netty (e.g. a test transport); the caller closes it. */
	public AsyncConnectionBuilder httpClient(SdkAsyncHttpClient httpClient) {
		this.httpClient = httpClient;
		return this;
	}

	/** Endpoint URL, e.g. {@code http://localhost:8000} (PynamoDB's {@code host}). */
	public AsyncConnectionBuilder host(String host) {
		settings.host(host);
		return this;
	}

	/** Endpoint URL override. */
	public AsyncConnectionBuilder endpoint(URI endpoint) {
		settings.endpoint(endpoint);
		return this;
	}

	/** Region by id (default: the SDK's region chain, else us-east-1). */
	public AsyncConnectionBuilder region(String region) {
		settings.region(region);
		return this;
	}

	/** Region. */
	public AsyncConnectionBuilder region(Region region) {
		settings.region(region);
		return this;
	}

	/** Credentials (default: the SDK's default chain). Never printed. */
	public AsyncConnectionBuilder credentialsProvider(AwsCredentialsProvider credentialsProvider) {
		settings.credentialsProvider(credentialsProvider);
		return this;
	}

	/** TCP connect timeout. */
	public AsyncConnectionBuilder connectTimeout(Duration connectTimeout) {
		settings.connectTimeout(connectTimeout);
		return this;
	}

	/** Read timeout. */
	public AsyncConnectionBuilder readTimeout(Duration readTimeout) {
		settings.readTimeout(readTimeout);
		return this;
	}

	/** Timeout of a whole call, retries included. */
	public AsyncConnectionBuilder apiCallTimeout(Duration apiCallTimeout) {
		settings.apiCallTimeout(apiCallTimeout);
		return this;
	}

	/** SDK retry mode, mapped onto the SDK's own retry strategy. */
	public AsyncConnectionBuilder retryMode(RetryMode retryMode) {
		settings.retryMode(retryMode);
		return this;
	}

	/** Total attempts per call, first included: 1 = no retry. */
	public AsyncConnectionBuilder maxAttempts(int maxAttempts) {
		settings.maxAttempts(maxAttempts);
		return this;
	}

	/** Maximum concurrent HTTP connections. */
	public AsyncConnectionBuilder maxPoolConnections(int maxPoolConnections) {
		settings.maxPoolConnections(maxPoolConnections);
		return this;
	}

	/** Headers added to every request after signing (never signed). */
	public AsyncConnectionBuilder extraHeaders(Map<String, String> extraHeaders) {
		settings.extraHeaders(extraHeaders);
		return this;
	}

	/** Prefix put before every table name sent; results and exceptions use the names without it. */
	public AsyncConnectionBuilder tablePrefix(String tablePrefix) {
		settings.tablePrefix(tablePrefix);
		return this;
	}

	/** Billing mode {@code createTable} uses when the call gives none. */
	public AsyncConnectionBuilder defaultBillingMode(BillingMode billingMode) {
		settings.defaultBillingMode(billingMode);
		return this;
	}

	/** Read units {@code createTable} uses for PROVISIONED tables when the call gives none. */
	public AsyncConnectionBuilder defaultReadCapacityUnits(long units) {
		settings.defaultReadCapacityUnits(units);
		return this;
	}

	/** Write units {@code createTable} uses for PROVISIONED tables when the call gives none. */
	public AsyncConnectionBuilder defaultWriteCapacityUnits(long units) {
		settings.defaultWriteCapacityUnits(units);
		return this;
	}

	/** How batch calls retry unprocessed entries (default {@link BatchRetryPolicy#DEFAULT}). */
	public AsyncConnectionBuilder batchRetryPolicy(BatchRetryPolicy batchRetryPolicy) {
		settings.batchRetryPolicy(batchRetryPolicy);
		return this;
	}

	/**
	 * The most requests one batch call keeps in flight, without blocking a thread (see
	 * {@link ConnectionBuilder#batchConcurrency}); a spec may ask for another bound per call.
	 */
	public AsyncConnectionBuilder batchConcurrency(int batchConcurrency) {
		settings.batchConcurrency(batchConcurrency);
		return this;
	}

	/** Adds a listener that sees every call. */
	public AsyncConnectionBuilder listener(ConnectionListener listener) {
		settings.listener(listener);
		return this;
	}

	/** Adds listeners that see every call. */
	public AsyncConnectionBuilder listeners(Collection<? extends ConnectionListener> listeners) {
		settings.listeners(listeners);
		return this;
	}

	/**
	 * Builds the connection.
	 * @return the connection
	 * @throws IllegalStateException when {@link #client} is combined with client settings
	 */
	public AsyncConnection build() {
		if (client != null && httpClient != null) {
			throw new IllegalStateException("client(..) wraps an existing client, so httpClient cannot apply to it");
		}
		return settings.assemble(client != null, (clientSettings, prefix, defaults, policy, listeners) -> (clientSettings == null)
				? new AsyncConnection(new AsyncDriver(client, new CallRunner(listeners), Operations.of(prefix, defaults, policy)), false)
				: new AsyncConnection(new AsyncDriver(SdkClients.async(clientSettings, httpClient), new CallRunner(listeners),
						Operations.of(prefix, defaults, policy)), true));
	}

}
