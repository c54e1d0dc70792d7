package io.github.dynamoconnection.expression;

import io.github.dynamoconnection.testsupport.MotoServer;
import io.github.dynamoconnection.testsupport.MotoServerExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The expression scenarios against moto_server over HTTP (the reference implementation). */
@ExtendWith(MotoServerExtension.class)
class ExpressionsAgainstMotoTests extends ExpressionsAgainstBackend {

	private final MotoServer moto;

	ExpressionsAgainstMotoTests(MotoServer moto) {
		this.moto = moto;
	}

	@Override
	DynamoDbClient connect() {
		return clientBuilder(moto.endpoint()).httpClientBuilder(Apache5HttpClient.builder()).build();
	}

	@Override
	void disconnect() {
		// the extension owns moto_server and stops it when the run ends
	}

	@Override
	boolean isMoto() {
		return true;
	}

}
