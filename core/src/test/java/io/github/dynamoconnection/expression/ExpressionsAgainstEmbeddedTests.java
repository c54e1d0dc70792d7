package io.github.dynamoconnection.expression;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The expression scenarios against the project's embedded engine, in-process. */
class ExpressionsAgainstEmbeddedTests extends ExpressionsAgainstBackend {

	private EmbeddedDynamoDb engine;

	@Override
	DynamoDbClient connect() {
		engine = EmbeddedDynamoDb.builder().start();
		return clientBuilder(engine.endpoint()).httpClient(engine.sdkHttpClient()).build();
	}

	@Override
	void disconnect() {
		if (engine != null) {
			engine.close();
		}
	}

	@Override
	boolean isMoto() {
		return false;
	}

}
