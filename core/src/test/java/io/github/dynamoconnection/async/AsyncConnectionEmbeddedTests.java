package io.github.dynamoconnection.async;

import java.net.URI;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import org.junit.jupiter.api.AfterAll;

/** {@link AsyncConnection} against the embedded engine's HTTP face, over Netty. */
class AsyncConnectionEmbeddedTests extends AsyncConnectionContract {

	private final EmbeddedDynamoDb engine = EmbeddedDynamoDb.builder().port(0).start();

	@AfterAll
	void stop() {
		engine.close();
	}

	@Override
	URI endpoint() {
		return engine.httpEndpoint();
	}

}
