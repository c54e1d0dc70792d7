package io.github.dynamoconnection.conformance;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static io.github.dynamoconnection.conformance.Tables.hashTable;
import static org.assertj.core.api.Assertions.assertThat;

/** Binary attribute values on the wire: padded, canonical base64 only, as DynamoDB's JSON protocol reads them. */
class BinaryValueScenarios {

	private static RawHttp.Answer put(Backend backend, String base64) {
		return backend.raw().post("PutItem",
				"{\"TableName\":\"Binary\",\"Item\":{\"pk\":{\"S\":\"a\"},\"b\":{\"B\":\"" + base64 + "\"}}}");
	}

	@Scenario
	void paddedBase64IsStored(Backend backend) {
		DynamoDbClient db = backend.client();
		hashTable("Binary").create(db);

		assertThat(put(backend, "AQI=").status()).isEqualTo(200);
		assertThat(db.getItem(request -> request.tableName("Binary").key(Values.item("pk", Values.s("a")))).item().get("b").b().asByteArray())
			.containsExactly(1, 2);
	}

	@Scenario
	void base64WithoutPaddingIsASerializationError(Backend backend) {
		hashTable("Binary").create(backend.client());

		RawHttp.Answer answer = put(backend, "AQI");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorType()).isEqualTo("SerializationException");
		assertThat(answer.json().path("message").asString() + answer.json().path("Message").asString())
			.contains("Base64 encoded length is expected a multiple of 4 bytes but found: 3");
	}

	@Scenario
	void nonCanonicalBase64IsASerializationError(Backend backend) {
		hashTable("Binary").create(backend.client());

		RawHttp.Answer answer = put(backend, "AQJ=");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorType()).isEqualTo("SerializationException");
	}

}
