package io.github.dynamoconnection.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.testsupport.SigV4Headers;
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

	/** POSTs the body as {@code DynamoDB_20120810.<operation>}, SigV4-signed with test credentials. */
	Answer post(String operation, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return exchange(SdkHttpMethod.POST, signedHeaders(operation, bytes), bytes);
	}

	/** The headers of a POST of {@code body} as {@code DynamoDB_20120810.<operation>}, signed now. */
	Map<String, String> signedHeaders(String operation, byte[] body) {
		return new java.util.LinkedHashMap<>(SigV4Headers.forPost(endpoint, "DynamoDB_20120810." + operation, body));
	}

	/** Sends exactly these headers (plus Content-Length) and body, signed or not. */
	Answer exchange(SdkHttpMethod method, Map<String, String> headers, byte[] bytes) {
		SdkHttpFullRequest.Builder request = SdkHttpFullRequest.builder()
			.method(method)
			.uri(endpoint)
			.putHeader("Content-Length", Integer.toString(bytes.length));
		headers.forEach(request::putHeader);
		try {
			HttpExecuteResponse response = httpClient.prepareRequest(HttpExecuteRequest.builder()
				.request(request.build())
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
