package io.github.dynamoconnection.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The keys that describe one connection (endpoint, region, credentials, timeouts, retries, pool,
 * headers, table prefix): the top-level {@code dynamodb.*} ones of {@link DynamoDbProperties} and
 * those of each named connection ({@link NamedConnectionProperties}).
 */
public class DynamoDbConnectionProperties {

	/**
	 * Endpoint URL of the DynamoDB service, such as http://localhost:8000. When not set, the
	 * SDK resolves the regional AWS endpoint (or the embedded engine starts, when it is on the
	 * class path).
	 */
	private @Nullable String host;

	/**
	 * AWS region, such as eu-west-1 (local or localhost are accepted when dynamodb.host is
	 * set). When not set, the SDK's default region provider chain decides.
	 */
	private @Nullable String region;

	/**
	 * Static credentials or a named profile. When none is set, the SDK's default credentials
	 * provider chain is used.
	 */
	private final DynamoDbProperties.Credentials credentials = new DynamoDbProperties.Credentials();

	/**
	 * Time to wait for a TCP connection to be established.
	 */
	private @Nullable Duration connectTimeout;

	/**
	 * Time to wait for data on an established connection (socket timeout).
	 */
	private @Nullable Duration readTimeout;

	/**
	 * Time limit for a whole API call, retries included.
	 */
	private @Nullable Duration apiCallTimeout;

	/**
	 * Maximum number of pooled HTTP connections.
	 */
	private @Nullable Integer maxPoolConnections;

	/**
	 * Retry behaviour of the SDK client.
	 */
	private final DynamoDbProperties.Retry retry = new DynamoDbProperties.Retry();

	/**
	 * Extra HTTP headers sent with every request, by header name.
	 */
	private Map<String, String> extraHeaders = new LinkedHashMap<>();

	/**
	 * Prefix added to every table name by the Connection, for per-environment tables (such
	 * as "dev-").
	 */
	private @Nullable String tablePrefix;

	public @Nullable String getHost() {
		return this.host;
	}

	public void setHost(@Nullable String host) {
		this.host = host;
	}

	public @Nullable String getRegion() {
		return this.region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	public DynamoDbProperties.Credentials getCredentials() {
		return this.credentials;
	}

	public @Nullable Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(@Nullable Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public @Nullable Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(@Nullable Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public @Nullable Duration getApiCallTimeout() {
		return this.apiCallTimeout;
	}

	public void setApiCallTimeout(@Nullable Duration apiCallTimeout) {
		this.apiCallTimeout = apiCallTimeout;
	}

	public @Nullable Integer getMaxPoolConnections() {
		return this.maxPoolConnections;
	}

	public void setMaxPoolConnections(@Nullable Integer maxPoolConnections) {
		this.maxPoolConnections = maxPoolConnections;
	}

	public DynamoDbProperties.Retry getRetry() {
		return this.retry;
	}

	public Map<String, String> getExtraHeaders() {
		return this.extraHeaders;
	}

	public void setExtraHeaders(Map<String, String> extraHeaders) {
		this.extraHeaders = extraHeaders;
	}

	public @Nullable String getTablePrefix() {
		return this.tablePrefix;
	}

	public void setTablePrefix(@Nullable String tablePrefix) {
		this.tablePrefix = tablePrefix;
	}

}
