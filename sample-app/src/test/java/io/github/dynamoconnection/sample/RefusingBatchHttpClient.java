package io.github.dynamoconnection.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fault injection in front of a real transport: BatchWriteItem puts whose {@code subject} starts
 * with a prefix never reach the engine and always come back as {@code UnprocessedItems}, as when
 * DynamoDB keeps throttling a hot partition. Every other request passes through unchanged.
 */
final class RefusingBatchHttpClient implements SdkHttpClient {

	private final SdkHttpClient delegate;

	private final String refusedPrefix;

	private final JsonMapper json = JsonMapper.builder().build();

	RefusingBatchHttpClient(SdkHttpClient delegate, String refusedPrefix) {
		this.delegate = delegate;
		this.refusedPrefix = refusedPrefix;
	}

	@Override
	public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
		String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
		if (!target.endsWith(".BatchWriteItem") || request.contentStreamProvider().isEmpty()) {
			return this.delegate.prepareRequest(request);
		}
		ObjectNode body = (ObjectNode) this.json.readTree(read(request));
		ObjectNode refused = this.json.createObjectNode();
		ObjectNode requestItems = (ObjectNode) body.get("RequestItems");
		for (String table : requestItems.propertyNames()) {
			ArrayNode kept = this.json.createArrayNode();
			for (JsonNode write : requestItems.get(table)) {
				String subject = write.path("PutRequest").path("Item").path("subject").path("S").asString("");
				if (subject.startsWith(this.refusedPrefix)) {
					refused.withArray(table).add(write);
				}
				else {
					kept.add(write);
				}
			}
			requestItems.set(table, kept);
		}
		requestItems.properties().removeIf((entry) -> entry.getValue().isEmpty());
		if (requestItems.isEmpty()) {
			return answer(refused, this.json.createObjectNode());
		}
		ExecutableHttpRequest forwarded = this.delegate.prepareRequest(withBody(request, body));
		return new ExecutableHttpRequest() {

			@Override
			public HttpExecuteResponse call() throws IOException {
				HttpExecuteResponse response = forwarded.call();
				ObjectNode answer = (ObjectNode) RefusingBatchHttpClient.this.json
					.readTree(response.responseBody().orElseThrow().readAllBytes());
				return respond(refused, answer);
			}

			@Override
			public void abort() {
				forwarded.abort();
			}

		};
	}

	private ExecutableHttpRequest answer(ObjectNode refused, ObjectNode answer) {
		return new ExecutableHttpRequest() {

			@Override
			public HttpExecuteResponse call() {
				return respond(refused, answer);
			}

			@Override
			public void abort() {
			}

		};
	}

	private HttpExecuteResponse respond(ObjectNode refused, ObjectNode answer) {
		ObjectNode unprocessed = answer.withObject("UnprocessedItems");
		for (Map.Entry<String, JsonNode> entry : refused.properties()) {
			unprocessed.withArray(entry.getKey()).addAll((ArrayNode) entry.getValue());
		}
		byte[] bytes = this.json.writeValueAsBytes(answer);
		SdkHttpResponse response = SdkHttpFullResponse.builder()
			.statusCode(200)
			.putHeader("Content-Type", "application/x-amz-json-1.0")
			.putHeader("Content-Length", Integer.toString(bytes.length))
			.build();
		return HttpExecuteResponse.builder()
			.response(response)
			.responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
			.build();
	}

	private HttpExecuteRequest withBody(HttpExecuteRequest request, JsonNode body) {
		byte[] bytes = this.json.writeValueAsBytes(body);
		return HttpExecuteRequest.builder()
			.request(request.httpRequest().toBuilder().putHeader("Content-Length", Integer.toString(bytes.length)).build())
			.contentStreamProvider(() -> new ByteArrayInputStream(bytes))
			.build();
	}

	private static String read(HttpExecuteRequest request) {
		try {
			return new String(request.contentStreamProvider().orElseThrow().newStream().readAllBytes(),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String clientName() {
		return "refusing-batch";
	}

	@Override
	public void close() {
		this.delegate.close();
	}

}
