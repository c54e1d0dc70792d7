package io.github.dynamoconnection.embedded.protocol;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class JsonProtocolHandlerTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ScriptedEngine engine = new ScriptedEngine();

	private final JsonProtocolHandler handler = new JsonProtocolHandler(engine);

	@Test
	void answerCarriesEngineResponseAndItsCrc32() {
		ProtocolResponse response = handle("DynamoDB_20120810.GetItem", "{\"TableName\":\"T\"}");
		assertThat(response.status()).isEqualTo(200);
		JsonNode body = body(response);
		assertThat(body.path("Operation").asString()).isEqualTo("GetItem");
		assertThat(body.path("Request").path("TableName").asString()).isEqualTo("T");
		CRC32 crc = new CRC32();
		crc.update(response.body());
		assertThat(response.crc32Header()).isEqualTo(Long.toString(crc.getValue()));
	}

	@Test
	void requestIdsAreUniqueAndShapedLikeDynamoDbs() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			ids.add(handle("DynamoDB_20120810.GetItem", "{}").requestId());
		}
		assertThat(ids).hasSize(1000).allMatch((id) -> id.matches("[0-9A-Z]{52}"));
	}

	@Test
	void malformedJsonIsSerializationException() {
		assertError(handle("DynamoDB_20120810.PutItem", "{\"TableName\": "), 400,
				"com.amazon.coral.service#SerializationException", "Message");
		assertThat(engine.calls()).isZero();
	}

	@Test
	void trailingContentAfterTheObjectIsSerializationException() {
		assertError(handle("DynamoDB_20120810.PutItem", "{} {}"), 400,
				"com.amazon.coral.service#SerializationException", "Message");
	}

	@Test
	void nonObjectBodyIsSerializationException() {
		for (String body : new String[] { "[]", "\"text\"", "42", "null", "true" }) {
			ProtocolResponse response = handle("DynamoDB_20120810.PutItem", body);
			assertError(response, 400, "com.amazon.coral.service#SerializationException", "Message");
		}
		assertThat(engine.calls()).isZero();
	}

	@Test
	void emptyBodyIsSerializationException() {
		ProtocolResponse response = handle("DynamoDB_20120810.GetItem", "");
		assertError(response, 400, "com.amazon.coral.service#SerializationException", "Message");
		assertThat(body(response).path("Message").asString()).contains("empty");
	}

	@Test
	void missingTargetIsUnknownOperation() {
		assertError(handle(null, "{}"), 400, "com.amazon.coral.service#UnknownOperationException", "message");
		assertThat(engine.calls()).isZero();
	}

	@Test
	void targetOfAnotherServiceIsUnknownOperation() {
		assertError(handle("Kinesis_20131202.GetRecords", "{}"), 400,
				"com.amazon.coral.service#UnknownOperationException", "message");
		assertError(handle("DynamoDBStreams_20120810.PutItem", "{}"), 400,
				"com.amazon.coral.service#UnknownOperationException", "message");
		assertError(handle("DynamoDB_20120810.GetRecords", "{}"), 400,
				"com.amazon.coral.service#UnknownOperationException", "message");
		assertError(handle("DynamoDB_20111205.GetItem", "{}"), 400,
				"com.amazon.coral.service#UnknownOperationException", "message");
	}

	@Test
	void unknownOperationNameIsUnknownOperationEvenWithEmptyBody() {
		ProtocolResponse response = handle("DynamoDB_20120810.DropEverything", "");
		assertError(response, 400, "com.amazon.coral.service#UnknownOperationException", "message");
		assertThat(body(response).path("message").asString()).contains("DropEverything");
	}

	@Test
	void validationExceptionUsesCoralValidateNamespace() {
		ProtocolResponse response = handle("DynamoDB_20120810.PutItem",
				"{\"FailWith\":{\"Type\":\"ValidationException\",\"Message\":\"bad key\"}}");
		assertError(response, 400, "com.amazon.coral.validate#ValidationException", "message");
		assertThat(body(response).path("message").asString()).isEqualTo("bad key");
	}

	@Test
	void dynamoDbErrorsUseServiceNamespaceAndCarryExtraMembers() {
		ProtocolResponse response = handle("DynamoDB_20120810.PutItem", "{\"FailWith\":{"
				+ "\"Type\":\"ConditionalCheckFailedException\",\"Message\":\"The conditional request failed\","
				+ "\"Extra\":{\"Item\":{\"id\":{\"S\":\"1\"}}}}}");
		assertError(response, 400, "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException", "message");
		assertThat(body(response).path("Item").path("id").path("S").asString()).isEqualTo("1");
	}

	@Test
	void transactionCanceledUsesCapitalMessage() {
		ProtocolResponse response = handle("DynamoDB_20120810.TransactWriteItems", "{\"FailWith\":{"
				+ "\"Type\":\"TransactionCanceledException\",\"Message\":\"Transaction cancelled\","
				+ "\"Extra\":{\"CancellationReasons\":[{\"Code\":\"None\"}]}}}");
		assertError(response, 400, "com.amazonaws.dynamodb.v20120810#TransactionCanceledException", "Message");
		assertThat(body(response).path("CancellationReasons").get(0).path("Code").asString()).isEqualTo("None");
	}

	@Test
	void unexpectedFailureIsGeneric500WithoutDetails() {
		ProtocolResponse response = handle("DynamoDB_20120810.PutItem", "{\"Crash\":true}");
		assertError(response, 500, "com.amazonaws.dynamodb.v20120810#InternalServerError", "message");
		String text = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(text).doesNotContain(ScriptedEngine.SECRET_DETAIL).doesNotContain("at io.github");
		assertThat(text).contains(response.requestId());
	}

	@Test
	void oversizedBodyIs413() {
		byte[] body = new byte[JsonProtocol.MAX_REQUEST_BYTES + 1];
		ProtocolResponse response = handler.handle(SignedRequests.of("DynamoDB_20120810.PutItem", body, 0, body.length));
		assertError(response, 413, "com.amazon.coral.service#RequestEntityTooLargeException", "message");
		assertThat(engine.calls()).isZero();
	}

	@Test
	void bodyIsReadFromTheGivenSliceOfTheBuffer() {
		byte[] buffer = "xx{\"TableName\":\"Sliced\"}yy".getBytes(StandardCharsets.UTF_8);
		ProtocolResponse response = handler.handle(SignedRequests.of("DynamoDB_20120810.GetItem", buffer, 2, buffer.length - 4));
		assertThat(body(response).path("Request").path("TableName").asString()).isEqualTo("Sliced");
	}

	private ProtocolResponse handle(String target, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return handler.handle(SignedRequests.of(target, bytes, 0, bytes.length));
	}

	private static void assertError(ProtocolResponse response, int status, String type, String messageMember) {
		assertThat(response.status()).isEqualTo(status);
		JsonNode body = body(response);
		assertThat(body.path("__type").asString()).isEqualTo(type);
		assertThat(body.path(messageMember).asString()).isNotEmpty();
	}

	private static JsonNode body(ProtocolResponse response) {
		return JSON.readTree(response.body());
	}

}
