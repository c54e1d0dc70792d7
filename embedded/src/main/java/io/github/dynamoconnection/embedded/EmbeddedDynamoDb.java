package io.github.dynamoconnection.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An embedded, in-memory DynamoDB-compatible engine: {@code EmbeddedDynamoDb.start().client()} gives
 * a real {@link DynamoDbClient} that talks to it in-process (no socket); {@link Builder#port(int)}
 * also serves it over HTTP on 127.0.0.1.
 * <p>
 * CONTRACT SKELETON: the signatures are settled (other modules compile against them); the engine
 * work replaces the bodies.
 */
public final class EmbeddedDynamoDb implements AutoCloseable {

	private EmbeddedDynamoDb() {
	}

	/** Starts an in-process engine with defaults (no HTTP port, no persistence). */
	public static EmbeddedDynamoDb start() {
		return builder().start();
	}

	/** A builder for an engine with options. */
	public static Builder builder() {
		return new Builder();
	}

	/** A {@link DynamoDbClient} wired to this engine in-process (dummy credentials, region us-east-1). Closed with the engine. */
	public DynamoDbClient client() {
		throw new UnsupportedOperationException("engine not built yet");
	}

	/** The in-process transport, to plug into any {@code DynamoDbClient.builder().httpClient(..)} together with {@link #endpoint()}. */
	public SdkHttpClient sdkHttpClient() {
		throw new UnsupportedOperationException("engine not built yet");
	}

	/** The endpoint to configure on a client using {@link #sdkHttpClient()}; the HTTP endpoint when the HTTP face runs. */
	public URI endpoint() {
		throw new UnsupportedOperationException("engine not built yet");
	}

	/** The HTTP face's URL ({@code http://127.0.0.1:<port>}), or {@code null} when no port was requested. */
	public URI httpEndpoint() {
		throw new UnsupportedOperationException("engine not built yet");
	}

	/** Stops the HTTP face (if any) and the TTL sweeper, flushes persistence. Idempotent. */
	@Override
	public void close() {
	}

	/** Options for an {@link EmbeddedDynamoDb}. */
	public static final class Builder {

		private Builder() {
		}

		/** Also serve HTTP on 127.0.0.1 at this port; 0 picks a free port (see {@link #httpEndpoint()}). */
		public Builder port(int port) {
			return this;
		}

		/** Persist every acknowledged write under this directory and reload it on start. */
		public Builder dataDirectory(Path dataDirectory) {
			return this;
		}

		/** How often expired TTL items are swept (default 1 second). */
		public Builder ttlSweepInterval(Duration interval) {
			return this;
		}

		/** Starts the engine. */
		public EmbeddedDynamoDb start() {
			return new EmbeddedDynamoDb();
		}

	}

}
