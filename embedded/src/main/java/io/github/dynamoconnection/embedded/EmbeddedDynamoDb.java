package io.github.dynamoconnection.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.dynamoconnection.embedded.contract.Engine;
import io.github.dynamoconnection.embedded.engine.EngineSettings;
import io.github.dynamoconnection.embedded.engine.InMemoryEngine;
import io.github.dynamoconnection.embedded.inprocess.InProcessHttpClient;
import io.github.dynamoconnection.embedded.persistence.PersistentEngine;
import io.github.dynamoconnection.embedded.protocol.JsonProtocolHandler;
import io.github.dynamoconnection.embedded.protocol.SignatureVerifier;
import io.github.dynamoconnection.embedded.server.EmbeddedHttpServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An embedded, in-memory DynamoDB-compatible engine: {@code EmbeddedDynamoDb.start().client()} gives
 * a real {@link DynamoDbClient} that talks to it in-process (no socket); {@link Builder#port(int)}
 * also serves it over HTTP on 127.0.0.1; {@link Builder#dataDirectory(Path)} makes it durable.
 */
public final class EmbeddedDynamoDb implements AutoCloseable {

	/** Endpoint of the in-process face; no request ever leaves the process. */
	static final URI IN_PROCESS_ENDPOINT = URI.create("http://embedded-dynamodb.local");

	/** Region and account of the engine's ARNs; the in-process client uses the same region. */
	private static final EngineSettings DEFAULT_SETTINGS = EngineSettings.defaults();

	private final Engine engine;

	private final InProcessHttpClient sdkHttpClient;

	private final EmbeddedHttpServer httpServer;

	private final AtomicBoolean closed = new AtomicBoolean();

	private DynamoDbClient client;

	private EmbeddedDynamoDb(Engine engine, InProcessHttpClient sdkHttpClient, EmbeddedHttpServer httpServer) {
		this.engine = engine;
		this.sdkHttpClient = sdkHttpClient;
		this.httpServer = httpServer;
	}

	/** Starts an in-process engine with defaults (no HTTP port, no persistence). */
	public static EmbeddedDynamoDb start() {
		return builder().start();
	}

	/** A builder for an engine with options. */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A {@link DynamoDbClient} wired to this engine in-process (dummy credentials, region
	 * us-east-1), created on first call and then shared. Closed with the engine.
	 */
	public synchronized DynamoDbClient client() {
		if (closed.get()) {
			throw new IllegalStateException("This EmbeddedDynamoDb is closed");
		}
		if (client == null) {
			client = DynamoDbClient.builder()
				.httpClient(sdkHttpClient)
				.endpointOverride(endpoint())
				.region(Region.of(DEFAULT_SETTINGS.region()))
				.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("embedded", "embedded")))
				.build();
		}
		return client;
	}

	/** The in-process transport, to plug into any {@code DynamoDbClient.builder().httpClient(..)} together with {@link #endpoint()}. */
	public SdkHttpClient sdkHttpClient() {
		return sdkHttpClient;
	}

	/** The endpoint to configure on a client using {@link #sdkHttpClient()}; the HTTP endpoint when the HTTP face runs. */
	public URI endpoint() {
		return (httpServer != null) ? httpServer.endpoint() : IN_PROCESS_ENDPOINT;
	}

	/** The HTTP face's URL ({@code http://127.0.0.1:<port>}), or {@code null} when no port was requested. */
	public URI httpEndpoint() {
		return (httpServer != null) ? httpServer.endpoint() : null;
	}

	/** Stops the HTTP face (if any) and the TTL sweeper, flushes persistence. Idempotent. */
	@Override
	public void close() {
		if (!closed.compareAndSet(false, true)) {
			return;
		}
		synchronized (this) {
			if (client != null) {
				client.close();
			}
		}
		try {
			if (httpServer != null) {
				httpServer.close();
			}
		}
		finally {
			engine.close();
		}
	}

	/** Options for an {@link EmbeddedDynamoDb}. */
	public static final class Builder {

		private static final Duration DEFAULT_TTL_SWEEP_INTERVAL = Duration.ofSeconds(1);

		private Integer port;

		private Path dataDirectory;

		private Duration ttlSweepInterval = DEFAULT_TTL_SWEEP_INTERVAL;

		private Clock clock = Clock.systemUTC();

		private final Map<String, String> credentials = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * Verify every request's SigV4 signature and accept only these credentials (off by default:
		 * any signature is accepted, as long as it is there and dated within 15 minutes). May be
		 * called once per accepted access key. An unknown access key answers
		 * {@code UnrecognizedClientException}, a wrong signature {@code InvalidSignatureException}.
		 */
		public Builder requireCredentials(String accessKeyId, String secretAccessKey) {
			if (accessKeyId == null || accessKeyId.isEmpty() || secretAccessKey == null || secretAccessKey.isEmpty()) {
				throw new IllegalArgumentException("requireCredentials needs a non-empty access key id and secret");
			}
			credentials.put(accessKeyId, secretAccessKey);
			return this;
		}

		/** Also serve HTTP on 127.0.0.1 at this port; 0 picks a free port (see {@link #httpEndpoint()}). */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * Persist every acknowledged write under this directory and reload it on start. Writes
		 * survive the process being killed; see {@link PersistentEngine} for the durability details.
		 */
		public Builder dataDirectory(Path dataDirectory) {
			this.dataDirectory = dataDirectory;
			return this;
		}

		/** How often expired TTL items are swept (default 1 second). */
		public Builder ttlSweepInterval(Duration interval) {
			if (interval == null || interval.isNegative() || interval.isZero()) {
				throw new IllegalArgumentException("ttlSweepInterval must be positive, was " + interval);
			}
			this.ttlSweepInterval = interval;
			return this;
		}

		/** The engine's clock (creation times, TTL expiry); the system clock by default. Useful in tests. */
		public Builder clock(Clock clock) {
			if (clock == null) {
				throw new IllegalArgumentException("clock must not be null");
			}
			this.clock = clock;
			return this;
		}

		/**
		 * Starts the engine.
		 * @throws IllegalStateException when the port cannot be bound or the data directory cannot be
		 * used
		 */
		public EmbeddedDynamoDb start() {
			Engine engine = newEngine();
			try {
				SignatureVerifier verifier = credentials.isEmpty() ? null : new SignatureVerifier(credentials);
				JsonProtocolHandler protocol = new JsonProtocolHandler(engine, clock, DEFAULT_SETTINGS.region(), verifier);
				EmbeddedHttpServer httpServer = (port != null) ? EmbeddedHttpServer.start(protocol, port) : null;
				return new EmbeddedDynamoDb(engine, new InProcessHttpClient(protocol), httpServer);
			}
			catch (RuntimeException ex) {
				engine.close();
				throw ex;
			}
		}

		private Engine newEngine() {
			EngineSettings settings = DEFAULT_SETTINGS.withClock(clock).withTtlSweepInterval(ttlSweepInterval);
			if (dataDirectory == null) {
				return new InMemoryEngine(settings);
			}
			return PersistentEngine.open(dataDirectory, clock,
					(replayClock) -> new InMemoryEngine(settings.withClock(replayClock)),
					PersistentEngine.DEFAULT_COMPACTION_THRESHOLD_BYTES);
		}

	}

}
