package io.github.dynamoconnection.conformance;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.testsupport.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BackupTypeFilter;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * One started server with the raw SDK client that talks to it, shared by every scenario of the run
 * and closed when the run ends. All backends get the same client settings (region, dummy
 * credentials, no retries) so that only the server differs.
 */
final class RunningBackend implements AutoCloseable {

	/** TTL sweep interval of the embedded engines, short so that expiry scenarios finish quickly. */
	static final Duration TTL_SWEEP_INTERVAL = Duration.ofMillis(200);

	private final DynamoDbClient client;

	private final DynamoDbStreamsClient streams;

	/** Clients of other regions that scenarios asked for, emptied by {@link #reset()} too. */
	private final Map<Region, DynamoDbClient> regionClients = new ConcurrentHashMap<>();

	private final RawHttp raw;

	private final SdkHttpClient httpClient;

	private final AutoCloseable server;

	private final MotoServer moto;

	private RunningBackend(RawHttp raw, SdkHttpClient httpClient, AutoCloseable server, MotoServer moto) {
		this.client = client(raw);
		this.streams = streamsClient(raw);
		this.raw = raw;
		this.httpClient = httpClient;
		this.server = server;
		this.moto = moto;
	}

	/** The engine in-process: its own {@code SdkHttpClient}, no socket. */
	static RunningBackend embeddedInProcess() {
		EmbeddedDynamoDb engine = EmbeddedDynamoDb.builder().ttlSweepInterval(TTL_SWEEP_INTERVAL).start();
		try {
			return new RunningBackend(new RawHttp(engine.sdkHttpClient(), engine.endpoint()), null, engine, null);
		}
		catch (RuntimeException ex) {
			engine.close();
			throw ex;
		}
	}

	/** The engine's HTTP face on a free port, reached over loopback with the apache5 client. */
	static RunningBackend embeddedHttp() {
		EmbeddedDynamoDb engine = EmbeddedDynamoDb.builder().port(0).ttlSweepInterval(TTL_SWEEP_INTERVAL).start();
		try {
			SdkHttpClient http = Apache5HttpClient.create();
			return new RunningBackend(new RawHttp(http, engine.httpEndpoint()), http, engine, null);
		}
		catch (RuntimeException ex) {
			engine.close();
			throw ex;
		}
	}

	/** A shared moto_server (owned and stopped by {@code MotoServerExtension}). */
	static RunningBackend moto(MotoServer server) {
		SdkHttpClient http = Apache5HttpClient.create();
		return new RunningBackend(new RawHttp(http, server.endpoint()), http, null, server);
	}

	private static DynamoDbClient client(RawHttp raw) {
		return configured(DynamoDbClient.builder(), raw, Region.US_EAST_1);
	}

	/** A client of the same server signing for another region (a namespace of its own). */
	DynamoDbClient client(Region region) {
		if (region.equals(Region.US_EAST_1)) {
			return client;
		}
		return regionClients.computeIfAbsent(region, key -> configured(DynamoDbClient.builder(), raw, key));
	}

	private static DynamoDbStreamsClient streamsClient(RawHttp raw) {
		return configured(DynamoDbStreamsClient.builder(), raw, Region.US_EAST_1);
	}

	/** The same settings for every client: this backend's transport and endpoint, region, dummy credentials, no retries. */
	private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C configured(B builder, RawHttp raw,
			Region region) {
		return builder.httpClient(raw.httpClient())
			.endpointOverride(raw.endpoint())
			.region(region)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("conformance", "conformance")))
			.overrideConfiguration(override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
	}

	/** The DynamoDB Streams SDK client for this backend. */
	DynamoDbStreamsClient streams() {
		return streams;
	}

	/** The raw SDK client for this backend. */
	DynamoDbClient client() {
		return client;
	}

	/** The same transport without the SDK, for requests the SDK would never send. */
	RawHttp raw() {
		return raw;
	}

	/** Drops every table and every backup so that the next scenario starts from an empty server. */
	void reset() {
		if (moto != null) {
			moto.reset();
			return;
		}
		dropTables(client);
		regionClients.values().forEach(RunningBackend::dropTables);
	}

	private static void dropTables(DynamoDbClient client) {
		String start = null;
		do {
			String from = start;
			ListTablesResponse page = client.listTables(request -> request.exclusiveStartTableName(from));
			page.tableNames().forEach(name -> client.deleteTable(request -> request.tableName(name)));
			start = page.lastEvaluatedTableName();
		}
		while (start != null);
		ListBackupsResponse backups;
		do {
			backups = client.listBackups(request -> request.backupType(BackupTypeFilter.ALL));
			backups.backupSummaries().forEach(backup -> client.deleteBackup(request -> request.backupArn(backup.backupArn())));
		}
		while (backups.lastEvaluatedBackupArn() != null);
	}

	@Override
	public void close() throws Exception {
		client.close();
		streams.close();
		regionClients.values().forEach(DynamoDbClient::close);
		if (httpClient != null) {
			httpClient.close();
		}
		if (server != null) {
			server.close();
		}
	}

}
