package io.github.dynamoconnection.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-style tests with seeded random input (jqwik is not used: its 1.10 engine prints a notice
 * that it must not be used by AI agents, so these are plain JUnit tests with fixed seeds): random
 * targets and random, always invalid, request bodies through both faces always get a 400 with a
 * DynamoDB error type, never a 500, and the stored data stays as it was.
 */
class RandomRequestsTests {

	private static final long[] SEEDS = { 20120810L, 42L, 7L };

	private static final int CASES_PER_SEED = 150;

	private static final Pattern DYNAMODB_ERROR_TYPE = Pattern
		.compile("(com\\.amazon\\.coral\\.(validate|service)|com\\.amazonaws\\.dynamodb\\.v20120810)#[A-Za-z]+Exception");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TABLE = "precious";

	private static EmbeddedDynamoDb dynamoDb;

	private static List<Map<String, AttributeValue>> itemsBefore;

	@BeforeAll
	static void start() {
		dynamoDb = EmbeddedDynamoDb.builder().port(0).start();
		DynamoDbClient client = dynamoDb.client();
		client.createTable(SdkClients.hashKeyTable(TABLE, "id", ScalarAttributeType.S));
		for (int i = 0; i < 10; i++) {
			String id = "item-" + i;
			client.putItem((request) -> request.tableName(TABLE)
				.item(Map.of("id", AttributeValue.fromS(id), "n", AttributeValue.fromN("1"))));
		}
		itemsBefore = scan();
	}

	@AfterAll
	static void stop() {
		dynamoDb.close();
	}

	@Test
	void randomRequestsOverHttpAreAll400WithDynamoDbErrorType() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		URI endpoint = dynamoDb.httpEndpoint();
		for (long seed : SEEDS) {
			RandomRequests requests = new RandomRequests(new Random(seed), TABLE);
			for (int i = 0; i < CASES_PER_SEED; i++) {
				RandomRequests.Case request = requests.next();
				HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
					.header("Content-Type", "application/x-amz-json-1.0")
					.POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
				if (request.target() != null) {
					builder.header("X-Amz-Target", request.target());
				}
				HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
				assertIsDynamoDbClientError(seed, request, response.statusCode(), response.body());
			}
		}
		assertThat(scan()).isEqualTo(itemsBefore);
		assertThat(dynamoDb.client().listTables().tableNames()).containsExactly(TABLE);
	}

	@Test
	void randomRequestsInProcessAreAll400WithDynamoDbErrorType() throws IOException {
		for (long seed : SEEDS) {
			RandomRequests requests = new RandomRequests(new Random(seed + 1), TABLE);
			for (int i = 0; i < CASES_PER_SEED; i++) {
				RandomRequests.Case request = requests.next();
				SdkHttpFullRequest.Builder httpRequest = SdkHttpFullRequest.builder()
					.method(SdkHttpMethod.POST)
					.uri(dynamoDb.endpoint())
					.putHeader("Content-Length", Integer.toString(request.body().length));
				if (request.target() != null) {
					httpRequest.putHeader("X-Amz-Target", request.target());
				}
				HttpExecuteResponse response = dynamoDb.sdkHttpClient()
					.prepareRequest(HttpExecuteRequest.builder()
						.request(httpRequest.build())
						.contentStreamProvider(ContentStreamProvider.fromByteArray(request.body()))
						.build())
					.call();
				byte[] body = response.responseBody().orElseThrow().readAllBytes();
				assertIsDynamoDbClientError(seed, request, response.httpResponse().statusCode(), body);
			}
		}
		assertThat(scan()).isEqualTo(itemsBefore);
		assertThat(dynamoDb.client().listTables().tableNames()).containsExactly(TABLE);
	}

	private static void assertIsDynamoDbClientError(long seed, RandomRequests.Case request, int status, byte[] body) {
		String description = "seed " + seed + ", target " + request.target() + ", body "
				+ new String(request.body(), StandardCharsets.UTF_8) + " -> " + status + " "
				+ new String(body, StandardCharsets.UTF_8);
		assertThat(status).as(description).isEqualTo(400);
		JsonNode error = JSON.readTree(body);
		assertThat(error.path("__type").asString()).as(description).matches(DYNAMODB_ERROR_TYPE);
	}

	private static List<Map<String, AttributeValue>> scan() {
		return dynamoDb.client().scan((request) -> request.tableName(TABLE).consistentRead(true)).items();
	}

}
