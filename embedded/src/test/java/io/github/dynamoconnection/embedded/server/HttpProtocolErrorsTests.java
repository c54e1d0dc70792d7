package io.github.dynamoconnection.embedded.server;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.embedded.EmbeddedDynamoDb;
import io.github.dynamoconnection.embedded.SdkClients;
import io.github.dynamoconnection.testsupport.SigV4Headers;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Protocol errors over HTTP against the real engine: each is a 400 with DynamoDB's error type, never
 * a 500, and leaves the stored data as it was.
 */
class HttpProtocolErrorsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SERIALIZATION = "com.amazon.coral.service#SerializationException";

	private static final String UNKNOWN_OPERATION = "com.amazon.coral.service#UnknownOperationException";

	private static final String TABLE = "guarded";

	private static EmbeddedDynamoDb dynamoDb;

	private static List<Map<String, AttributeValue>> itemsBefore;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		dynamoDb = EmbeddedDynamoDb.builder().port(0).start();
		dynamoDb.client().createTable(SdkClients.hashKeyTable(TABLE, "id", ScalarAttributeType.S));
		dynamoDb.client().putItem((request) -> request.tableName(TABLE)
			.item(Map.of("id", AttributeValue.fromS("a"), "v", AttributeValue.fromS("original"))));
		itemsBefore = scan();
	}

	@AfterEach
	void dataIsUnchanged() {
		assertThat(scan()).isEqualTo(itemsBefore);
	}

	@AfterAll
	static void stop() {
		dynamoDb.close();
	}

	@Test
	void malformedJson() throws Exception {
		assertError("DynamoDB_20120810.PutItem", "{\"TableName\":\"guarded\",\"Item\":{\"id\":{\"S\":\"a\"}", SERIALIZATION);
	}

	@Test
	void missingTarget() throws Exception {
		assertError(null, "{\"TableName\":\"guarded\",\"Item\":{\"id\":{\"S\":\"a\"}}}", UNKNOWN_OPERATION);
	}

	@Test
	void unknownOperation() throws Exception {
		assertError("DynamoDB_20120810.TruncateTable", "{\"TableName\":\"guarded\"}", UNKNOWN_OPERATION);
	}

	@Test
	void emptyBody() throws Exception {
		assertError("DynamoDB_20120810.DeleteItem", "", SERIALIZATION);
	}

	@Test
	void wrongFieldTypes() throws Exception {
		assertClientError("DynamoDB_20120810.PutItem", "{\"TableName\":42,\"Item\":{\"id\":{\"S\":\"a\"}}}");
		assertClientError("DynamoDB_20120810.PutItem", "{\"TableName\":\"guarded\",\"Item\":[\"id\"]}");
		assertClientError("DynamoDB_20120810.PutItem", "{\"TableName\":\"guarded\",\"Item\":{\"id\":{\"S\":7}}}");
		assertClientError("DynamoDB_20120810.DeleteItem", "{\"TableName\":\"guarded\",\"Key\":\"a\"}");
		assertClientError("DynamoDB_20120810.Scan", "{\"TableName\":\"guarded\",\"Limit\":\"ten\"}");
		assertClientError("DynamoDB_20120810.BatchWriteItem", "{\"RequestItems\":{\"guarded\":{\"DeleteRequest\":1}}}");
	}

	private void assertError(String target, String body, String type) throws Exception {
		JsonNode error = assertClientError(target, body);
		assertThat(error.path("__type").asString()).isEqualTo(type);
	}

	private JsonNode assertClientError(String target, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(dynamoDb.httpEndpoint())
			.POST(HttpRequest.BodyPublishers.ofString(body));
		SigV4Headers.forPost(dynamoDb.httpEndpoint(), target, body.getBytes(StandardCharsets.UTF_8)).forEach(request::header);
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(400);
		JsonNode error = JSON.readTree(response.body());
		assertThat(error.path("__type").asString()).as(response.body())
			.matches("com\\.amazon(\\.coral\\.(validate|service)|aws\\.dynamodb\\.v20120810)#\\w+Exception");
		return error;
	}

	private static List<Map<String, AttributeValue>> scan() {
		return dynamoDb.client().scan((request) -> request.tableName(TABLE).consistentRead(true)).items();
	}

}
