package io.github.dynamoconnection.conformance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import software.amazon.awssdk.http.SdkHttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What DynamoDB's HTTP endpoint answers beside the JSON protocol: the health line to a plain
 * {@code GET /}, CORS for browsers (a preflight, and the allow-origin header on every answer to a
 * request with an {@code Origin}). HTTP faces only: the in-process face has no browser and no GET.
 */
class HttpEndpointScenarios {

	private static final byte[] EMPTY = new byte[0];

	@Scenario
	void getOfTheRootAnswersTheHealthLine(Backend backend) {
		httpOnly(backend);

		RawHttp.Answer answer = backend.raw().exchange(SdkHttpMethod.GET, Map.of(), EMPTY);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(new String(answer.body(), StandardCharsets.US_ASCII))
			.isEqualTo("healthy: dynamodb.us-east-1.amazonaws.com ");
	}

	@Scenario
	void corsPreflightAllowsWhatWasAsked(Backend backend) {
		httpOnly(backend);

		RawHttp.Answer answer = backend.raw().exchange(SdkHttpMethod.OPTIONS, Map.of("Origin", "http://localhost:3000",
				"Access-Control-Request-Method", "POST",
				"Access-Control-Request-Headers", "content-type,x-amz-target,authorization,x-amz-date"), EMPTY);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(answer.header("Access-Control-Allow-Methods")).isEqualTo("POST");
		assertThat(answer.header("Access-Control-Allow-Headers"))
			.isEqualTo("content-type,x-amz-target,authorization,x-amz-date");
		assertThat(answer.header("Access-Control-Max-Age")).isEqualTo("172800");
		assertThat(answer.body()).isEmpty();
	}

	@Scenario
	void requestWithAnOriginGetsTheAllowOriginHeader(Backend backend) {
		httpOnly(backend);
		byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
		Map<String, String> headers = backend.raw().signedHeaders("ListTables", body);
		headers.put("Origin", "http://localhost:3000");

		RawHttp.Answer answer = backend.raw().exchange(SdkHttpMethod.POST, headers, body);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
	}

	@Scenario
	void errorAnswerToARequestWithAnOriginGetsTheAllowOriginHeader(Backend backend) {
		httpOnly(backend);
		byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
		Map<String, String> headers = backend.raw().signedHeaders("DescribeTable", body);
		headers.put("Origin", "http://localhost:3000");

		RawHttp.Answer answer = backend.raw().exchange(SdkHttpMethod.POST, headers, body);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
	}

	@Scenario
	void requestWithoutAnOriginGetsNoCorsHeaders(Backend backend) {
		httpOnly(backend);

		RawHttp.Answer answer = backend.raw().post("ListTables", "{}");

		assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
	}

	@Scenario
	void bodyOfAnotherContentTypeIsAnUnknownOperation(Backend backend) {
		httpOnly(backend);
		byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
		Map<String, String> headers = backend.raw().signedHeaders("ListTables", body);
		headers.put("Content-Type", "text/plain");

		RawHttp.Answer answer = backend.raw().exchange(SdkHttpMethod.POST, headers, body);

		assertThat(answer.status()).isEqualTo(404);
		assertThat(new String(answer.body(), StandardCharsets.US_ASCII)).isEqualTo("<UnknownOperationException/>\n");
	}

	@Scenario
	void plainJsonContentTypeIsAccepted(Backend backend) {
		httpOnly(backend);
		byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
		Map<String, String> headers = backend.raw().signedHeaders("ListTables", body);
		headers.put("Content-Type", "application/json; charset=utf-8");

		RawHttp.Answer answer = backend.raw().exchange(SdkHttpMethod.POST, headers, body);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().has("TableNames")).isTrue();
	}

	@Scenario
	void methodOtherThanPostIsAnUnknownOperation(Backend backend) {
		httpOnly(backend);
		byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

		RawHttp.Answer answer = backend.raw().exchange(SdkHttpMethod.PUT, backend.raw().signedHeaders("ListTables", body), body);

		assertThat(answer.status()).isEqualTo(404);
		assertThat(new String(answer.body(), StandardCharsets.US_ASCII)).isEqualTo("<UnknownOperationException/>\n");
	}

	@Scenario
	void everyOperationsAnswerToAnOriginCarriesTheCorsHeaders(Backend backend) {
		httpOnly(backend);
		byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
		for (String operation : List.of("GetItem", "PutItem", "Query", "Scan", "BatchWriteItem", "TransactGetItems",
				"CreateTable", "DescribeTable", "ListTables", "ExecuteStatement", "TagResource", "DescribeLimits")) {
			Map<String, String> headers = backend.raw().signedHeaders(operation, body);
			headers.put("Origin", "http://localhost:3000");

			RawHttp.Answer answer = backend.raw().exchange(SdkHttpMethod.POST, headers, body);

			assertThat(answer.header("Access-Control-Allow-Origin")).as(operation).isEqualTo("*");
		}
	}

	private static void httpOnly(Backend backend) {
		Assumptions.assumeTrue(backend.kind() != BackendKind.EMBEDDED_INPROCESS,
				"an HTTP endpoint behaviour; the in-process face has no browser and no GET");
	}

}
