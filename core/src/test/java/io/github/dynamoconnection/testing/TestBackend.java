package io.github.dynamoconnection.testing;

import java.net.URI;

import io.github.dynamoconnection.Connection;
import io.github.dynamoconnection.ConnectionBuilder;
import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.testsupport.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;

/**
 * A DynamoDB-compatible server the integration tests run against, with a configured SDK client
 * (dummy credentials, us-east-1, no SDK retries). moto_server by default; the embedded engine with
 * {@code -Ddynamo.backend=embedded}. The same test classes run unchanged on either.
 */
public final class TestBackend implements AutoCloseable {

	/** System property choosing the backend: {@code moto} (default) or {@code embedded}. */
	public static final String PROPERTY = "dynamo.backend";

	private final String name;

	private final DynamoDbClient client;

	private final SdkHttpClient httpClient;

	private final MotoServer moto;

	private final EmbeddedDynamoDb embedded;

	private final URI endpoint;

	private TestBackend(String name, DynamoDbClient client, SdkHttpClient httpClient, MotoServer moto,
			EmbeddedDynamoDb embedded) {
		this.name = name;
		this.client = client;
		this.httpClient = httpClient;
		this.moto = moto;
		this.embedded = embedded;
		this.endpoint = (moto != null) ? moto.endpoint() : embedded.endpoint();
	}

	/** A backend over a running moto_server (owned by {@code MotoServerExtension}). */
	public static TestBackend moto(MotoServer server) {
		SdkHttpClient http = Apache5HttpClient.create();
		return new TestBackend("moto", client(http, server.endpoint()), http, server, null);
	}

	/** A backend over the embedded engine, in-process. */
	public static TestBackend embedded() {
		EmbeddedDynamoDb engine = EmbeddedDynamoDb.builder().start();
		return new TestBackend("embedded", client(engine.sdkHttpClient(), engine.endpoint()), null, null, engine);
	}

	private static DynamoDbClient client(SdkHttpClient http, URI endpoint) {
		return DynamoDbClient.builder()
			.httpClient(http)
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
	}

	/** Which backend this is. */
	public String name() {
		return name;
	}

	/** Whether this is moto_server (for its documented divergences from DynamoDB). */
	public boolean isMoto() {
		return moto != null;
	}

	/** A connection builder pointed at this backend (endpoint, region, dummy credentials, one attempt). */
	public ConnectionBuilder connectionBuilder() {
		ConnectionBuilder builder = Connection.builder()
			.host(endpoint.toString())
			.region("us-east-1")
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.maxAttempts(1);
		return (embedded != null) ? builder.httpClient(embedded.sdkHttpClient()) : builder;
	}

	/** A connection wrapping this backend's client. */
	public Connection connection() {
		return Connection.builder().client(client).build();
	}

	/** The configured SDK client. */
	public DynamoDbClient client() {
		return client;
	}

	/** Drops every table. */
	public void reset() {
		if (moto != null) {
			moto.reset();
			return;
		}
		String start = null;
		do {
			String from = start;
			ListTablesResponse page = client.listTables(r -> r.exclusiveStartTableName(from));
			page.tableNames().forEach(table -> client.deleteTable(r -> r.tableName(table)));
			start = page.lastEvaluatedTableName();
		}
		while (start != null);
	}

	@Override
	public void close() {
		client.close();
		if (httpClient != null) {
			httpClient.close();
		}
		if (embedded != null) {
			embedded.close();
		}
	}

	@Override
	public String toString() {
		return name;
	}

}
