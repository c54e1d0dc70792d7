package io.github.dynamoconnection.conformance;

import io.github.dynamoconnection.testsupport.MotoServerExtension;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The backend one scenario invocation runs against: the argument of every {@link Scenario}. The
 * server behind it starts on first use and is shared by the whole run; {@link ScenarioExtension}
 * opens it (and empties it) before each invocation.
 */
final class Backend {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Backend.class);

	private final BackendKind kind;

	private DynamoDbClient client;

	private RawHttp raw;

	private DynamoDbStreamsClient streams;

	private RunningBackend running;

	Backend(BackendKind kind) {
		this.kind = kind;
	}

	/** Which server this is. */
	BackendKind kind() {
		return kind;
	}

	/** The raw SDK client of the shared server. */
	DynamoDbClient client() {
		if (client == null) {
			throw new IllegalStateException("backend " + kind + " was not opened; run scenarios with @Scenario");
		}
		return client;
	}

	/** A raw SDK client of the shared server signing for another region; its tables are dropped before each scenario too. */
	DynamoDbClient client(Region region) {
		if (running == null) {
			throw new IllegalStateException("backend " + kind + " was not opened; run scenarios with @Scenario");
		}
		return running.client(region);
	}

	/** The DynamoDB Streams SDK client of the shared server. */
	DynamoDbStreamsClient streams() {
		if (streams == null) {
			throw new IllegalStateException("backend " + kind + " was not opened; run scenarios with @Scenario");
		}
		return streams;
	}

	/** The shared server's transport without the SDK, for malformed or unknown requests. */
	RawHttp raw() {
		if (raw == null) {
			throw new IllegalStateException("backend " + kind + " was not opened; run scenarios with @Scenario");
		}
		return raw;
	}

	/** Starts the shared server on first use and drops all its tables. */
	void open(ExtensionContext context) {
		RunningBackend running = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(kind, key -> start(context), RunningBackend.class);
		running.reset();
		client = running.client();
		raw = running.raw();
		streams = running.streams();
		this.running = running;
	}

	private RunningBackend start(ExtensionContext context) {
		return switch (kind) {
			case EMBEDDED_INPROCESS -> RunningBackend.embeddedInProcess();
			case EMBEDDED_HTTP -> RunningBackend.embeddedHttp();
			case MOTO -> RunningBackend.moto(MotoServerExtension.server(context));
		};
	}

	@Override
	public String toString() {
		return kind.label();
	}

}
