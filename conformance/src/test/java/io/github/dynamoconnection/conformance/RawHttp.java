package io.github.dynamoconnection.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.utils.IoUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends hand-made JSON 1.0 requests through a backend's own transport (in-process or HTTP), to see
 * how it answers what no SDK would send: malformed JSON, unknown operations, missing fields.
 */
record RawHttp(SdkHttpClient httpClient, URI endpoint) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What came back: status, headers and the raw body. */
	record Answer(int status, Map<String, List<String>> headers, byte[] body) {

		/** The body as JSON. */
		JsonNode json() {
			return JSON.readTree(body);
		}

		/** The error type without its namespace, e.g. {@code SerializationException}. */
		String errorType() {
			String type = json().path("__type").asString();
			return type.substring(type.indexOf('#') + 1);
		}

		/** The first value of a header, matched case-insensitively. */
		String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(header -> header.getKey().equalsIgnoreCase(name))
				.map(header -> header.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

	/** POSTs the body as {@code DynamoDB_20120810.<operation>} with a dummy SigV4 authorization header. */
	Answer post(String operation, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		SdkHttpFullRequest request = SdkHttpFullRequest.builder()
			.method(SdkHttpMethod.POST)
			.uri(endpoint)
			.putHeader("Content-Type", "application/x-amz-json-1.0")
			.putHeader("X-Amz-Target", "DynamoDB_20120810." + operation)
			.putHeader("Content-Length", Integer.toString(bytes.length))
			.putHeader("Authorization", "AWS4-HMAC-SHA256 Credential=conformance/20260101/us-east-1/dynamodb/aws4_request, "
					+ "SignedHeaders=host, Signature=0000")
			.build();
		try {
			HttpExecuteResponse response = httpClient.prepareRequest(HttpExecuteRequest.builder()
				.request(request)
				.contentStreamProvider(ContentStreamProvider.fromByteArray(bytes))
				.build()).call();
			byte[] answer = response.responseBody().isPresent() ? IoUtils.toByteArray(response.responseBody().get()) : new byte[0];
			return new Answer(response.httpResponse().statusCode(), response.httpResponse().headers(), answer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
